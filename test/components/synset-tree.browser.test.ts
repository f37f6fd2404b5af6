import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { getSynsetClient } from '../../src/client/client.js';
import { SynsetFilterChangeEvent, SynsetSelectEvent } from '../../src/components/events.js';
import '../../src/components/synset-tree/synset-tree.js';
import type { SynsetTree } from '../../src/components/synset-tree/synset-tree.js';
import { LOAD_MS, mount, nextEvent, shadow, usePageClient, waitFor } from './page-client.js';

usePageClient('tree');

const DOG = 'n02084071';
const rows = (tree: SynsetTree) => [...shadow(tree).querySelectorAll<HTMLElement>('[role=treeitem]')];
const treeElement = (tree: SynsetTree) => shadow(tree).querySelector<HTMLElement>('[role=tree]')!;
const rowNamed = (tree: SynsetTree, lemma: string) => rows(tree).find((row) => row.querySelector('.lemma')?.textContent === lemma);
const activeRow = (tree: SynsetTree) => shadow(tree).getElementById(treeElement(tree).getAttribute('aria-activedescendant') ?? '');

async function mountTree(attributes: Record<string, string> = {}): Promise<SynsetTree> {
  const tree = await mount('synset-tree', attributes);
  await waitFor(() => expect(rows(tree).length).toBeGreaterThan(1), { timeout: LOAD_MS });
  return tree;
}

async function press(tree: SynsetTree, keys: string): Promise<void> {
  await userEvent.keyboard(keys);
  await tree.updateComplete;
}

describe('<synset-tree>', () => {
  test('starts at entity, open, with ARIA tree semantics', async () => {
    const tree = await mountTree();
    expect(treeElement(tree).getAttribute('aria-label')).toBe('WordNet noun hierarchy');
    const [root, abstraction, physical] = rows(tree);
    expect(root!.querySelector('.lemma')!.textContent).toBe('entity');
    expect(root!.getAttribute('aria-level')).toBe('1');
    expect(root!.getAttribute('aria-expanded')).toBe('true');
    expect(root!.querySelector('.wnid')!.textContent).toBe('n00001740');
    expect(root!.querySelector('.count-1k')!.textContent).toContain('1,000');
    expect(
      [abstraction, physical].map((row) => [
        row!.querySelector('.lemma')!.textContent,
        row!.getAttribute('aria-level'),
        row!.getAttribute('aria-posinset'),
        row!.getAttribute('aria-setsize'),
      ]),
    ).toEqual([
      ['abstraction', '2', '1', '2'],
      ['physical entity', '2', '2', '2'],
    ]);
    expect(abstraction!.getAttribute('aria-expanded')).toBe('false');
  });

  test('selecting from outside opens a path, marks the row and scrolls it into view', async () => {
    const tree = await mountTree({ selected: DOG });
    await waitFor(() => expect(rowNamed(tree, 'dog')?.getAttribute('aria-selected')).toBe('true'), { timeout: 10_000 });
    const dog = rowNamed(tree, 'dog')!;
    expect(dog.getAttribute('aria-level')).toBe('14');
    expect(rowNamed(tree, 'canine')!.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => {
      const box = treeElement(tree).getBoundingClientRect();
      const rect = dog.getBoundingClientRect();
      expect(rect.top).toBeGreaterThanOrEqual(box.top);
      expect(rect.bottom).toBeLessThanOrEqual(box.bottom);
    });
    expect(activeRow(tree)).toBe(dog);
  });

  test('a synset with two parents is marked as such', async () => {
    const tree = await mountTree({ selected: DOG });
    await waitFor(() => expect(rowNamed(tree, 'dog')).toBeDefined(), { timeout: 10_000 });
    const marker = rowNamed(tree, 'dog')!.querySelector('.multi')!;
    expect(marker.getAttribute('title')).toBe('Also under 1 other parent');
    expect(rowNamed(tree, 'canine')!.querySelector('.multi')).toBeNull();
  });

  test('huge sibling lists stay cheap: only the rows on screen are in the DOM', async () => {
    const city = 'n08524735';
    const { rows: cities, total } = await getSynsetClient().children(city, { in: 'all' });
    expect(total).toBeGreaterThan(600);
    const tree = await mountTree({ filter: 'all', selected: cities[total - 1]!.wnid });
    await waitFor(() => expect(rowNamed(tree, cities[total - 1]!.lemma)?.getAttribute('aria-selected')).toBe('true'), {
      timeout: LOAD_MS,
    });
    expect(rows(tree).length).toBeLessThan(120);
    const last = rowNamed(tree, cities[total - 1]!.lemma)!;
    expect(last.getAttribute('aria-posinset')).toBe(String(total));
    expect(last.getAttribute('aria-setsize')).toBe(String(total));
  });

  test('keyboard: arrows, Home/End, open/close, type-ahead, Enter selects', async () => {
    const tree = await mountTree();
    treeElement(tree).focus();
    await tree.updateComplete;
    expect(activeRow(tree)?.querySelector('.lemma')!.textContent).toBe('entity');
    await press(tree, '{ArrowDown}');
    expect(activeRow(tree)?.querySelector('.lemma')!.textContent).toBe('abstraction');
    await press(tree, '{ArrowRight}');
    await waitFor(() => expect(rowNamed(tree, 'abstraction')!.getAttribute('aria-expanded')).toBe('true'));
    await waitFor(() => expect(rows(tree).length).toBeGreaterThan(4));
    await press(tree, '{ArrowRight}');
    expect(activeRow(tree)!.getAttribute('aria-level')).toBe('3');
    await press(tree, '{ArrowLeft}');
    expect(activeRow(tree)?.querySelector('.lemma')!.textContent).toBe('abstraction');
    await press(tree, '{ArrowLeft}');
    expect(rowNamed(tree, 'abstraction')!.getAttribute('aria-expanded')).toBe('false');
    await press(tree, '{End}');
    expect(activeRow(tree)?.querySelector('.lemma')!.textContent).toBe('physical entity');
    await press(tree, '{Home}');
    expect(activeRow(tree)?.querySelector('.lemma')!.textContent).toBe('entity');
    await press(tree, 'ph');
    expect(activeRow(tree)?.querySelector('.lemma')!.textContent).toBe('physical entity');
    const selected = nextEvent<SynsetSelectEvent>(tree, SynsetSelectEvent.eventName);
    await press(tree, '{Enter}');
    expect((await selected).wnid).toBe('n00001930');
  });

  test('* opens every sibling', async () => {
    const tree = await mountTree();
    treeElement(tree).focus();
    await press(tree, '{ArrowDown}*');
    await waitFor(() => {
      expect(rowNamed(tree, 'abstraction')!.getAttribute('aria-expanded')).toBe('true');
      expect(rowNamed(tree, 'physical entity')!.getAttribute('aria-expanded')).toBe('true');
    });
  });

  test('clicking the twisty opens a row; clicking the row selects it', async () => {
    const tree = await mountTree();
    await userEvent.click(rowNamed(tree, 'abstraction')!.querySelector('.twisty')!);
    await waitFor(() => expect(rowNamed(tree, 'abstraction')!.getAttribute('aria-expanded')).toBe('true'));
    // Its children's rows follow it: their ids extend its own.
    const abstraction = rowNamed(tree, 'abstraction')!.id;
    await waitFor(() => expect(tree.shadowRoot!.querySelector(`[role=treeitem][id^="${abstraction}/n"]`)).not.toBeNull());
    const selected = nextEvent<SynsetSelectEvent>(document, SynsetSelectEvent.eventName);
    await userEvent.click(rowNamed(tree, 'physical entity')!.querySelector('.lemma')!);
    expect((await selected).wnid).toBe('n00001930');
  });

  test('the filter decides which synsets show and what the counts say', async () => {
    const object = 'n00002684';
    const [in21k, in1k] = await Promise.all([
      getSynsetClient().children(object, { in: '21k' }),
      getSynsetClient().children(object, { in: '1k' }),
    ]);
    expect(in1k.total).toBeLessThan(in21k.total);
    const tree = await mountTree({ selected: object });
    await waitFor(() => expect(rowNamed(tree, 'object')?.getAttribute('aria-selected')).toBe('true'), { timeout: 10_000 });
    await userEvent.click(rowNamed(tree, 'object')!.querySelector('.twisty')!);
    await waitFor(() => expect(rows(tree).some((row) => row.getAttribute('aria-level') === '4')).toBe(true));
    const childSetSize = () =>
      rows(tree)
        .find((row) => row.getAttribute('aria-level') === '4')!
        .getAttribute('aria-setsize');
    expect(childSetSize()).toBe(String(in21k.total));
    tree.filter = '1k';
    await tree.updateComplete;
    await waitFor(
      () => {
        expect(rowNamed(tree, 'entity')).toBeDefined();
        expect(rowNamed(tree, 'object')?.getAttribute('aria-selected')).toBe('true');
        expect(rowNamed(tree, 'object')?.getAttribute('aria-expanded')).toBe('false');
      },
      { timeout: 10_000 },
    );
    await userEvent.click(rowNamed(tree, 'object')!.querySelector('.twisty')!);
    await waitFor(() => expect(childSetSize()).toBe(String(in1k.total)));
  });

  test('a selection outside the filter says so and offers all nouns', async () => {
    const fomite = 'n09283193';
    const tree = await mountTree({ filter: '1k', selected: fomite });
    const notice = () => shadow(tree).querySelector<HTMLElement>('.notice');
    await waitFor(() => expect(notice()?.textContent).toContain('“fomite” is not in the 1k tree'), { timeout: 10_000 });
    const changed = nextEvent<SynsetFilterChangeEvent>(tree, SynsetFilterChangeEvent.eventName);
    await userEvent.click(notice()!.querySelector('button')!);
    expect((await changed).filter).toBe('all');
    expect(tree.getAttribute('filter')).toBe('all');
    await waitFor(() => expect(rowNamed(tree, 'fomite')?.getAttribute('aria-selected')).toBe('true'), { timeout: 10_000 });
  });
});

describe('<synset-tree label-issues>', () => {
  test('each row shows the share of labels ReaL keeps below it, siblings lowest first; off again, label order and no bars', async () => {
    const tree = await mountTree({ filter: '1k', selected: 'n02085620', 'label-issues': '' });
    const agreement = await getSynsetClient().labelAgreement();
    const expected = (wnid: string) => {
      const at = agreement.nodeWnids.indexOf(wnid);
      return agreement.nodeKept[at]! / agreement.nodeLabelled[at]!;
    };
    await waitFor(() => expect(rowNamed(tree, 'dog')?.querySelector('[part=agreement]')).toBeTruthy(), { timeout: LOAD_MS });
    const dog = rowNamed(tree, 'dog')!.querySelector('[part=agreement]')!;
    expect(dog.querySelector('.accuracy-number')!.textContent).toBe(`${Math.round(100 * expected(DOG))}%`);
    expect(dog.getAttribute('title')).toMatch(/^ReaL keeps \d+\.\d% of [\d,]+ validation labels$/);
    // Dog's children (the 1k's dog breeds' groups) in the order of their shares, lowest first.
    const children = await getSynsetClient().children(DOG, { in: '1k' });
    const level = rowNamed(tree, 'dog')!.getAttribute('aria-level');
    const shown = () =>
      rows(tree)
        .filter((row) => Number(row.getAttribute('aria-level')) === Number(level) + 1)
        .map((row) => row.querySelector('.wnid')!.textContent!)
        .filter((wnid) => children.rows.some((child) => child.wnid === wnid));
    await waitFor(() => expect(shown().length).toBe(children.rows.length));
    const byShare = [...children.rows].map((row) => row.wnid).sort((a, b) => expected(a) - expected(b));
    expect(shown().map(expected)).toEqual(byShare.map(expected));
    tree.labelIssues = false;
    await tree.updateComplete;
    expect(shadow(tree).querySelector('[part=agreement]')).toBeNull();
    expect(shown()).toEqual(children.rows.map((row) => row.wnid));
  });
});

describe('<synset-tree> focus follows the synset, not the row position', () => {
  const activeLemma = (tree: SynsetTree) => activeRow(tree)?.querySelector('.lemma')?.textContent;

  test('* opens rows above the focused one: focus and Enter stay on it', async () => {
    const tree = await mountTree();
    treeElement(tree).focus();
    await press(tree, '{ArrowDown}{ArrowDown}');
    expect(activeLemma(tree)).toBe('physical entity');
    await press(tree, '*');
    await waitFor(() => expect(rowNamed(tree, 'abstraction')!.getAttribute('aria-expanded')).toBe('true'));
    await waitFor(() => expect(rows(tree).length).toBeGreaterThan(5));
    await tree.updateComplete;
    expect(activeLemma(tree)).toBe('physical entity');
    const selected = nextEvent<SynsetSelectEvent>(tree, SynsetSelectEvent.eventName);
    await press(tree, '{Enter}');
    expect((await selected).wnid).toBe('n00001930');
  });

  test('clicking a twisty above the focused row, open and closed again, leaves the focus where it was', async () => {
    const tree = await mountTree();
    treeElement(tree).focus();
    await press(tree, '{End}');
    expect(activeLemma(tree)).toBe('physical entity');
    const twisty = () => rowNamed(tree, 'abstraction')!.querySelector<HTMLElement>('.twisty')!;
    await userEvent.click(twisty());
    await waitFor(() => expect(rows(tree).length).toBeGreaterThan(5));
    await tree.updateComplete;
    expect(activeLemma(tree)).toBe('physical entity');
    await userEvent.click(twisty());
    await waitFor(() => expect(rowNamed(tree, 'abstraction')!.getAttribute('aria-expanded')).toBe('false'));
    await tree.updateComplete;
    expect(activeLemma(tree)).toBe('physical entity');
  });

  test('closing an ancestor of the focused row moves the focus to that ancestor', async () => {
    const tree = await mountTree();
    treeElement(tree).focus();
    await press(tree, '{End}{ArrowRight}');
    await waitFor(() => expect(rows(tree).length).toBeGreaterThan(4));
    await press(tree, '{ArrowRight}');
    expect(activeRow(tree)!.getAttribute('aria-level')).toBe('3');
    await userEvent.click(rowNamed(tree, 'physical entity')!.querySelector('.twisty')!);
    await tree.updateComplete;
    expect(activeLemma(tree)).toBe('physical entity');
  });

  test('scrolled far from the focused row, aria-activedescendant still names a row in the tree', async () => {
    const tree = await mountTree({ filter: 'all', selected: 'n08524735' });
    await waitFor(() => expect(rowNamed(tree, 'city')?.getAttribute('aria-selected')).toBe('true'), { timeout: LOAD_MS });
    await userEvent.click(rowNamed(tree, 'city')!.querySelector('.twisty')!);
    await waitFor(() =>
      expect(
        rows(tree).some((row) => row.getAttribute('aria-level') === String(Number(rowNamed(tree, 'city')!.getAttribute('aria-level')) + 1)),
      ).toBe(true),
    );
    treeElement(tree).focus();
    await tree.updateComplete;
    expect(activeLemma(tree)).toBe('city');
    for (const scrollTop of [5_000, 12_000, 0]) {
      treeElement(tree).scrollTop = scrollTop;
      treeElement(tree).dispatchEvent(new Event('scroll'));
      await tree.updateComplete;
      expect(activeRow(tree), `at scrollTop ${scrollTop}`).not.toBeNull();
      expect(activeLemma(tree)).toBe('city');
    }
  });
});

describe('<synset-tree> under a label space', () => {
  const TENCH = 'n01440764';
  const badge = (row: HTMLElement | undefined) => row?.querySelector('.badge-set')?.textContent;

  test('imagenette: rows carry its class index and how many of its classes lie below, not the 1k counts', async () => {
    const tree = await mountTree({ filter: 'imagenette', selected: TENCH });
    await waitFor(() => expect(badge(rowNamed(tree, 'tench'))).toBe('#0'));
    const [root] = rows(tree);
    expect(root!.querySelector('.count-set')!.textContent).toMatch(/^10\b/);
    expect(root!.querySelector('.count-set .visually-hidden')!.textContent).toBe(' imagenette classes');
    expect(shadow(tree).querySelector('[part=columns]')!.textContent).toContain('imagenette');
    expect(shadow(tree).querySelector('.count-1k, .count-21k, .badge-1k')).toBeNull();
    expect(rowNamed(tree, 'fish')!.querySelector('.badge-set')).toBeNull();
  });

  test('1k keeps the tree’s own look: the ILSVRC badge and the 1k and 21k counts', async () => {
    const tree = await mountTree({ filter: '1k', selected: TENCH });
    await waitFor(() => expect(rowNamed(tree, 'tench')?.querySelector('.badge-1k')?.textContent).toBe('#0'));
    expect(rowNamed(tree, 'cyprinid')!.querySelector('.count-1k')!.textContent).toMatch(/^\d/);
    expect(shadow(tree).querySelector('[part=columns]')!.textContent).toMatch(/1k\s*21k/);
    expect(shadow(tree).querySelector('.badge-set, .count-set')).toBeNull();
  });

  test('names: a class’s row takes its name in the chosen style, and its lemma again under wordnet', async () => {
    const client = getSynsetClient();
    const [wordnet, simple] = await Promise.all([client.classLabels('1k', 'wordnet'), client.classLabels('1k', 'simple')]);
    const k = simple.findIndex((name, index) => name !== wordnet[index]);
    const { wnid } = await client.lookup(String(k));
    const tree = await mountTree({ filter: '1k', names: 'simple', selected: wnid });
    await waitFor(() => expect(rowNamed(tree, simple[k]!)?.getAttribute('aria-selected')).toBe('true'));
    expect(rowNamed(tree, wordnet[k]!)).toBeUndefined();
    tree.names = 'wordnet';
    await waitFor(() => expect(rowNamed(tree, wordnet[k]!)?.getAttribute('aria-selected')).toBe('true'));
  });
});
