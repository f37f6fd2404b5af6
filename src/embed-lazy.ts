/**
 * The embed's larger elements, defined when a page first uses one: a docs page of labels never
 * downloads the tree, the card, the search, the sunburst, the explorer and its controls (their
 * chunks are found beside the embed module, like the worker). Each tag's loader runs once, when the tag is in the
 * page as the module runs or is added later.
 */
const LOADERS: Record<string, () => Promise<unknown>> = {
  'synset-tree': () => import('./components/synset-tree/synset-tree.js'),
  'synset-card': () => import('./components/synset-card/synset-card.js'),
  'synset-search': () => import('./components/synset-search/synset-search.js'),
  'synset-sunburst': () => import('./components/synset-sunburst/synset-sunburst.js'),
  'synset-explorer': () => import('./components/synset-explorer/synset-explorer.js'),
  'synset-compare': () => import('./components/synset-compare/synset-compare.js'),
  'synset-groups': () => import('./components/synset-groups/synset-groups.js'),
  'synset-space-picker': () => import('./components/synset-space-picker/synset-space-picker.js'),
  'synset-list-dialog': () => import('./components/synset-list-dialog/synset-list-dialog.js'),
  'synset-export-menu': () => import('./components/synset-export-menu/synset-export-menu.js'),
};

const waiting = new Set(Object.keys(LOADERS));
const selector = [...waiting].join(',');

function loadFound(root: ParentNode): void {
  for (const element of root.querySelectorAll(selector)) {
    const tag = element.localName;
    if (!waiting.delete(tag)) continue;
    LOADERS[tag]!().catch((error: unknown) => console.error(`could not load <${tag}>:`, error));
  }
}

/** Starts watching the page for the lazily defined elements. */
export function defineLazyElements(): void {
  if (typeof document === 'undefined') return;
  loadFound(document);
  if (waiting.size === 0) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && (node.matches(selector) || node.firstElementChild)) {
          if (node.matches(selector)) loadFound(node.parentNode ?? document);
          else loadFound(node);
        }
      }
    }
    if (waiting.size === 0) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
