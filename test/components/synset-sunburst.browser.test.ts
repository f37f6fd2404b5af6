import { describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { SynsetSelectEvent } from '../../src/components/events.js';
import '../../src/components/synset-sunburst/synset-sunburst.js';
import type { SynsetSunburst } from '../../src/components/synset-sunburst/synset-sunburst.js';
import { getSynsetClient } from '../../src/client/client.js';
import type { ClassGrouping } from '../../src/components/class-grouping.js';
import { loadClassGrouping } from '../../src/components/synset-explorer/grouping-load.js';
import { ROOT_WNID } from '../../src/core/wnid.js';
import type { GroupingSpec } from '../../src/worker/api.js';
import { LOAD_MS, mount, nextEvent, shadow, usePageClient, waitFor } from './page-client.js';

usePageClient('sunburst');

const DOG = 'n02084071';
const centreLabel = (sunburst: SynsetSunburst) => shadow(sunburst).querySelector('.centre-label')?.textContent;
const arcs = (sunburst: SynsetSunburst, depth: number) => [...shadow(sunburst).querySelectorAll<SVGPathElement>(`path.depth-${depth}`)];

/** A point inside an arc, relative to its box: the box's centre may lie on another arc. */
function pointOn(sunburst: SynsetSunburst, arc: SVGPathElement): { x: number; y: number } {
  const box = arc.getBoundingClientRect();
  for (let fy = 0.05; fy < 1; fy += 0.1) {
    for (let fx = 0.05; fx < 1; fx += 0.1) {
      const x = box.left + fx * box.width;
      const y = box.top + fy * box.height;
      if (shadow(sunburst).elementFromPoint(x, y) === arc) return { x: x - box.left, y: y - box.top };
    }
  }
  throw new Error('no visible point on the arc');
}

/**
 * Moves the page's real pointer to the viewport's far corner, off every drawing: left on an arc,
 * it takes over the centre of a later drawing with an arc under it (Chromium sends the arc a
 * pointerenter when the drawing changes under a still pointer).
 */
async function parkPointer(): Promise<void> {
  const spot = document.createElement('div');
  spot.style.cssText = 'position: fixed; right: 0; bottom: 0; width: 4px; height: 4px';
  document.body.append(spot);
  try {
    await userEvent.hover(spot);
  } finally {
    spot.remove();
  }
}

/**
 * Mounts a sunburst and waits for its drawing. A pointer left where an earlier test put it may
 * rest over a new arc, and a hovered arc takes over the centre label: the pointer is parked off
 * the drawing first (Chromium's pointerenter for an arc that appears under it can come after the
 * drawing), and the pointer leaving the drawing, as it would, puts the resting label back.
 */
async function mountSunburst(attributes: Record<string, string>): Promise<SynsetSunburst> {
  await parkPointer();
  const sunburst = await mount('synset-sunburst', attributes);
  await waitFor(() => expect(shadow(sunburst).querySelector('svg')).not.toBeNull(), { timeout: LOAD_MS });
  shadow(sunburst).querySelector('svg')!.dispatchEvent(new PointerEvent('pointerleave'));
  await sunburst.updateComplete;
  return sunburst;
}

describe('<synset-sunburst>', () => {
  test('draws the root in the centre and rings of descendants', async () => {
    const sunburst = await mountSunburst({ root: 'n02084071', filter: '1k' });
    expect(centreLabel(sunburst)).toBe('dog');
    expect(arcs(sunburst, 1).length).toBeGreaterThan(5);
    expect(arcs(sunburst, 2).length).toBeGreaterThan(5);
    expect(shadow(sunburst).querySelector('.centre-unit')!.textContent).toBe('ILSVRC classes');
    expect(shadow(sunburst).querySelector('[part=caption]')!.textContent).toContain('Arcs sized by ILSVRC classes');
    expect(shadow(sunburst).querySelector('svg')!.getAttribute('aria-label')).toBe('Sunburst of dog');
  });

  test("the centre's number is the tree's and the card's: what lies below, not the synset itself", async () => {
    const sunburst = await mountSunburst({ root: 'n02084071', filter: '21k' });
    const dog = await getSynsetClient().lookup('n02084071');
    expect(dog.in21k).toBe(true);
    expect(shadow(sunburst).querySelector('.centre-value')!.textContent).toBe(dog.desc21k.toLocaleString('en'));
  });

  test('clicking an arc zooms into it and selects it', async () => {
    const sunburst = await mountSunburst({ root: 'n02084071', filter: '21k' });
    const first = arcs(sunburst, 1)[0]!;
    const name = first.getAttribute('aria-label')!;
    const selected = nextEvent<SynsetSelectEvent>(document, SynsetSelectEvent.eventName);
    try {
      await userEvent.click(first, { position: pointOn(sunburst, first) });
      const { wnid } = await selected;
      expect(sunburst.root).toBe(wnid);
      await waitFor(() => expect(name).toContain(`Zoom into ${centreLabel(sunburst)}`));
    } finally {
      await parkPointer();
    }
  });

  test('the centre zooms out to the parent', async () => {
    const sunburst = await mountSunburst({ root: 'n02084071', filter: '21k' });
    const selected = nextEvent<SynsetSelectEvent>(sunburst, SynsetSelectEvent.eventName);
    arcs(sunburst, 0)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).wnid).toBe('n02083346');
    await waitFor(() => expect(shadow(sunburst).querySelector('svg:not(.stale)')?.getAttribute('aria-label')).toBe('Sunburst of canine'));
    expect(centreLabel(sunburst)).toBe('canine');
  });

  test('the first ring is reachable by keyboard', async () => {
    const sunburst = await mountSunburst({ root: 'n02084071', filter: '21k' });
    const first = arcs(sunburst, 1)[0]!;
    expect(first.getAttribute('role')).toBe('button');
    // The centre holds the drawing's Tab stop; arrow keys reach the first ring (see below).
    expect(arcs(sunburst, 0)[0]!.getAttribute('tabindex')).toBe('0');
    expect(first.getAttribute('tabindex')).toBe('-1');
    expect(arcs(sunburst, 2)[0]!.hasAttribute('tabindex')).toBe(false);
    first.focus();
    const selected = nextEvent<SynsetSelectEvent>(sunburst, SynsetSelectEvent.eventName);
    await userEvent.keyboard('{Enter}');
    expect((await selected).wnid).toBe(sunburst.root);
  });

  test('a leaf says it has nothing below', async () => {
    const sunburst = await mountSunburst({ root: 'n01440764', filter: '21k' });
    expect(shadow(sunburst).querySelector('[part=caption]')!.textContent).toContain('No narrower synsets');
  });
});

describe('<synset-sunburst> centre and empty views', () => {
  const centre = (sunburst: SynsetSunburst) => ({
    label: centreLabel(sunburst),
    value: shadow(sunburst).querySelector('.centre-value')?.textContent,
  });
  const drawn = (sunburst: SynsetSunburst) => shadow(sunburst).querySelector('svg:not(.stale)');

  test('an arc focused before the root changes does not stay in the centre', async () => {
    const sunburst = await mountSunburst({ root: 'n02084071', filter: '21k' });
    const huntingDog = arcs(sunburst, 1).find((arc) => arc.getAttribute('aria-label')?.startsWith('Zoom into hunting dog'))!;
    huntingDog.focus();
    await sunburst.updateComplete;
    expect(centreLabel(sunburst)).toBe('hunting dog');
    // What the explorer does when fox is picked in the tree: the focus goes there.
    sunburst.root = 'n02118333';
    huntingDog.blur();
    await waitFor(() => expect(shadow(sunburst).querySelector('svg')!.getAttribute('aria-label')).toBe('Sunburst of fox'));
    await sunburst.updateComplete;
    expect(centre(sunburst).label).toBe('fox');
  });

  test('an arc hovered in the old drawing does not name the new centre', async () => {
    const sunburst = await mountSunburst({ root: 'n02084071', filter: '21k' });
    const dogValue = centre(sunburst).value;
    // The new subtree's answer is held until the pointer has crossed the old drawing: without
    // that, a quick answer (or a slow test on a loaded machine) put the new drawing on screen
    // first, and the pointer entered one of its arcs.
    const client = getSynsetClient();
    const subtree = client.subtree.bind(client);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const spy = vi.spyOn(client, 'subtree').mockImplementation(async (...args) => {
      await held;
      return subtree(...args);
    });
    try {
      sunburst.root = 'n02087122';
      await sunburst.updateComplete;
      // The pointer crosses the old drawing (still on screen, faded) while the new one loads.
      expect(drawn(sunburst)).toBeNull();
      arcs(sunburst, 0)[0]!.dispatchEvent(new PointerEvent('pointerenter'));
      release();
    } finally {
      spy.mockRestore();
    }
    await waitFor(() => expect(drawn(sunburst)?.getAttribute('aria-label')).toBe('Sunburst of hunting dog'));
    await sunburst.updateComplete;
    expect(centre(sunburst).label).toBe('hunting dog');
    expect(centre(sunburst).value).not.toBe(dogValue);
  });

  test('the centre unit is readable (at least 11 px) on a phone-width drawing', async () => {
    const frame = document.createElement('div');
    frame.style.width = '316px';
    document.body.append(frame);
    try {
      const sunburst = await mount('synset-sunburst', { root: 'n02084071', filter: '21k' }, frame);
      await waitFor(() => expect(shadow(sunburst).querySelector('.centre-unit')).not.toBeNull(), { timeout: LOAD_MS });
      const unit = shadow(sunburst).querySelector<SVGTextElement>('.centre-unit')!;
      const renderedPx = parseFloat(getComputedStyle(unit).fontSize) * unit.getScreenCTM()!.a;
      expect(renderedPx).toBeGreaterThanOrEqual(11);
      // It still fits inside the centre disc.
      const disc = arcs(sunburst, 0)[0]!.getBoundingClientRect();
      const text = unit.getBoundingClientRect();
      expect(text.left).toBeGreaterThanOrEqual(disc.left);
      expect(text.right).toBeLessThanOrEqual(disc.right);
      expect(text.bottom).toBeLessThanOrEqual(disc.bottom);
    } finally {
      frame.remove();
    }
  });

  test('a synset with nothing in the filter says there is nothing to show instead of an empty disc', async () => {
    const sunburst = await mount('synset-sunburst', { root: 'n00024720', filter: '1k' });
    const message = () => shadow(sunburst).querySelector('[part=empty]');
    await waitFor(() => expect(message()).not.toBeNull(), { timeout: LOAD_MS });
    expect(message()!.textContent!.replace(/\s+/g, ' ')).toContain('No ILSVRC classes at or below state');
    expect(shadow(sunburst).querySelector('svg')).toBeNull();
  });
});

describe('<synset-sunburst> under a label space', () => {
  test('any set name works: arcs sized by its classes, counted as classes', async () => {
    const sunburst = await mountSunburst({ root: 'n00001740', filter: 'imagenette' });
    await waitFor(() => expect(shadow(sunburst).querySelector('.centre-value')!.textContent).toBe('10'));
    expect(shadow(sunburst).querySelector('.centre-unit')!.textContent).toBe('classes');
    expect(arcs(sunburst, 1).length).toBeGreaterThan(0);
  });
});

describe('<synset-sunburst> keyboard', () => {
  /** The element focus is on, inside shadow roots. */
  const focused = (): Element | null => {
    let at: Element | null = document.activeElement;
    while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
    return at;
  };

  test('the drawing is one Tab stop, whatever its number of arcs', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    const after = document.createElement('button');
    after.textContent = 'after';
    document.body.append(before);
    try {
      const sunburst = await mountSunburst({ root: 'n02084071', filter: '21k' });
      document.body.append(after);
      // Dog under the 21k draws hundreds of arcs, dozens of them in the first ring.
      expect(arcs(sunburst, 1).length).toBeGreaterThan(10);
      expect(shadow(sunburst).querySelectorAll('path.arc').length).toBeGreaterThan(100);
      before.focus();
      const stops: (string | null)[] = [];
      for (let presses = 0; presses < 200 && focused() !== after; presses++) {
        await userEvent.tab();
        if (focused() !== after) stops.push(focused()?.getAttribute('aria-label') ?? null);
      }
      expect(focused()).toBe(after);
      expect(stops).toEqual(['Zoom out from dog']);
    } finally {
      before.remove();
      after.remove();
    }
  });

  test('arrow keys walk the centre and the first ring; Enter zooms into the arc focused', async () => {
    const sunburst = await mountSunburst({ root: 'n02084071', filter: '21k' });
    const ring = arcs(sunburst, 1);
    const centre = arcs(sunburst, 0)[0]!;
    centre.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(focused()).toBe(ring[0]);
    await userEvent.keyboard('{ArrowRight}');
    expect(focused()).toBe(ring[1]);
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(focused()).toBe(centre);
    await userEvent.keyboard('{End}');
    expect(focused()).toBe(ring.at(-1));
    await userEvent.keyboard('{Home}');
    expect(focused()).toBe(centre);
    await userEvent.keyboard('{ArrowDown}');
    // The arc focused is the drawing's one Tab stop, and the centre names it.
    expect(ring[0]!.getAttribute('tabindex')).toBe('0');
    expect(centre.getAttribute('tabindex')).toBe('-1');
    await sunburst.updateComplete;
    const name = ring[0]!.getAttribute('aria-label')!;
    expect(name).toContain(`Zoom into ${centreLabel(sunburst)}:`);
    const selected = nextEvent<SynsetSelectEvent>(sunburst, SynsetSelectEvent.eventName);
    await userEvent.keyboard('{Enter}');
    expect(sunburst.root).toBe((await selected).wnid);
  });
});

describe('<synset-sunburst> labels', () => {
  /**
   * Whether every corner of each label's box lies inside its own arc's fill, in the drawing's
   * units: a label that spills over its ring (or across its neighbours) fails.
   */
  function spilledLabels(sunburst: SynsetSunburst): string[] {
    const root = shadow(sunburst);
    const labels = [...root.querySelectorAll<SVGTextElement>('.labels text')];
    expect(labels.length).toBeGreaterThan(5);
    const spilled: string[] = [];
    for (const text of labels) {
      const arc = root.querySelector<SVGPathElement>(`path[data-arc="${text.getAttribute('data-arc')}"]`)!;
      // From the label's own units to the arcs' (both groups share the drawing's units).
      const toArc = arc.getCTM()!.inverse().multiply(text.getCTM()!);
      const box = text.getBBox();
      const corners = [
        [box.x, box.y],
        [box.x + box.width, box.y],
        [box.x, box.y + box.height],
        [box.x + box.width, box.y + box.height],
      ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(toArc));
      if (!corners.every((corner) => arc.isPointInFill(corner))) spilled.push(text.textContent!);
    }
    return spilled;
  }

  test('each label stays inside its arc: along the ring and across it', async () => {
    for (const [root, filter] of [
      ['n00001740', '21k'],
      ['n02084071', '21k'],
      ['n00021939', '1k'],
    ]) {
      const sunburst = await mountSunburst({ root: root!, filter: filter! });
      expect({ root, spilled: spilledLabels(sunburst) }).toEqual({ root, spilled: [] });
      sunburst.remove();
    }
  });
});

describe('<synset-sunburst> coloured by groups', () => {
  /** An arc by the name its tooltip starts with. */
  const arcNamed = (sunburst: SynsetSunburst, label: string) =>
    [...shadow(sunburst).querySelectorAll<SVGPathElement>('path.arc')].find((arc) =>
      arc
        .querySelector('title')!
        .textContent!.trim()
        .match(new RegExp(`^(Zoom into |Select )?${label}:`)),
    );
  const groupOf = (arc: SVGPathElement | undefined) => arc?.getAttribute('data-group');

  async function grouped(root: string, spec: GroupingSpec): Promise<{ sunburst: SynsetSunburst; grouping: ClassGrouping }> {
    const grouping = await loadClassGrouping('1k', spec, 'unique');
    const sunburst = await mountSunburst({ root, filter: '1k' });
    sunburst.grouping = grouping;
    await waitFor(() => expect(shadow(sunburst).querySelector('path.arc[data-group]')).not.toBeNull());
    return { sunburst, grouping };
  }

  test('an arc over classes of many groups is mixed, not the colour of the one group drawn below it (object, 30 groups)', async () => {
    const { sunburst } = await grouped(ROOT_WNID, { by: 'count', count: 30 });
    expect(groupOf(arcNamed(sunburst, 'object'))).toBe('mixed');
    expect(groupOf(arcNamed(sunburst, 'physical entity'))).toBe('mixed');
    expect(shadow(sunburst).querySelector('[part=caption]')!.textContent).toMatch(/coloured by the groups of their classes/);
  });

  test("arcs at the cut-off depth take their classes' one group: spaniel and retriever are Restricted ImageNet's dogs", async () => {
    const { sunburst, grouping } = await grouped(DOG, { by: 'published', name: 'restricted-imagenet' });
    const dog = String(grouping.groups.find((group) => group.name === 'dog')!.index);
    for (const name of ['spaniel', 'retriever', 'sporting dog', 'hunting dog'])
      expect({ name, group: groupOf(arcNamed(sunburst, name)) }).toEqual({ name, group: dog });
    expect(arcNamed(sunburst, 'spaniel')!.querySelector('title')!.textContent).toContain('all in group dog');
  });

  test('the start view shows where the groups are: a band around the mixed rings, each group its share of the classes', async () => {
    const { sunburst, grouping } = await grouped(ROOT_WNID, { by: 'published', name: 'restricted-imagenet' });
    expect(arcs(sunburst, 1).every((arc) => groupOf(arc) === 'mixed' || groupOf(arc) === 'none')).toBe(true);
    const band = [...shadow(sunburst).querySelectorAll<SVGPathElement>('.band path')];
    const shown = new Set(band.map((segment) => segment.getAttribute('data-group')));
    for (const group of grouping.groups) expect(shown.has(String(group.index)), group.name).toBe(true);
    // Dog's stretches hold its 118 classes, as their tooltips say.
    const dog = grouping.groups.find((group) => group.name === 'dog')!.index;
    const dogClasses = band
      .filter((segment) => segment.getAttribute('data-group') === String(dog))
      .reduce((sum, segment) => sum + Number(/: (\d+) ILSVRC class/.exec(segment.querySelector('title')!.textContent!)![1]), 0);
    expect(dogClasses).toBe(118);
  });
});

describe('<synset-sunburst> a centre that is a class', () => {
  test("the half of the first ring a class's one child leaves is the centre itself, and says so", async () => {
    // Rowing: an ImageNet synset with one ImageNet synset below it, its child.
    const sunburst = await mountSunburst({ root: 'n00445351', filter: '21k' });
    expect(arcs(sunburst, 1)).toHaveLength(1);
    const itself = shadow(sunburst).querySelector('.itself')!;
    expect(itself).not.toBeNull();
    expect(itself.querySelector('text')!.textContent).toBe('itself');
    expect(itself.querySelector('title')!.textContent).toBe('rowing itself: one of the ImageNet synsets');
    // It fills what the child leaves: half the ring, on the other side.
    const child = arcs(sunburst, 1)[0]!.getBoundingClientRect();
    const own = itself.querySelector('path')!.getBoundingClientRect();
    expect(Math.abs(own.width - child.width)).toBeLessThan(2);
    expect(own.right).toBeLessThanOrEqual(child.left + 2);
    expect(shadow(sunburst).querySelector('[part=caption]')!.textContent).toContain('The dashed part of the first ring is rowing itself');
  });

  test('a centre that is no class has no such part', async () => {
    const sunburst = await mountSunburst({ root: DOG, filter: '1k' });
    expect(shadow(sunburst).querySelector('.itself')).toBeNull();
    expect(shadow(sunburst).querySelector('[part=caption]')!.textContent).not.toContain('itself');
  });
});
