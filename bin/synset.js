#!/usr/bin/env node
// The `synset` command: a shim over the compiled CLI (see src/cli/main.ts). It runs the CLI bundled
// into one file (build/cli/synset.js: Node loads one module, not some 120) and, where only the
// compiled modules are there (a build:node interrupted, an older checkout), those.
import { existsSync } from 'node:fs';

const bundled = new URL('../build/cli/synset.js', import.meta.url);
const modules = new URL('../build/node/src/cli/main.js', import.meta.url);
const entry = existsSync(bundled) ? bundled : modules;
if (!existsSync(entry)) {
  process.stderr.write("synset: the CLI is not built yet: run 'npm install' (or 'npm run build:node') in the synset-explorer checkout\n");
  process.exit(2);
}
const { run } = await import(entry.href);
await run(process.argv.slice(2));
