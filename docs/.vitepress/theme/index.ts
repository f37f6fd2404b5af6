/**
 * The docs theme: VitePress's own, plus the `synset-*` elements, the `<ElementApi>` tables and
 * the live examples (`<LabelSetPicker>`, `<EvaluateExample>`).
 * The elements need a browser (custom elements, a Worker, IndexedDB), so they load on the
 * client only; the server render leaves their tags as they are, to be upgraded in the page.
 * With no `configureSynsets`, the worker fetches the data parts it was built with, which the
 * site's build copies to `data/generated/parts/` (see `.vitepress/config.mts`).
 */
import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
import ElementApi from './ElementApi.vue';
import EvaluateExample from './EvaluateExample.vue';
import LabelSetPicker from './LabelSetPicker.vue';
import LabelSetTable from './LabelSetTable.vue';
import './synset-tokens.css';
import './site.css';

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('ElementApi', ElementApi);
    app.component('EvaluateExample', EvaluateExample);
    app.component('LabelSetPicker', LabelSetPicker);
    app.component('LabelSetTable', LabelSetTable);
    if (!import.meta.env.SSR) void import('../../../src/embed.js');
  },
} satisfies Theme;
