import { describe, expect, test } from 'vitest';
import { TreeModel, type TreeRow } from '../../src/components/synset-tree/tree-model.js';
import { fixtureLoader, fixtureRow } from './tree-fixture.js';

const labels = (rows: readonly TreeRow[]) =>
  rows.map((row) =>
    row.kind === 'node' ? '  '.repeat(row.depth) + row.node.row.lemma : `${'  '.repeat(row.depth)}[${row.kind} ${row.remaining}]`,
  );

function model(pageSize = 500) {
  const loader = fixtureLoader();
  let changes = 0;
  const tree = new TreeModel(fixtureRow('entity'), {
    loadPage: (...args) => loader.loadPage(...args),
    pageSize,
    onChange: () => changes++,
  });
  return { tree, loader, changes: () => changes };
}

describe('TreeModel', () => {
  test('starts with the root alone, collapsed', () => {
    const { tree } = model();
    expect(labels(tree.rows)).toEqual(['entity']);
    expect(tree.rows[0]).toMatchObject({ kind: 'node', hasChildren: true, expanded: false, loading: false });
  });

  test('a child order (worst first) draws every level’s siblings in it, positions following; null brings label order back', async () => {
    const { tree, changes } = model();
    await tree.expand(tree.root);
    await tree.expand(tree.root.children[0]!);
    const before = changes();
    const worst = ['pets', 'object', 'canine'];
    const rank = (wnid: string) => (worst.includes(wnid) ? worst.indexOf(wnid) : worst.length);
    tree.setChildOrder((a, b) => rank(a) - rank(b));
    expect(changes()).toBe(before + 1);
    expect(labels(tree.rows)).toEqual(['entity', '  object', '  animal', '    pets', '    canine', '    domestic animal']);
    const animal = tree.root.children[0]!;
    expect(animal.children.map((c) => [c.row.lemma, c.posInSet])).toEqual([
      ['canine', 2],
      ['domestic animal', 3],
      ['pets', 1],
    ]);
    expect(tree.root.children.map((c) => c.posInSet)).toEqual([2, 1]);
    expect(tree.indexOfKey('entity/object')).toBe(1);
    tree.setChildOrder(null);
    expect(labels(tree.rows)).toEqual(['entity', '  animal', '    canine', '    domestic animal', '    pets', '  object']);
    expect(animal.children.map((c) => c.posInSet)).toEqual([1, 2, 3]);
  });

  test('expanding loads the children and shows them in order with positions', async () => {
    const { tree } = model();
    const pending = tree.expand(tree.root);
    expect(tree.rows[0]).toMatchObject({ expanded: true, loading: true });
    await pending;
    expect(labels(tree.rows)).toEqual(['entity', '  animal', '  object']);
    expect(tree.root.children.map((c) => [c.posInSet, c.setSize])).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(tree.rows[1]).toMatchObject({ hasChildren: true, expanded: false });
    expect(tree.rows[2]).toMatchObject({ hasChildren: false });
  });

  test('collapsing hides the subtree and expanding again does not reload', async () => {
    const { tree, loader } = model();
    await tree.expand(tree.root);
    tree.collapse(tree.root);
    expect(labels(tree.rows)).toEqual(['entity']);
    await tree.expand(tree.root);
    expect(loader.calls).toEqual(['entity@0']);
    expect(tree.rows).toHaveLength(3);
  });

  test('a synset with two parents appears under both, at distinct keys', async () => {
    const { tree } = model();
    await tree.expand(tree.root);
    const animal = tree.root.children[0]!;
    await tree.expand(animal);
    await tree.expand(animal.children[0]!);
    await tree.expand(animal.children[1]!);
    const dogs = tree.rows.filter((row) => row.kind === 'node' && row.node.row.wnid === 'dog');
    expect(dogs.map((row) => row.key)).toEqual(['entity/animal/canine/dog', 'entity/animal/domestic animal/dog']);
    expect(dogs.every((row) => row.kind === 'node' && row.node.row.parentCount === 2)).toBe(true);
  });

  test('large sibling lists come a page at a time, with a row for the rest', async () => {
    const { tree, loader } = model(3);
    await tree.expand(tree.root);
    const animal = tree.root.children[0]!;
    await tree.expand(animal);
    const pets = animal.children[2]!;
    await tree.expand(pets);
    expect(labels(tree.rows).slice(-4)).toEqual(['      p2', '      p3', '      [more 4]', '  object']);
    await tree.loadNextPage(pets);
    await tree.loadNextPage(pets);
    expect(pets.children.map((c) => c.row.wnid)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);
    expect(tree.rows.some((row) => row.kind === 'more')).toBe(false);
    expect(loader.calls.filter((c) => c.startsWith('pets'))).toEqual(['pets@0', 'pets@3', 'pets@6']);
  });

  test('concurrent loads of one node share one request', async () => {
    const { tree, loader } = model();
    await Promise.all([tree.expand(tree.root), tree.loadNextPage(tree.root), tree.loadNextPage(tree.root)]);
    expect(loader.calls).toEqual(['entity@0']);
  });

  test('a failed load shows an error row, and loading again retries', async () => {
    const { tree, loader } = model();
    loader.fail = true;
    await tree.expand(tree.root);
    expect(tree.rows[1]).toMatchObject({ kind: 'error', error: 'worker gone', depth: 1 });
    loader.fail = false;
    await tree.loadNextPage(tree.root);
    expect(labels(tree.rows)).toEqual(['entity', '  animal', '  object']);
  });

  test('reveal expands the first path whose steps all exist', async () => {
    const { tree } = model();
    const node = await tree.reveal([
      ['entity', 'animal', 'missing', 'dog'],
      ['entity', 'animal', 'domestic animal', 'dog'],
    ]);
    expect(node?.key).toBe('entity/animal/domestic animal/dog');
    expect(labels(tree.rows)).toEqual(['entity', '  animal', '    canine', '    domestic animal', '      dog', '    pets', '  object']);
    expect(tree.indexOfKey(node!.key)).toBe(4);
    expect(node!.expanded).toBe(false);
  });

  test('reveal pages through siblings to find a late child', async () => {
    const { tree } = model(2);
    const node = await tree.reveal([['entity', 'animal', 'pets', 'p6']]);
    expect(node?.posInSet).toBe(6);
    expect(tree.rows.filter((row) => row.kind === 'more')).toHaveLength(1);
  });

  test('reveal resolves null when no path is visible, and skips paths outside the root', async () => {
    const { tree } = model();
    expect(
      await tree.reveal([
        ['elsewhere', 'dog'],
        ['entity', 'nowhere'],
      ]),
    ).toBeNull();
  });

  test('a row is found again by its key after rows open above it', async () => {
    const { tree } = model();
    await tree.expand(tree.root);
    const objectKey = 'entity/object';
    expect(tree.indexFollowing(objectKey)).toBe(2);
    await tree.expand(tree.root.children[0]!);
    expect(labels(tree.rows)[tree.indexFollowing(objectKey)]).toBe('  object');
  });

  test('a row hidden by a closed node is followed to that node', async () => {
    const { tree } = model();
    await tree.reveal([['entity', 'animal', 'canine', 'dog']]);
    tree.collapse(tree.root.children[0]!);
    expect(tree.indexFollowing('entity/animal/canine/dog')).toBe(tree.indexOfKey('entity/animal'));
    tree.collapse(tree.root);
    expect(tree.indexFollowing('entity/animal/canine/dog')).toBe(0);
    expect(tree.indexFollowing('elsewhere/dog')).toBe(-1);
  });

  test("a 'more' row whose page arrived is followed to the page's first child, which took its place", async () => {
    const { tree } = model(3);
    const p3 = await tree.reveal([['entity', 'animal', 'pets', 'p3']]);
    const more = tree.rows.find((row) => row.kind === 'more')!;
    const at = tree.indexOfKey(more.key);
    await tree.loadNextPage(p3!.parent!);
    expect(tree.indexFollowing(more.key)).toBe(at);
    expect(tree.rows[at]).toMatchObject({ kind: 'node', key: 'entity/animal/pets/p4' });
  });

  test('every change is reported', async () => {
    const { tree, changes } = model();
    await tree.expand(tree.root);
    expect(changes()).toBeGreaterThanOrEqual(3);
  });
});
