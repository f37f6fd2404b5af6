/**
 * The `synset-tree-expand` performance measure: from the click or key that opens a node to the
 * frame that first shows its rows, split into the worker's answer and the drawing.
 */
import type { TreeModel, TreeNode } from './tree-model.js';

/**
 * Opens `node` in `model` and records the measure once the row with id `firstRowId(child)` is
 * in `root`'s DOM (nothing when it never shows: the node has no children, or ~1 s passed).
 */
export async function expandMeasured(
  model: TreeModel,
  node: TreeNode,
  start: number,
  root: ShadowRoot,
  firstRowId: (child: TreeNode) => string,
): Promise<void> {
  await model.expand(node);
  const loaded = performance.now();
  const firstChild = node.children[0];
  if (!firstChild || !(await painted(root, firstRowId(firstChild)))) return;
  const end = performance.now();
  const detail = { wnid: node.row.wnid, children: node.children.length, loadMs: loaded - start, renderMs: end - loaded };
  performance.measure('synset-tree-expand', { start, end, detail });
}

/** Resolves true at the start of the first frame whose DOM holds the element (false after ~1 s without). */
function painted(root: ShadowRoot, id: string): Promise<boolean> {
  return new Promise((resolve) => {
    let frames = 0;
    const check = (): void => {
      if (root.getElementById(id)) resolve(true);
      else if (++frames > 60 || !root.host.isConnected) resolve(false);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}
