/**
 * What the interaction bench watches in the explorer's page, installed from the bench's side
 * (`page.evaluate`) once the explorer shows: the elements themselves record nothing. Each probe
 * leaves a performance measure, as the browser's own entries are read:
 *
 * - `synset-search-results`: from a keystroke in the search box (the input event's time) to the
 *   frame after the result list changed for it; `detail.renderedMs` until the list was in the
 *   DOM, before that frame; `detail.nextFrameMs` until the first frame after the key (the floor:
 *   no list can paint sooner) and `detail.inNextFrame` whether the list was painted in it. A
 *   keystroke whose answer leaves the list as it was paints nothing new, and is not counted.
 * - `synset-tree-expand`: from the click on a closed row's twisty to the frame after its first
 *   child's row was in the DOM; `detail.inDomMs` until then (the worker's answer and the render),
 *   `detail.toFrameMs` the rest, and `detail.children` the row's children (its first child's
 *   `aria-setsize`).
 *
 * Functions passed to `page.evaluate` run in the page: they use nothing of this module.
 */

/** Watches the explorer's search box. */
export function watchSearchResults(): void {
  const search = document.querySelector('synset-explorer')!.shadowRoot!.querySelector('synset-search')!;
  const input = search.shadowRoot!.querySelector('input')!;
  const listbox = search.shadowRoot!.querySelector('[role=listbox]')!;
  let typed: { start: number; query: string; firstFrame: number | null } | null = null;
  input.addEventListener('input', (event) => {
    if (input.value.trim() === '') {
      typed = null;
      return;
    }
    const key = { start: event.timeStamp || performance.now(), query: input.value, firstFrame: null as number | null };
    typed = key;
    // The frame after the key, whatever the list does: the floor of "painted in the next frame".
    requestAnimationFrame((frameTime) => (key.firstFrame = frameTime));
  });
  new MutationObserver(() => {
    if (!typed) return;
    const key = typed;
    typed = null;
    const renderedMs = performance.now() - key.start;
    requestAnimationFrame((frameTime) => {
      const nextFrameMs = (key.firstFrame ?? frameTime) - key.start;
      performance.measure('synset-search-results', {
        start: key.start,
        end: performance.now(),
        detail: { query: key.query, renderedMs, nextFrameMs, inNextFrame: key.firstFrame === null || key.firstFrame === frameTime },
      });
    });
  }).observe(listbox, { childList: true, subtree: true, characterData: true, attributes: true });
}

/** Watches the explorer's tree. */
export function watchTreeExpands(): void {
  const root = document.querySelector('synset-explorer')!.shadowRoot!.querySelector('synset-tree')!.shadowRoot!;
  let opening: { start: number; rowId: string; wnid: string } | null = null;
  // Capturing at the shadow root: the click is seen before the tree opens the row.
  root.addEventListener(
    'click',
    (event) => {
      const row = (event.target as Element).closest('.twisty')?.closest('[role=treeitem]');
      if (row?.getAttribute('aria-expanded') !== 'false') return;
      opening = { start: event.timeStamp, rowId: row.id, wnid: row.querySelector('.wnid')?.textContent ?? '' };
    },
    true,
  );
  new MutationObserver(() => {
    if (!opening) return;
    // A child's row id is its parent's and `/` and its wnid; a "more" row's goes on with `…`.
    const firstChild = root.querySelector(`[role=treeitem][id^="${opening.rowId}/n"]`);
    if (!firstChild) return;
    const { start, wnid } = opening;
    opening = null;
    const inDom = performance.now();
    const children = Number(firstChild.getAttribute('aria-setsize'));
    requestAnimationFrame(() => {
      const end = performance.now();
      performance.measure('synset-tree-expand', { start, end, detail: { wnid, children, inDomMs: inDom - start, toFrameMs: end - inDom } });
    });
  }).observe(root, { childList: true, subtree: true });
}
