import { beforeEach, describe, expect, test } from 'vitest';
import { TreeKeyboardController, type TreeKeyboardHost } from '../../src/components/synset-tree/tree-keyboard.js';
import { TreeModel } from '../../src/components/synset-tree/tree-model.js';
import { fixtureLoader, fixtureRow } from './tree-fixture.js';
import type { SynsetRow } from '../../src/worker/api.js';

/** A host that records what the controller asked for, as the element would carry it out. */
class RecordingHost implements TreeKeyboardHost {
  activeIndex = 0;
  shownName?: (row: SynsetRow) => string;
  activated: number[] = [];
  constructor(readonly model: TreeModel) {}
  focusRow(index: number): void {
    this.activeIndex = index;
  }
  activateRow(index: number): void {
    this.activated.push(index);
  }
  get activeLabel(): string {
    const row = this.model.rows[this.activeIndex]!;
    return row.kind === 'node' ? row.node.row.lemma : row.kind;
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let host: RecordingHost;
let keys: TreeKeyboardController;
let time = 0;
const press = (...pressed: string[]) => pressed.forEach((key) => keys.handleKey(key, (time += 50)));

beforeEach(async () => {
  const loader = fixtureLoader();
  const model = new TreeModel(fixtureRow('entity'), { loadPage: (...args) => loader.loadPage(...args) });
  await model.expand(model.root);
  await model.expand(model.root.children[0]!);
  host = new RecordingHost(model);
  keys = new TreeKeyboardController(host);
  time += 10_000;
});

describe('TreeKeyboardController', () => {
  test('rows: entity, animal, canine, domestic animal, pets, object', () => {
    expect(host.model.rows.map((row) => (row.kind === 'node' ? row.node.row.lemma : row.kind))).toEqual([
      'entity',
      'animal',
      'canine',
      'domestic animal',
      'pets',
      'object',
    ]);
  });

  test('down and up move one row and stop at the ends', () => {
    press('ArrowUp');
    expect(host.activeIndex).toBe(0);
    press('ArrowDown', 'ArrowDown');
    expect(host.activeLabel).toBe('canine');
    press('ArrowUp');
    expect(host.activeLabel).toBe('animal');
  });

  test('home and end go to the first and last row', () => {
    press('End');
    expect(host.activeLabel).toBe('object');
    press('Home');
    expect(host.activeLabel).toBe('entity');
  });

  test('right opens a closed node, then moves to its first child; on a leaf it does nothing', async () => {
    press('ArrowDown', 'ArrowDown');
    press('ArrowRight');
    await settle();
    expect(host.activeLabel).toBe('canine');
    expect(host.model.rows[2]).toMatchObject({ expanded: true });
    press('ArrowRight');
    expect(host.activeLabel).toBe('dog');
    press('End', 'ArrowRight');
    expect(host.activeLabel).toBe('object');
  });

  test('left closes an open node, otherwise moves to the parent', () => {
    press('ArrowDown', 'ArrowDown', 'ArrowLeft');
    expect(host.activeLabel).toBe('animal');
    press('ArrowLeft');
    expect(host.activeLabel).toBe('animal');
    expect(host.model.rows).toHaveLength(3);
    press('ArrowLeft');
    expect(host.activeLabel).toBe('entity');
  });

  test('enter and space activate the focused row', () => {
    press('ArrowDown', 'Enter');
    time += 5000;
    press(' ');
    expect(host.activated).toEqual([1, 1]);
  });

  test('* expands every sibling', async () => {
    press('ArrowDown', 'ArrowDown', '*');
    await settle();
    const expanded = host.model.root.children[0]!.children.filter((c) => c.expanded).map((c) => c.row.lemma);
    expect(expanded).toEqual(['canine', 'domestic animal', 'pets']);
  });

  test("type-ahead matches the name a row shows (the tree's language) where the host gives one", () => {
    // As a tree in another language: 'pets' shows as 'animaux', the other rows as their lemmas.
    host.shownName = (row) => (row.lemma === 'pets' ? 'animaux' : row.lemma);
    press('a', 'n', 'i', 'm', 'a', 'u');
    expect(host.activeLabel).toBe('pets');
  });

  test('type-ahead finds the next row starting with the typed prefix, spaces included', () => {
    press('d');
    expect(host.activeLabel).toBe('domestic animal');
    time += 5000;
    press('o', 'b');
    expect(host.activeLabel).toBe('object');
    time += 5000;
    press('d', 'o', 'm', 'e', 's', 't', 'i', 'c', ' ', 'a');
    expect(host.activeLabel).toBe('domestic animal');
  });

  test('typing one letter repeatedly cycles through the rows that start with it', () => {
    host.activeIndex = 0;
    press('a');
    expect(host.activeLabel).toBe('animal');
    time += 5000;
    press('p');
    expect(host.activeLabel).toBe('pets');
  });

  test("keys that are not the tree's are left alone", () => {
    expect(keys.handleKey('Tab')).toBe(false);
    expect(keys.handleKey('F5')).toBe(false);
  });
});
