/**
 * The `synset` command as one file, `build/cli/synset.cjs`, bundled from the compiled CLI in
 * `build/node/` (`npm run build:node` makes both). Node resolves, reads and compiles a module
 * graph of some 120 files one by one on every start: about 80–120 ms of a cold `synset lookup`
 * here, against 10–18 ms for the same code in one file. It is a CommonJS script, not a module,
 * so that `bin/synset.js` can compile it with V8's code cache (`vm.Script`'s `cachedData`;
 * Node 20 has no code cache for ES modules), which takes most of those ms off again. The shim
 * runs this file when it is there and the module graph otherwise; the Node API
 * (`synset-explorer/node`) keeps the modules.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  // Only the CLI's own code and Node's built-ins: no page, no public folder, no env files.
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'build/node/src/cli/main.js',
    outDir: 'build/cli',
    // The code cache beside the bundle goes with it: a new bundle starts without one.
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    rolldownOptions: { output: { entryFileNames: 'synset.cjs', format: 'cjs' } },
  },
});
