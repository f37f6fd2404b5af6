/**
 * The docs site (`npm run docs`, `npm run docs:dev`). Its pages use the `synset-*` elements in
 * Markdown: Vue leaves those tags to the browser, and the theme loads the elements on the client.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vitepress';
import { copyDataParts } from '../../build-plugins/data-parts.js';

/** The explorer's icon is the site's too: copied to the site's root as `/favicon.svg`. */
const siteIcon = fileURLToPath(new URL('../../src/components/synset-explorer/favicon.svg', import.meta.url));

/**
 * A plugin as VitePress's own Vite takes it. VitePress 1 bundles Vite 5; the plugin is typed
 * against the project's Vite 8, whose types differ only in dev-server options it never sets.
 */
type VitePressPlugin = NonNullable<NonNullable<UserConfig['vite']>['plugins']>[number];

const elementPages = ['synset-label', 'synset-tree', 'synset-card', 'synset-path', 'synset-search', 'synset-sunburst', 'synset-explorer'];

export default defineConfig({
  title: 'Synset explorer',
  description: 'WordNet 3.0 nouns and ImageNet classes as web components you can put in any page.',
  lang: 'en',
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }]],
  cleanUrls: false,
  // GitHub's usual colours are a shade under 4.5:1 on a code block's background (axe: colour contrast).
  markdown: { theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } },
  lastUpdated: false,
  vue: {
    template: {
      // Custom elements, not Vue components: rendered as plain tags, upgraded in the browser.
      compilerOptions: { isCustomElement: (tag: string) => tag.startsWith('synset-') },
    },
  },
  vite: {
    // The index worker imports modules; it must be built as an ES module worker.
    worker: { format: 'es' },
    // The worker fetches the data parts from `data/generated/parts/` beside the site's root.
    plugins: [copyDataParts() as unknown as VitePressPlugin],
  },
  buildEnd(site) {
    copyFileSync(siteIcon, join(site.outDir, 'favicon.svg'));
  },
  themeConfig: {
    nav: [
      { text: 'Getting started', link: '/getting-started' },
      { text: 'Elements', link: '/components/synset-label' },
      { text: 'Label spaces', link: '/label-spaces' },
      { text: 'Hierarchy metrics', link: '/hierarchy-metrics' },
      { text: 'Evaluate', link: '/evaluate' },
      { text: 'Languages', link: '/languages' },
      { text: 'CLI', link: '/cli' },
      { text: 'Data', link: '/data' },
    ],
    sidebar: [
      {
        text: 'Guide',
        items: [
          { text: 'Getting started', link: '/getting-started' },
          { text: 'Theming', link: '/theming' },
          { text: 'Label spaces', link: '/label-spaces' },
          { text: 'Hierarchy metrics', link: '/hierarchy-metrics' },
          { text: 'Evaluate your model', link: '/evaluate' },
          { text: 'Languages', link: '/languages' },
        ],
      },
      // Sidebar text is HTML: a bare `<synset-label>` would be an (empty) element, not its name.
      { text: 'Elements', items: elementPages.map((tag) => ({ text: `&lt;${tag}&gt;`, link: `/components/${tag}` })) },
      {
        text: 'Reference',
        items: [
          { text: 'Command line', link: '/cli' },
          { text: 'The data', link: '/data' },
        ],
      },
    ],
    outline: [2, 3],
    search: { provider: 'local' },
  },
});
