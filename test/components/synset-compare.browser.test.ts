import { describe, expect, test } from 'vitest';
import { getSynsetClient } from '../../src/client/client.js';
import { SynsetCompareCloseEvent } from '../../src/components/events.js';
import '../../src/components/synset-compare/synset-compare.js';
import type { SynsetCompare } from '../../src/components/synset-compare/synset-compare.js';
import { LOAD_MS, mount, nextEvent, shadow, usePageClient, waitFor } from './page-client.js';

usePageClient('compare');

const DOG = 'n02084071';
const CAT = 'n02121620';
const CARNIVORE = 'n02075296';

async function mountCompare(attributes: Record<string, string>): Promise<SynsetCompare> {
  const compare = await mount('synset-compare', attributes);
  await waitFor(() => expect(shadow(compare).querySelector('svg')).not.toBeNull(), { timeout: LOAD_MS });
  return compare;
}

const points = (compare: SynsetCompare, side: string) =>
  [...shadow(compare).querySelectorAll<SVGGElement>(`g.point.side-${side}`)].map((g) => g.dataset['wnid']);
const figure = (compare: SynsetCompare, key: string) => shadow(compare).querySelector(`[data-figure=${key}] dd`)!.textContent;

describe('<synset-compare>', () => {
  test('names a custom list by its description, never by its hash', async () => {
    const { set } = await getSynsetClient().addLabelList('n02084071\nn02121620\n', 'pets');
    const compare = await mountCompare({ a: DOG, b: CAT, set: set.name });
    await waitFor(() => expect(shadow(compare).querySelector('[data-figure=severity] dt')!.textContent).toBe('Severity in pets'));
    expect(shadow(compare).textContent).not.toContain(set.name);
  });

  test('draws the two paths joined at their LCA: the trunk once, then a branch to each', async () => {
    const compare = await mountCompare({ a: DOG, b: CAT, set: '1k' });
    const { pathA, pathB } = await getSynsetClient().compare(DOG, CAT, '1k');
    const lcaAt = pathA.indexOf(CARNIVORE);
    expect(lcaAt).toBeGreaterThan(0);
    expect(points(compare, 'trunk')).toEqual(pathA.slice(0, lcaAt + 1));
    expect(points(compare, 'a')).toEqual(pathA.slice(lcaAt + 1));
    expect(points(compare, 'b')).toEqual(pathB.slice(lcaAt + 1));
    const lca = shadow(compare).querySelector('g.point.lca')!;
    expect(lca.getAttribute('data-wnid')).toBe(CARNIVORE);
    expect(lca.querySelector('text')!.textContent).toBe('carnivore');
    expect(shadow(compare).querySelector('g.point.end.side-a text')!.textContent).toBe('dog');
    expect(shadow(compare).querySelector('g.point.end.side-b text')!.textContent).toBe('cat');
    expect(shadow(compare).querySelector('svg')!.getAttribute('aria-label')).toBe('Hypernym paths of dog and cat, joined at carnivore');
  });

  test("the figures shown are client.compare's, severity relative to the set given", async () => {
    const compare = await mountCompare({ a: 'n01440764', b: 'n02099601', set: 'imagewoof' });
    const { distance } = await getSynsetClient().compare('n01440764', 'n02099601', 'imagewoof');
    expect(figure(compare, 'lcaDepth')).toBe(String(distance.lcaDepth));
    expect(figure(compare, 'pathLength')).toBe(String(distance.pathLength));
    expect(Number(figure(compare, 'pathSimilarity'))).toBeCloseTo(distance.pathSimilarity, 4);
    expect(Number(figure(compare, 'wupSimilarity'))).toBeCloseTo(distance.wupSimilarity, 4);
    expect(Number(figure(compare, 'lchSimilarity'))).toBeCloseTo(distance.lchSimilarity, 4);
    expect(figure(compare, 'severity')).toBe(String(distance.severity));
    expect(shadow(compare).querySelector('[data-figure=severity] dt')!.textContent).toBe('Severity in imagewoof');
    expect(figure(compare, 'lca')).toContain(distance.lca[0]!);
    // Relative to another set, the severity follows that set's height.
    const in1k = await getSynsetClient().compare('n01440764', 'n02099601', '1k');
    compare.set = '1k';
    await waitFor(() => expect(figure(compare, 'severity')).toBe(String(in1k.distance.severity)));
  });

  test('one synset below the other: it is the LCA, with a single branch', async () => {
    const compare = await mountCompare({ a: DOG, b: 'n02110958' });
    expect(shadow(compare).querySelector('g.point.lca')!.getAttribute('data-wnid')).toBe(DOG);
    expect(points(compare, 'a')).toEqual([]);
    expect(points(compare, 'b').at(-1)).toBe('n02110958');
    expect(figure(compare, 'pathLength')).toBe(String(points(compare, 'b').length));
  });

  test('a long name in bold keeps inside the drawing, in a phone-wide column', async () => {
    // Chesapeake Bay retriever and cliff: the longest label ends the left branch, in bold.
    const compare = await mountCompare({ a: 'n02099849', b: 'n09246464', style: 'display: block; width: 320px' });
    await waitFor(() => expect(shadow(compare).querySelector('g.point.end.side-a text')?.textContent).toBe('Chesapeake Bay retriever'));
    const svg = shadow(compare).querySelector<SVGSVGElement>('svg[part=drawing]')!;
    const [x, y, width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
    const outside = [...svg.querySelectorAll('text')].flatMap((text) => {
      const box = text.getBBox();
      const inside = box.x >= x && box.y >= y && box.x + box.width <= x + width && box.y + box.height <= y + height;
      return inside ? [] : [`${text.textContent} at ${Math.round(box.x)}…${Math.round(box.x + box.width)}`];
    });
    expect(outside).toEqual([]);
    // Scaled to the column, the drawing is no wider than it.
    expect(svg.getBoundingClientRect().width).toBeLessThanOrEqual(320);
  });

  test('the close button fires synset-compare-close with a', async () => {
    const compare = await mountCompare({ a: DOG, b: CAT });
    const closed = nextEvent<SynsetCompareCloseEvent>(compare, SynsetCompareCloseEvent.eventName);
    shadow(compare).querySelector<HTMLButtonElement>('button[part=close]')!.click();
    expect((await closed).wnid).toBe(DOG);
  });
});
