/**
 * The library builds (`npm run build`), both into `dist/`:
 *
 * - default mode: the embed bundle `dist/synset-explorer.js` for a page's `<script type="module">`,
 *   with beside it in `dist/assets/` one chunk of all it runs at once (Lit, the client, the prose
 *   elements), the explorer's elements' chunks loaded when a page uses one, and the index worker;
 *   the data parts in `dist/data/`; all found through `import.meta.url`;
 * - `--mode modules`: one module per element plus the client, `lit`, `comlink`… left as imports,
 *   for apps that bundle the package themselves (`synset-explorer/components`).
 *
 * The page app (`index.html`) keeps using `vite.config.ts`; its service worker is not built here:
 * the embed runs on other people's pages.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { copyDataParts } from './build-plugins/data-parts.js';
import packageJson from './package.json' with { type: 'json' };

/**
 * The elements, each built as `dist/components/<tag>/<tag>.js` in `modules` mode: every
 * `src/components/<tag>/<tag>.ts`, read from the folders so that each element whose types
 * `dist/types/components/<tag>/` has (the `./components/*` export) has its code too.
 */
const componentsDir = fileURLToPath(new URL('./src/components/', import.meta.url));
const TAGS = readdirSync(componentsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(componentsDir, entry.name, `${entry.name}.ts`)))
  .map((entry) => entry.name)
  .sort();

const moduleEntries: Record<string, string> = {
  'client/client': 'src/client/client.ts',
  'components/index': 'src/components/index.ts',
  ...Object.fromEntries(TAGS.map((tag) => [`components/${tag}/${tag}`, `src/components/${tag}/${tag}.ts`])),
};

const dependencies = Object.keys(packageJson.dependencies);
const isDependency = (id: string): boolean => dependencies.some((name) => id === name || id.startsWith(name + '/'));

/** A gzip asset reached through `new URL('….gz', import.meta.url)`. */
const gzipAssetUrl = /(new\s+URL\(\s*(['"]))([^'"?]+\.gz)(\2\s*,\s*import\.meta\.url\s*\))/g;

/**
 * Library mode inlines every asset as a data: URL, whatever its size; for the 2.9 MB data bundle
 * that would put 3.9 MB of base64 into the worker, downloaded even by a page that names its own
 * copy. Vite's `?no-inline` keeps a gzip asset a file beside the worker.
 */
function gzipAssetsAsFiles(): Plugin {
  return {
    name: 'synset:gzip-assets-as-files',
    enforce: 'pre',
    transform: {
      filter: { code: /\.gz['"]/ },
      handler(code) {
        const marked = code.replace(gzipAssetUrl, '$1$3?no-inline$4');
        return marked === code ? null : { code: marked, map: null };
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const modules = mode === 'modules';
  return {
    // Relative URLs (`new URL('./assets/…', import.meta.url)`): the files are found next to the
    // module wherever it is served, not at the server's root.
    base: './',
    // The worker bundle gets its own plugin list: the transform must reach the worker's modules.
    worker: { format: 'es', plugins: () => [gzipAssetsAsFiles()] },
    // The data's parts go to `dist/data/generated/parts/`, where the worker in `dist/assets/` looks.
    plugins: [gzipAssetsAsFiles(), copyDataParts()],
    build: {
      outDir: 'dist',
      // The embed build runs first and starts from an empty folder; the modules build adds to it.
      emptyOutDir: !modules,
      target: 'es2022',
      // Maps for debugging the build here, without the `sourceMappingURL` comment: the package
      // leaves them out (`files`), and a comment would name a file that is not there.
      sourcemap: 'hidden',
      lib: modules
        ? { entry: moduleEntries, formats: ['es'] }
        : { entry: { 'synset-explorer': 'src/embed.ts' }, formats: ['es'], fileName: () => 'synset-explorer.js' },
      rolldownOptions: modules
        ? { external: isDependency, output: { chunkFileNames: 'chunks/[name]-[hash].js' } }
        : // The embed and, beside it in assets/, the chunks of the explorer's elements that a page
          // loads only when it uses one (src/embed-lazy.ts). Fully minified: unlike the modules,
          // nothing bundles these files again, so the pure annotations library mode keeps for
          // tree shaking are only weight.
          {
            output: {
              chunkFileNames: 'assets/[name]-[hash].js',
              minify: true,
              // Everything the entry imports statically (its own module too: the entry becomes its
              // exports' facade) in one chunk, `assets/embed-[hash].js`, which the lazy chunks
              // import from. Left to itself, Rolldown cuts what the lazy chunks share with the
              // entry (a strict library entry may not export it to them) into ten or so chunks,
              // three imports deep: a docs page waited on 12 modules, now 2. The entry exporting
              // them itself (`preserveEntrySignatures: 'allow-extension'`) would save one, but the
              // lazy chunks would import `../synset-explorer.js`: a second copy of every element,
              // which fails to define, on a page that loads the embed with a query (`?v=2`).
              // The small modules the lazy elements share (names, memberships, captions: under
              // 2 KB each) are one chunk too, not a dozen of a few hundred bytes, each a request a
              // page with a tree would wait on; larger shared ones (d3-shape) keep their own.
              codeSplitting: {
                groups: [
                  { name: 'embed', tags: ['$initial'], priority: 2 },
                  { name: 'shared', minShareCount: 2, maxModuleSize: 2_000, priority: 1 },
                ],
              },
            },
          },
    },
  };
});
