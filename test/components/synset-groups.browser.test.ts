import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { groupColour, type ClassGrouping } from '../../src/components/class-grouping.js';
import { SynsetGroupHoverEvent, SynsetGroupingChangeEvent } from '../../src/components/events.js';
import type { SynsetGroups } from '../../src/components/synset-groups/synset-groups.js';
import type { GroupingSpec } from '../../src/worker/api.js';
import { loadClassGrouping } from '../../src/components/synset-explorer/grouping-load.js';
import '../../src/components/synset-groups/synset-groups.js';
import '../../src/components/synset-sunburst/synset-sunburst.js';
import '../../src/components/synset-tree/synset-tree.js';
import { getSynsetClient } from '../../src/client/client.js';
import { LOAD_MS, mount, nextEvent, shadow, usePageClient, waitFor } from './page-client.js';

usePageClient('groups');

const DOG = 'n02084071';
const PUG = 'n02110958';
const RESTRICTED = { by: 'published', name: 'restricted-imagenet' } as const;

let restricted: Promise<ClassGrouping> | undefined;
const restrictedImageNet = () => (restricted ??= loadClassGrouping('1k', RESTRICTED, 'unique'));

/** The CSS colour of a hex, as getComputedStyle writes it. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}

describe('groups in the views', () => {
  test('Restricted ImageNet of the 1k: 9 groups, 203 classes placed, with the classes named', async () => {
    const grouping = await restrictedImageNet();
    expect(grouping.groups).toHaveLength(9);
    expect([...grouping.groupOf].filter((g) => g >= 0)).toHaveLength(203);
    expect(grouping.classes).toHaveLength(1000);
    expect(grouping.classes[207]!.wnid).toBe('n02099601');
  });

  test("the tree's class rows carry their group's badge, in the group's colour", async () => {
    const grouping = await restrictedImageNet();
    const tree = await mount('synset-tree', { root: DOG, filter: '1k', selected: PUG });
    tree.grouping = grouping;
    const badge = await waitFor(
      () => {
        const found = shadow(tree).querySelector<HTMLElement>(`[role=treeitem][aria-selected=true] .group-badge`);
        expect(found).not.toBeNull();
        return found!;
      },
      { timeout: LOAD_MS },
    );
    expect(badge.textContent!.replace(/\s+/g, ' ').trim()).toBe('group dog');
    const dog = grouping.groups.find((g) => g.name === 'dog')!;
    expect(badge.dataset['group']).toBe(String(dog.index));
    expect(getComputedStyle(badge.querySelector('.group-dot')!).backgroundColor).toBe(rgb(groupColour(dog.index)));
    // The root, dog, is no class of the 1k: no badge.
    expect(shadow(tree).querySelector('[aria-level="1"] .group-badge')).toBeNull();
    // A grouping of another set is not this tree's.
    tree.grouping = { ...grouping, set: 'imagewoof' };
    await waitFor(() => expect(shadow(tree).querySelector('.group-badge')).toBeNull());
  });

  test("the sunburst colours a set's classes by group: under dog, every arc is Restricted ImageNet's dog", async () => {
    const grouping = await restrictedImageNet();
    const sunburst = await mount('synset-sunburst', { root: DOG, filter: '1k' });
    await waitFor(() => expect(shadow(sunburst).querySelector('svg')).not.toBeNull(), { timeout: LOAD_MS });
    expect(shadow(sunburst).querySelector('path[data-group]')).toBeNull();
    sunburst.grouping = grouping;
    await waitFor(() => expect(shadow(sunburst).querySelector('path.arc[data-group]')).not.toBeNull());
    const dog = grouping.groups.find((g) => g.name === 'dog')!;
    const arcs = [...shadow(sunburst).querySelectorAll<SVGPathElement>('path.arc:not(.depth-0)')];
    // Every dog of the 1k is in Restricted ImageNet's dog group: every arc below dog has its
    // colour, also those at the cut with nothing drawn below them.
    expect(arcs.length).toBeGreaterThan(10);
    for (const arc of arcs) {
      expect(arc.dataset['group']).toBe(String(dog.index));
      expect(arc.getAttribute('fill')).toBe(groupColour(dog.index));
    }
    // Pug, a class one step below dog, is drawn in the dog group's colour.
    const pug = arcs.find((arc) => /\bpug: /.test(arc.querySelector('title')!.textContent!))!;
    expect(pug.getAttribute('fill')).toBe(groupColour(dog.index));
    expect(shadow(sunburst).querySelector('[part=caption]')!.textContent).toContain('coloured by the groups of their classes');
  });

  test('an arc over several groups is hatched; one over classes of no group is grey', async () => {
    const grouping = await restrictedImageNet();
    const sunburst = await mount('synset-sunburst', { root: 'n01886756', filter: '1k' });
    sunburst.grouping = grouping;
    await waitFor(() => expect(shadow(sunburst).querySelector('path.arc.mixed')).not.toBeNull(), { timeout: LOAD_MS });
    // Placental mammals: dogs, cats, primates and others no group places.
    const placental = shadow(sunburst).querySelector<SVGPathElement>('path.depth-1.mixed')!;
    expect(placental.getAttribute('fill')).toBe('url(#mixed)');
    expect(placental.dataset['group']).toBe('mixed');
    expect(placental.querySelector('title')!.textContent).toMatch(/classes of \d+ groups and of none/);
    const grey = shadow(sunburst).querySelector<SVGPathElement>('path.arc.ungrouped')!;
    expect(grey.dataset['group']).toBe('none');
    expect(grey.hasAttribute('fill')).toBe(false);
    expect(getComputedStyle(grey).fill).not.toBe('none');
  });

  test('the control fires the grouping chosen, and lists the groups with their sizes', async () => {
    const groups = await mount('synset-groups', { set: '1k' });
    const chosen = nextEvent<SynsetGroupingChangeEvent>(groups, SynsetGroupingChangeEvent.eventName);
    const select = shadow(groups).querySelector('select')!;
    select.value = 'restricted-imagenet';
    select.dispatchEvent(new Event('change'));
    expect((await chosen).spec).toEqual(RESTRICTED);
    groups.spec = RESTRICTED;
    groups.grouping = await restrictedImageNet();
    await groups.updateComplete;
    const items = [...shadow(groups).querySelectorAll('[part=legend] li')];
    expect(items).toHaveLength(9);
    expect(items.map((li) => li.querySelector('.name')!.textContent)).toContain('dog');
    const sizes = items.map((li) => Number(li.querySelector('.size')!.textContent));
    expect(sizes.reduce((a, b) => a + b)).toBe(203);
    expect(shadow(groups).querySelector('.summary')!.textContent).toBe('203 of 1,000 classes placed in 9 groups');
  });

  test('outside the 1k a published grouping places nothing, and the note says why', async () => {
    // Two synsets that are no class of the 1k.
    const added = await getSynsetClient().addLabelList('n02084071\nn02121620\n', 'dog and cat');
    const grouping = await loadClassGrouping(added.set.name, RESTRICTED, 'unique');
    const groups = await mount('synset-groups', { set: added.set.name });
    groups.spec = RESTRICTED;
    groups.grouping = grouping;
    await groups.updateComplete;
    const note = shadow(groups).querySelector('[part=note]');
    expect(shadow(groups).querySelector('.summary')?.textContent).toMatch(/^0 of 2 classes placed/);
    expect(note).not.toBeNull();
    expect(note!.textContent).toContain('none of');
  });

  test('depth D: the number input asks for that depth', async () => {
    const groups = await mount('synset-groups', { set: 'imagewoof' });
    const select = shadow(groups).querySelector('select')!;
    select.value = 'depth';
    const first = nextEvent<SynsetGroupingChangeEvent>(groups, SynsetGroupingChangeEvent.eventName);
    select.dispatchEvent(new Event('change'));
    expect((await first).spec).toEqual({ by: 'depth', depth: 4 });
    groups.spec = { by: 'depth', depth: 4 };
    await groups.updateComplete;
    const input = shadow(groups).querySelector<HTMLInputElement>('input[type=number]')!;
    input.value = '9';
    const second = nextEvent<SynsetGroupingChangeEvent>(groups, SynsetGroupingChangeEvent.eventName);
    input.dispatchEvent(new Event('change'));
    expect((await second).spec).toEqual({ by: 'depth', depth: 9 });
  });
});

describe('groups told apart', () => {
  const legendNames = (groups: HTMLElement) => [...shadow(groups).querySelectorAll('[part=legend] .name')].map((name) => name.textContent);
  const notes = (groups: HTMLElement) =>
    [...shadow(groups).querySelectorAll('[part=note]')].map((note) => note.textContent!.replace(/\s+/g, ' '));

  async function legend(set: string, spec: GroupingSpec): Promise<SynsetGroups> {
    const groups = await mount('synset-groups', { set });
    groups.spec = spec;
    groups.grouping = await loadClassGrouping(set, spec, 'unique');
    await groups.updateComplete;
    return groups;
  }

  test("BREEDS' node of its own (dummy32) is named by what its classes are, and keeps its id", async () => {
    const groups = await legend('1k', { by: 'published', name: 'breeds-entity13' });
    const grouping = groups.grouping!;
    const dummy = grouping.groups.find((group) => group.name === 'dummy32')!;
    expect(dummy.wnid).toBeNull();
    // Its classes, in class index order: garments of the 1k (abaya, 399; academic gown, 400; …).
    const classes = grouping.classes.filter((c) => grouping.groupOf[c.index] === dummy.index).map((c) => c.label);
    expect(classes).toContain('trench coat');
    expect(legendNames(groups)[dummy.index]).toBe(`${classes.slice(0, 3).join(', ')}… (dummy32)`);
  });

  test('two depth-4 groups whose superclasses are both "food" are told apart', async () => {
    const groups = await legend('1k', { by: 'depth', depth: 4 });
    const foods = legendNames(groups).filter((name) => name!.startsWith('food'));
    expect(foods).toHaveLength(2);
    expect(new Set(foods).size).toBe(2);
  });

  test('a grouping of the 1k under the 21k says it is one', async () => {
    const groups = await legend('21k', RESTRICTED);
    expect(notes(groups).join(' ')).toContain('restricted-imagenet is a grouping of the 1k: it places only those of 21k');
    expect(shadow(groups).querySelector('.summary')!.textContent).toMatch(/^203 of 21,841 classes placed/);
  });

  test('K balanced groups says what balanced means, with the largest group it could not avoid', async () => {
    const groups = await legend('1k', { by: 'count', count: 12 });
    const sizes = [...shadow(groups).querySelectorAll('[part=legend] .size')].map((size) => Number(size.textContent!.replace(/,/g, '')));
    const largest = Math.max(...sizes);
    expect(Math.min(...sizes)).toBeLessThan(largest / 10);
    expect(notes(groups).join(' ')).toContain(`this one has the smallest largest group (${largest.toLocaleString('en')} classes)`);
  });

  test('the pointer on a legend entry fires its group; the group given stands out in the legend and the sunburst', async () => {
    const grouping = await restrictedImageNet();
    const groups = await legend('1k', RESTRICTED);
    const dog = grouping.groups.find((g) => g.name === 'dog')!.index;
    const entry = shadow(groups).querySelector<HTMLElement>(`[part=legend] li[data-group="${dog}"]`)!;
    const hovered = nextEvent<SynsetGroupHoverEvent>(groups, SynsetGroupHoverEvent.eventName);
    await userEvent.hover(entry);
    expect((await hovered).group).toBe(dog);
    groups.highlight = dog;
    await groups.updateComplete;
    expect([...shadow(groups).querySelectorAll('[part=legend] li.highlighted')]).toEqual([entry]);

    const sunburst = await mount('synset-sunburst', { root: 'n01886756', filter: '1k' });
    sunburst.grouping = grouping;
    await waitFor(() => expect(shadow(sunburst).querySelector('.band path')).not.toBeNull(), { timeout: LOAD_MS });
    sunburst.highlightGroup = dog;
    await sunburst.updateComplete;
    const on = [...shadow(sunburst).querySelectorAll('.group-on')];
    expect(on.length).toBeGreaterThan(1);
    for (const element of on) expect(element.getAttribute('data-group')).toBe(String(dog));
    const off = [...shadow(sunburst).querySelectorAll('.band path:not(.group-on)')];
    expect(off.length).toBeGreaterThan(0);
    for (const element of off) expect(element.classList.contains('group-off')).toBe(true);
  });
});
