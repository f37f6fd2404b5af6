import { describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { getSynsetClient } from '../../src/client/client.js';
import { SynsetComparePickEvent, SynsetSelectEvent } from '../../src/components/events.js';
import '../../src/components/synset-card/synset-card.js';
import type { SynsetCard } from '../../src/components/synset-card/synset-card.js';
import { LOAD_MS, mount, nextEvent, shadow, usePageClient, waitFor } from './page-client.js';

usePageClient('card');

async function mountCard(wnid: string): Promise<SynsetCard> {
  const card = await mount('synset-card', { wnid });
  await waitFor(() => expect(shadow(card).querySelector('h2')).not.toBeNull(), { timeout: LOAD_MS });
  return card;
}

const text = (card: SynsetCard, selector: string) => shadow(card).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

/** Replaces the clipboard for one test: headless Chromium has no clipboard to read back. */
function recordClipboard(): string[] {
  const written: string[] = [];
  vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (value: string) => void written.push(value));
  return written;
}

describe('<synset-card>', () => {
  test('shows lemmas, gloss, ids, class index and membership', async () => {
    const card = await mountCard('n01440764');
    expect(text(card, 'h2')).toBe('tench');
    expect(text(card, '.lemmas')).toBe('also Tinca tinca');
    expect(text(card, '.gloss')).toContain('freshwater dace-like game fish');
    expect(text(card, 'header')).toContain('ILSVRC class 0');
    expect(text(card, 'header')).toContain('ImageNet-21k');
    const identity = text(card, '.identity')!;
    expect(identity).toContain('n01440764');
    expect(identity).toContain('tench.n.01');
    expect(identity).toContain('class 0');
  });

  test('shows every hypernym path, through fish', async () => {
    const card = await mountCard('n01440764');
    const path = shadow(card).querySelector('synset-path')!;
    await waitFor(() => expect(shadow(path).querySelectorAll('[part=step]').length).toBeGreaterThan(5), { timeout: 10_000 });
    const steps = [...shadow(path).querySelectorAll('[part=step]')].map((step) => step.textContent);
    expect(steps).toContain('fish');
    expect(steps[0]).toBe('entity');
  });

  test('examples are quoted, and children are links that select', async () => {
    const card = await mountCard('n02084071');
    expect(text(card, '.examples')).toBe('“the dog barked all night”');
    const children = [...shadow(card).querySelectorAll<HTMLAnchorElement>('[part=child]')];
    expect(children.map((a) => a.textContent)).toContain('puppy');
    const puppy = children.find((a) => a.textContent === 'puppy')!;
    expect(puppy.getAttribute('href')).toBe(`#/${puppy.dataset['wnid']}`);
    const selected = nextEvent<SynsetSelectEvent>(document, SynsetSelectEvent.eventName);
    const hashBefore = location.hash;
    await userEvent.click(puppy);
    expect((await selected).wnid).toBe(puppy.dataset['wnid']);
    expect(location.hash).toBe(hashBefore);
  });

  test('long child lists show a page and a button for the rest', async () => {
    const card = await mountCard('n08524735');
    expect(shadow(card).querySelectorAll('[part=child]')).toHaveLength(60);
    const more = [...shadow(card).querySelectorAll('button')].find((b) => b.textContent!.includes('Show all'))!;
    expect(more.textContent).toContain('Show all 664 children');
    await userEvent.click(more);
    await waitFor(() => expect(shadow(card).querySelectorAll('[part=child]')).toHaveLength(664));
  });

  test('copy buttons copy the wnid and the name', async () => {
    const written = recordClipboard();
    const card = await mountCard('n02084071');
    await userEvent.click(shadow(card).querySelector('[aria-label="Copy wnid"]')!);
    await userEvent.click(shadow(card).querySelector('[aria-label="Copy name"]')!);
    expect(written).toEqual(['n02084071', 'dog.n.01']);
    await waitFor(() => expect(text(card, '.copy-status')).toBe('Copied name dog.n.01.'));
  });

  test("copies the subtree's wnids as text or JSON, per membership", async () => {
    const written = recordClipboard();
    const card = await mountCard('n02084071');
    const expected1k = await getSynsetClient().descendants('n02084071', { in: '1k' });
    expect(expected1k).toHaveLength(118);
    const select = shadow(card).querySelector('select')!;
    select.value = '1k';
    select.dispatchEvent(new Event('change'));
    await card.updateComplete;
    const [asText, asJson] = [...shadow(card).querySelectorAll<HTMLButtonElement>('.copy-subtree button')];
    await userEvent.click(asJson!);
    await waitFor(() => expect(written).toHaveLength(1));
    expect(JSON.parse(written[0]!)).toEqual(expected1k);
    await waitFor(() => expect(text(card, '.copy-status')).toBe('Copied 118 wnids (ILSVRC-2012 (1k)) as JSON.'));
    await userEvent.click(asText!);
    await waitFor(() => expect(written).toHaveLength(2));
    expect(written[1]!.split('\n')).toEqual(expected1k);
  });

  test('a membership with nothing below is not offered for copying: it says so', async () => {
    const written = recordClipboard();
    // character.n.06: one hyponym, outside ImageNet.
    const card = await mountCard('n04616916');
    const options = [...shadow(card).querySelectorAll<HTMLOptionElement>('.copy-subtree option')];
    expect(options.map((option) => [option.value, option.textContent!.trim(), option.disabled])).toEqual([
      ['all', 'all nouns (1)', false],
      ['21k', 'ImageNet-21k: nothing to copy', true],
      ['1k', 'ILSVRC-2012 (1k): nothing to copy', true],
    ]);
    expect(shadow(card).querySelector('select')!.value).toBe('all');
    await userEvent.click(shadow(card).querySelector<HTMLButtonElement>('.copy-subtree button')!);
    await waitFor(() => expect(written).toHaveLength(1));
    expect(written[0]!.split('\n')).toHaveLength(1);
  });

  test('descendant counts for all nouns, 21k and 1k', async () => {
    const card = await mountCard('n02084071');
    const synset = await getSynsetClient().lookup('n02084071');
    const counts = [...shadow(card).querySelectorAll('.count dd')].map((dd) => dd.textContent);
    expect(counts).toEqual([synset.descendants, synset.desc21k, synset.desc1k].map((n) => n.toLocaleString('en')));
  });

  test('with a label space of its own set, counts and copies that set’s classes below too', async () => {
    const written = recordClipboard();
    const card = await mount('synset-card', { wnid: 'n02084071', filter: 'imagewoof' });
    const below = await getSynsetClient().descendants('n02084071', { in: 'imagewoof' });
    expect(below.length).toBeGreaterThan(0);
    await waitFor(() => expect(text(card, '.count-set')).toBe(`imagewoof ${below.length}`), { timeout: LOAD_MS });
    const select = shadow(card).querySelector('select')!;
    expect([...select.options].map((option) => option.value)).toEqual(['all', '21k', '1k', 'imagewoof']);
    select.value = 'imagewoof';
    select.dispatchEvent(new Event('change'));
    await card.updateComplete;
    await userEvent.click(shadow(card).querySelector<HTMLButtonElement>('.copy-subtree button')!);
    await waitFor(() => expect(written).toHaveLength(1));
    expect(written[0]!.split('\n')).toEqual(below);
    expect(text(card, '.copy-status')).toBe(`Copied ${below.length} wnids (imagewoof) as text.`);
    // The 21k (the card's own look) adds no fourth count.
    card.filter = '21k';
    await waitFor(() => expect(shadow(card).querySelector('.count-set')).toBeNull());
    expect(shadow(card).querySelectorAll('.count')).toHaveLength(3);
  });

  test('an id that does not resolve shows why', async () => {
    const card = await mount('synset-card', { wnid: 'n99999999' });
    await waitFor(() => expect(shadow(card).querySelector('[role=alert]')?.textContent).toContain('n99999999'), { timeout: 10_000 });
  });

  test('a new wnid replaces the content', async () => {
    const card = await mountCard('n01440764');
    card.wnid = 'dog.n.01';
    await waitFor(() => expect(text(card, 'h2')).toBe('dog'));
  });
});

describe('<synset-card> label spaces', () => {
  test('lists the synset’s class index in every set that has it', async () => {
    const card = await mountCard('n01440764');
    const entries = () => [...shadow(card).querySelectorAll('[part=set-index]')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    await waitFor(() => expect(entries().length).toBeGreaterThan(2));
    const expected = await getSynsetClient().setIndices('n01440764');
    expect(entries()).toEqual(expected.map(({ set, index }) => `${set} #${index}`));
    expect(entries()).toEqual(expect.arrayContaining(['1k #0', 'imagenette #0']));
    expect(entries()).not.toContainEqual(expect.stringMatching(/^imagenet-r /));
  });

  test('a synset in no set says so', async () => {
    const card = await mountCard('n00001740');
    await waitFor(() => expect(text(card, '[aria-labelledby=indices-title] p')).toBe('In no label space: not a class of any list.'));
  });
});

describe('<synset-card> side sections', () => {
  test('asks for its ids in other WordNets and its class indices only once its own content has come', async () => {
    const client = getSynsetClient();
    const { lookup, versionIds, setIndices } = { lookup: client.lookup, versionIds: client.versionIds, setIndices: client.setIndices };
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const asked: string[] = [];
    const lookups = vi.spyOn(client, 'lookup').mockImplementation(async (id) => (await held, lookup.call(client, id)));
    vi.spyOn(client, 'versionIds').mockImplementation(async (id) => (asked.push(`versionIds ${id}`), versionIds.call(client, id)));
    vi.spyOn(client, 'setIndices').mockImplementation(async (id) => (asked.push(`setIndices ${id}`), setIndices.call(client, id)));
    try {
      const card = await mount('synset-card', { wnid: 'n01440764' });
      await waitFor(() => expect(lookups).toHaveBeenCalledWith('n01440764'));
      // Their queries (the version map's parse, every label list's read) would go ahead of the definition.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(asked).toEqual([]);
      release();
      await waitFor(() => expect(text(card, 'h2')).toBe('tench'), { timeout: LOAD_MS });
      await waitFor(() => expect(asked.sort()).toEqual(['setIndices n01440764', 'versionIds n01440764']));
      await waitFor(() => expect(shadow(card).querySelectorAll('[part=set-index]').length).toBeGreaterThan(2));
      await waitFor(() => expect(text(card, '[aria-labelledby=versions-title]')).toMatch(/ILI i\d+/));
    } finally {
      vi.restoreAllMocks();
    }
  });
});

describe('<synset-card> in a page and a label space', () => {
  const DOG = 'n02084071';

  test("alone it offers no 'compare with…', which would do nothing; with compare, a page that listens gets the pick", async () => {
    const alone = await mountCard(DOG);
    expect(shadow(alone).querySelector('[part=compare-button]')).toBeNull();
    const card = await mount('synset-card', { wnid: DOG, compare: '' });
    await waitFor(() => expect(shadow(card).querySelector('[part=compare-button]')).not.toBeNull(), { timeout: LOAD_MS });
    const picked = nextEvent<SynsetComparePickEvent>(card, SynsetComparePickEvent.eventName);
    shadow(card).querySelector<HTMLButtonElement>('[part=compare-button]')!.click();
    expect((await picked).wnid).toBe(DOG);
  });

  test("the names toggle names a class's title; its WordNet lemmas follow", async () => {
    const client = getSynsetClient();
    const simple = await client.classLabels('1k', 'simple');
    const lemmas = (await client.names(Array.from({ length: 40 }, (_, k) => String(k)))).map((outcome) =>
      'synset' in outcome ? outcome.synset.label : '',
    );
    // The first 1k class whose simple name is not its first lemma.
    const k = lemmas.findIndex((lemma, index) => lemma.toLowerCase() !== simple[index]!.toLowerCase());
    expect(k).toBeGreaterThanOrEqual(0);
    const card = await mount('synset-card', { wnid: String(k), filter: '1k', names: 'simple' });
    await waitFor(() => expect(text(card, 'h2')).toBe(simple[k]), { timeout: LOAD_MS });
    expect(text(card, '.lemmas')).toContain(lemmas[k]);
    // WordNet's names: the first lemma again.
    card.names = 'wordnet';
    await waitFor(() => expect(text(card, 'h2')).toBe(lemmas[k]));
  });

  test('under a label space, the children its tree leaves out are marked, and counted', async () => {
    const client = getSynsetClient();
    const [all, in1k] = await Promise.all([client.children(DOG, { in: 'all' }), client.children(DOG, { in: '1k' })]);
    const shown = new Set(in1k.rows.map((row) => row.wnid));
    const left = all.rows.filter((row) => !shown.has(row.wnid)).map((row) => row.lemma);
    expect(left.length).toBeGreaterThan(0);
    expect(shown.size).toBeGreaterThan(0);
    const card = await mount('synset-card', { wnid: DOG, filter: '1k' });
    await waitFor(() => expect(shadow(card).querySelector('.outside-note')).not.toBeNull(), { timeout: LOAD_MS });
    expect(text(card, '.outside-note')).toContain(`${left.length} of ${all.total} lie outside ILSVRC-2012 (1k)`);
    const marked = [...shadow(card).querySelectorAll('.children li.outside a')].map((a) => a.textContent);
    expect(marked.sort()).toEqual(left.sort());
    // All nouns leave nothing out.
    card.filter = 'all';
    await waitFor(() => expect(shadow(card).querySelector('.children li.outside, .outside-note')).toBeNull());
  });

  test("the copy menu starts with the page's label space", async () => {
    const under1k = await mount('synset-card', { wnid: DOG, filter: '1k' });
    await waitFor(() => expect(shadow(under1k).querySelector<HTMLSelectElement>('.copy-subtree select')?.value).toBe('1k'), {
      timeout: LOAD_MS,
    });
    const underWoof = await mount('synset-card', { wnid: DOG, filter: 'imagewoof' });
    await waitFor(() => expect(shadow(underWoof).querySelector<HTMLSelectElement>('.copy-subtree select')?.value).toBe('imagewoof'));
    const alone = await mountCard(DOG);
    expect(shadow(alone).querySelector<HTMLSelectElement>('.copy-subtree select')!.value).toBe('21k');
  });
});

describe('<synset-card> ids of other WordNets', () => {
  const versions = (card: SynsetCard) => shadow(card).querySelector('[aria-labelledby=versions-title]')!;

  test('shows the ILI, the WordNet 3.1 id and the Open English WordNet id, linked to its page, crediting CILI', async () => {
    const card = await mountCard('n02084071');
    await waitFor(() => expect(text(card, '.versions')).toContain('i46360'), { timeout: LOAD_MS });
    expect(text(card, '.versions')).toBe('ILI i46360 Copy WordNet 3.1 02086723-n Copy Open English WordNet oewn-02086723-n');
    const link = shadow(card).querySelector<HTMLAnchorElement>('[part=oewn-link]')!;
    expect(link.href).toBe('https://en-word.net/id/oewn-02086723-n');
    const credit = versions(card).querySelector('.credit')!;
    expect(credit.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'ILI and WordNet 3.1 ids from the Collaborative Interlingual Index (CC BY 4.0).',
    );
    expect(credit.querySelector('a')!.href).toBe('https://github.com/globalwordnet/cili');
  });

  test('a noun WordNet 3.1 deprecated has no 3.1 or OEWN id, and says why', async () => {
    const card = await mountCard('n03019434');
    await waitFor(() => expect(text(card, '.version-note')).toBe('Deprecated in WordNet 3.1, which has no synset for it.'), {
      timeout: LOAD_MS,
    });
    expect(text(card, '.versions')).toMatch(/^ILI i\d+ Copy WordNet 3\.1 none Open English WordNet none$/);
    expect(shadow(card).querySelector('[part=oewn-link]')).toBeNull();
  });

  test('opens on an id of another WordNet, and copies the ILI', async () => {
    const written = recordClipboard();
    const card = await mountCard('wn31:02086723-n');
    expect(text(card, 'h2')).toBe('dog');
    await waitFor(() => expect(shadow(card).querySelector('[aria-label="Copy ILI"]')).not.toBeNull(), { timeout: LOAD_MS });
    await userEvent.click(shadow(card).querySelector('[aria-label="Copy ILI"]')!);
    expect(written).toEqual(['i46360']);
  });
});
