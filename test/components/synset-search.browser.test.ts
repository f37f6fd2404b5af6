import { describe, expect, onTestFinished, test, vi } from 'vitest';
import { TaskStatus } from '@lit/task';
import { userEvent } from 'vitest/browser';
import { getSynsetClient } from '../../src/client/client.js';
import { creditOf, findLanguage } from '../../src/core/language-catalog.js';
import '../../src/components/synset-search/synset-search.js';
import { SynsetSelectEvent } from '../../src/components/events.js';
import type { SynsetSearch } from '../../src/components/synset-search/synset-search.js';
import { LOAD_MS, mount, nextEvent, shadow, usePageClient, waitFor } from './page-client.js';

usePageClient('search');

const parts = (search: SynsetSearch) => {
  const root = shadow(search);
  return {
    input: root.querySelector('input')!,
    listbox: root.querySelector<HTMLElement>('[role=listbox]')!,
    options: () => [...root.querySelectorAll<HTMLElement>('[role=option]')],
  };
};

async function typeInto(search: SynsetSearch, text: string): Promise<void> {
  parts(search).input.focus();
  await userEvent.keyboard(text);
}

async function resultsFor(search: SynsetSearch, text: string): Promise<HTMLElement[]> {
  await typeInto(search, text);
  await waitFor(
    () => {
      expect(search.value).toBe(text);
      expect(parts(search).options().length).toBeGreaterThan(0);
    },
    { timeout: LOAD_MS },
  );
  await answered(search);
  return parts(search).options();
}

/** Waits for the latest keystroke's answer to be rendered. */
async function answered(search: SynsetSearch): Promise<void> {
  const results = () => (search as unknown as { results: { status: TaskStatus; value?: { question: readonly unknown[] } } }).results;
  await waitFor(
    () => {
      expect(results().status).toBe(TaskStatus.COMPLETE);
      // The answer to the text now in the field, not an earlier keystroke's: on a loaded machine
      // the last key's run may not have started yet (and its spinner's timer would run on).
      expect(results().value?.question[0] ?? '').toBe(search.value.trim());
    },
    { timeout: LOAD_MS },
  );
  await search.updateComplete;
}

/**
 * Holds the page client's search answers back until a test releases them, text by text: a
 * wrapper around the real client, installed from the test side. Each call's real answer is
 * fetched at once and held, so answers land in the order they are released.
 */
function holdSearches(): { release: (text: string) => Promise<void>; asked: () => string[] } {
  const client = getSynsetClient();
  const search = client.search.bind(client);
  const calls: { text: string; ready: Promise<unknown>; open: () => void; done: Promise<unknown> }[] = [];
  const spy = vi.spyOn(client, 'search').mockImplementation((text, options) => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const ready = search(text, options);
    const done = ready.then(async (hits) => {
      await gate;
      return hits;
    });
    calls.push({ text, ready, open, done });
    return done;
  });
  onTestFinished(() => {
    for (const call of calls) call.open();
    spy.mockRestore();
  });
  return {
    async release(text) {
      const held = calls.filter((call) => call.text === text);
      expect(held.length).toBeGreaterThan(0);
      for (const call of held) {
        await call.ready;
        call.open();
        await call.done;
      }
    },
    asked: () => calls.map((call) => call.text),
  };
}

/** Records the wnids the element's synset-select events carry. */
function picks(search: SynsetSearch): string[] {
  const wnids: string[] = [];
  const listener = (event: Event) => wnids.push((event as SynsetSelectEvent).wnid);
  search.addEventListener(SynsetSelectEvent.eventName, listener);
  onTestFinished(() => search.removeEventListener(SynsetSelectEvent.eventName, listener));
  return wnids;
}

describe('<synset-search>', () => {
  test('a slow answer shows a spinner until it comes', async () => {
    const search = await mount('synset-search');
    await resultsFor(search, 'gol');
    // The next keystroke's answer is held until the test lets it through: slow for sure.
    const held = holdSearches();
    await typeInto(search, 'd');
    await waitFor(() => expect(held.asked()).toContain('gold'));
    await waitFor(() => expect(shadow(search).querySelector('.spinner')).not.toBeNull());
    await held.release('gold');
    await answered(search);
    expect(search.value).toBe('gold');
    expect(shadow(search).querySelector('.spinner')).toBeNull();
  });

  test('a quick answer shows no spinner: each keystroke changes only the results', async () => {
    const search = await mount('synset-search');
    await resultsFor(search, 'gol');
    const spinners: Node[] = [];
    const observer = new MutationObserver((records) =>
      records.forEach((record) =>
        record.addedNodes.forEach((node) => (node as Element).classList?.contains('spinner') && spinners.push(node)),
      ),
    );
    observer.observe(shadow(search), { childList: true, subtree: true });
    // Quick for sure: the page's clock stands still until the answer is in, so the spinner's
    // delay cannot run out first however long a loaded machine takes to answer.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await typeInto(search, 'd');
      // The keystroke's own update (where the question turns pending), then the answer's.
      await search.updateComplete;
      await answered(search);
      expect(search.value).toBe('gold');
      expect(parts(search).options()[0]!.textContent).toContain('gold');
    } finally {
      observer.disconnect();
      // Timers set meanwhile (the spinner's, the client's id batches) run now, then the real clock is back.
      vi.runOnlyPendingTimers();
      vi.useRealTimers();
    }
    expect(spinners).toEqual([]);
  });

  test('is a WAI-ARIA combobox, closed until there are results', async () => {
    const search = await mount('synset-search');
    const { input, listbox } = parts(search);
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    expect(input.getAttribute('aria-label')).toBe('Search synsets');
    expect(listbox.hidden).toBe(true);
  });

  test('typing shows results with the matched text highlighted and class badges', async () => {
    const search = await mount('synset-search');
    const [first] = await resultsFor(search, 'tench');
    expect(parts(search).input.getAttribute('aria-expanded')).toBe('true');
    expect(first!.querySelector('.lemma')!.textContent).toBe('tench');
    expect(first!.querySelector('mark')!.textContent).toBe('tench');
    expect(first!.querySelector('.badge-1k')!.textContent).toBe('#0');
    expect(first!.querySelector('.badge-21k')).not.toBeNull();
    expect(first!.querySelector('.wnid')!.textContent).toBe('n01440764');
    await waitFor(() => expect(first!.querySelector('.gloss')!.textContent).toContain('freshwater'));
  });

  test('arrow keys move the active option; Enter picks it', async () => {
    const search = await mount('synset-search');
    await resultsFor(search, 'tench');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await search.updateComplete;
    const { input, options } = parts(search);
    expect(input.getAttribute('aria-activedescendant')).toBe('option-1');
    expect(options()[1]!.getAttribute('aria-selected')).toBe('true');
    expect(options()[0]!.getAttribute('aria-selected')).toBe('false');
    await userEvent.keyboard('{ArrowUp}');
    await search.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).toBe('option-0');
    const picked = nextEvent<SynsetSelectEvent>(document, SynsetSelectEvent.eventName);
    await userEvent.keyboard('{Enter}');
    const event = await picked;
    expect(event.wnid).toBe('n01440764');
    expect(event.bubbles && event.composed).toBe(true);
    await search.updateComplete;
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  test('Enter with nothing highlighted picks the best result', async () => {
    const search = await mount('synset-search');
    await resultsFor(search, 'tench');
    const picked = nextEvent<SynsetSelectEvent>(search, SynsetSelectEvent.eventName);
    await userEvent.keyboard('{Enter}');
    expect((await picked).wnid).toBe('n01440764');
  });

  test('Enter before the answer has come picks the best result for the text typed, when it comes', async () => {
    const search = await mount('synset-search');
    const held = holdSearches();
    const picked = picks(search);
    await typeInto(search, 'tench');
    await waitFor(() => expect(held.asked()).toContain('tench'));
    await userEvent.keyboard('{Enter}');
    await search.updateComplete;
    expect(picked).toEqual([]);
    await held.release('tench');
    await waitFor(() => expect(picked).toEqual(['n01440764']));
    await search.updateComplete;
    expect(parts(search).input.getAttribute('aria-expanded')).toBe('false');
    expect(search.value).toBe('tench');
  });

  test('Enter does not pick from the results of an earlier text still on show', async () => {
    const search = await mount('synset-search');
    await resultsFor(search, 'dog');
    const [best] = await getSynsetClient().search('dogfish', { in: 'all', limit: 20 });
    expect(best!.wnid).not.toBe('n02084071');
    const held = holdSearches();
    const picked = picks(search);
    await typeInto(search, 'fish');
    await waitFor(() => expect(held.asked()).toContain('dogfish'));
    await userEvent.keyboard('{Enter}');
    await search.updateComplete;
    expect(picked).toEqual([]);
    await held.release('dogfish');
    await waitFor(() => expect(picked).toEqual([best!.wnid]));
  });

  test.each(['the older answer first', 'the newer answer first'])('Enter picks from the answer to the latest text, %s', async (order) => {
    const search = await mount('synset-search');
    const [best] = await getSynsetClient().search('dogfish', { in: 'all', limit: 20 });
    const held = holdSearches();
    const picked = picks(search);
    await typeInto(search, 'dogfish');
    await waitFor(() => expect(held.asked()).toContain('dogfish'));
    await userEvent.keyboard('{Enter}');
    const texts = order === 'the older answer first' ? ['dog', 'dogfish'] : ['dogfish', 'dog'];
    for (const text of texts) await held.release(text);
    await waitFor(() => expect(picked).toEqual([best!.wnid]));
    for (const text of ['d', 'do', 'dogf', 'dogfi', 'dogfis']) await held.release(text);
    await search.updateComplete;
    expect(picked).toEqual([best!.wnid]);
    // The list, opened again, shows the latest text's answer.
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(parts(search).options()[0]?.querySelector('.wnid')?.textContent).toBe(best!.wnid));
  });

  test('Enter on a text that matches nothing picks nothing, says so, and is not kept for a later text', async () => {
    const search = await mount('synset-search');
    await resultsFor(search, 'tench');
    const held = holdSearches();
    const picked = picks(search);
    await typeInto(search, 'qqqq');
    await waitFor(() => expect(held.asked()).toContain('tenchqqqq'));
    await userEvent.keyboard('{Enter}');
    await held.release('tenchqqqq');
    const message = shadow(search).querySelector<HTMLElement>('.message')!;
    await waitFor(() => expect(message.hidden).toBe(false));
    expect(message.textContent).toContain('No synset matches');
    expect(message.classList.contains('error')).toBe(false);
    await userEvent.keyboard('{Backspace}'.repeat(4));
    await held.release('tench');
    await waitFor(() => expect(parts(search).options().length).toBeGreaterThan(0));
    await search.updateComplete;
    expect(picked).toEqual([]);
  });

  test('a click picks a result', async () => {
    const search = await mount('synset-search');
    const options = await resultsFor(search, 'goldfish');
    const picked = nextEvent<SynsetSelectEvent>(search, SynsetSelectEvent.eventName);
    await userEvent.click(options[0]!);
    expect((await picked).wnid).toBe('n01443537');
  });

  test.each([
    ['n02084071', 'dog'],
    ['dog.n.01', 'dog'],
    ['207', 'golden retriever'],
  ])('accepts the id %s', async (id, lemma) => {
    const search = await mount('synset-search');
    const [first] = await resultsFor(search, id);
    expect(first!.querySelector('.lemma')!.textContent).toBe(lemma);
  });

  test('Escape closes the list, then clears the field', async () => {
    const search = await mount('synset-search');
    await resultsFor(search, 'tench');
    await userEvent.keyboard('{Escape}');
    await search.updateComplete;
    expect(parts(search).input.getAttribute('aria-expanded')).toBe('false');
    expect(search.value).toBe('tench');
    await userEvent.keyboard('{Escape}');
    await search.updateComplete;
    expect(search.value).toBe('');
    expect(parts(search).input.value).toBe('');
  });

  test('a failed search leaves its error as soon as the client loads data again', async () => {
    const client = getSynsetClient();
    const search = client.search.bind(client);
    const recovered: ((error: Error | undefined) => void)[] = [];
    // The client's signal, taken from the test side: the element subscribes when it connects.
    const listen = vi.spyOn(client, 'onLoadError').mockImplementation((listener) => (recovered.push(listener), () => {}));
    let fail = true;
    const failing = vi
      .spyOn(client, 'search')
      .mockImplementation((text, options) =>
        fail
          ? Promise.reject(Object.assign(new Error('the data could not be downloaded'), { name: 'BundleLoadError' }))
          : search(text, options),
      );
    onTestFinished(() => {
      listen.mockRestore();
      failing.mockRestore();
    });
    const element = await mount('synset-search');
    await typeInto(element, 'tench');
    await waitFor(() => expect(shadow(element).querySelector('.message.error')?.textContent).toContain('Search failed'), {
      timeout: LOAD_MS,
    });
    fail = false;
    for (const listener of recovered) listener(undefined);
    await waitFor(() => expect(parts(element).options().length).toBeGreaterThan(0), { timeout: LOAD_MS });
    expect(shadow(element).querySelector('.message.error')).toBeNull();
  });

  test('says so when nothing matches', async () => {
    const search = await mount('synset-search');
    await typeInto(search, 'qqqqxqqqq');
    const message = shadow(search).querySelector<HTMLElement>('.message')!;
    await waitFor(() => expect(message.hidden).toBe(false), { timeout: 10_000 });
    expect(message.textContent).toContain('No synset matches');
  });
});

describe('<synset-search> within a label space', () => {
  test('a word naming a synset outside the set finds its classes below it, marked with what they sit under', async () => {
    const search = await mount('synset-search', { filter: '1k' });
    const options = await resultsFor(search, 'airplane');
    const airliner = options.find((option) => option.querySelector('.lemma')!.textContent === 'airliner');
    expect(airliner?.querySelector('[part=via]')?.textContent).toBe('— under airplane');
    expect(options.every((option) => option.querySelector('.badge-1k') !== null)).toBe(true);
  });

  test('a direct match carries no such mark', async () => {
    const search = await mount('synset-search', { filter: '1k' });
    const [first] = await resultsFor(search, 'tench');
    expect(first!.querySelector('.lemma')!.textContent).toBe('tench');
    expect(first!.querySelector('[part=via]')).toBeNull();
  });

  test('within another set, each result shows its class index there instead of the 1k and 21k badges', async () => {
    const search = await mount('synset-search', { filter: 'imagenet-r' });
    const [first] = await resultsFor(search, 'goldfish');
    expect(first!.querySelector('.wnid')!.textContent).toBe('n01443537');
    const badge = first!.querySelector('.badge-set')!;
    expect(badge.textContent).toBe('#0');
    expect(badge.getAttribute('title')).toBe('Class index in imagenet-r');
    expect(first!.querySelector('.badge-1k, .badge-21k')).toBeNull();
  });
});

describe('<synset-search> when the space changes', () => {
  const popupShown = (search: SynsetSearch) =>
    !parts(search).listbox.hidden || !shadow(search).querySelector<HTMLElement>('.message')!.hidden;

  test('another space does not open the popup on the text typed for the one before, not even when the field is focused again; typing does', async () => {
    const search = await mount('synset-search');
    await resultsFor(search, 'airplane');
    // The explorer gives the search another space (the picker, an address) with the text still
    // in the field; within Imagenette nothing answers "airplane".
    search.filter = 'imagenette';
    await answered(search);
    expect(search.value).toBe('airplane');
    expect(popupShown(search)).toBe(false);
    expect(parts(search).input.getAttribute('aria-expanded')).toBe('false');
    parts(search).input.blur();
    parts(search).input.focus();
    await search.updateComplete;
    expect(popupShown(search)).toBe(false);
    // Asked again, by typing: the answer in this space shows, "nothing" included.
    await userEvent.keyboard('{Backspace}');
    await answered(search);
    await waitFor(() => expect(popupShown(search)).toBe(true));
  });
});

describe('<synset-search> with the names toggle', () => {
  test("a class shows its name in the names' style, the lemma that matched beside it", async () => {
    const client = getSynsetClient();
    const simple = await client.classLabels('1k', 'simple');
    const lemmas = (await client.names(Array.from({ length: 40 }, (_, k) => String(k)))).map((outcome) =>
      'synset' in outcome ? outcome.synset.label : '',
    );
    // The first 1k class whose simple name is not its first lemma (hammerhead: "hammerhead shark").
    const k = lemmas.findIndex((lemma, index) => lemma.toLowerCase() !== simple[index]!.toLowerCase());
    expect(k).toBeGreaterThanOrEqual(0);
    // The explorer under the 21k: all nouns searched, the 21k's classes named.
    const search = await mount('synset-search', { names: 'simple', 'names-in': '1k' });
    const [first] = await resultsFor(search, lemmas[k]!);
    await waitFor(() => expect(first!.querySelector('.lemma')!.textContent).toBe(simple[k]));
    expect(first!.querySelector('mark')!.textContent!.toLowerCase()).toBe(lemmas[k]!.toLowerCase());
    // WordNet's names: the lemma again.
    search.names = 'wordnet';
    await search.updateComplete;
    expect(parts(search).options()[0]!.querySelector('.lemma')!.textContent).toBe(lemmas[k]);
  });
});

describe('<synset-search> with ids of other WordNets', () => {
  test.each(['i46360', 'wn31:02086723-n', 'wn31:n02086723', 'oewn-02086723-n'])('%s finds dog, and Enter picks it', async (id) => {
    const search = await mount('synset-search');
    const wnids = picks(search);
    const [first] = await resultsFor(search, id);
    expect(first!.textContent).toContain('n02084071');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(wnids).toEqual(['n02084071']));
  });

  test('a wnid copied from WordNet 3.1 matches nothing, and the box says which 3.0 synset it is', async () => {
    const search = await mount('synset-search');
    await typeInto(search, 'n02086723');
    const message = shadow(search).querySelector<HTMLElement>('.message')!;
    await waitFor(() => expect(message.querySelector('.why')).not.toBeNull(), { timeout: LOAD_MS });
    expect(message.hidden).toBe(false);
    expect(message.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      "No synset matches. no WordNet 3.0 noun synset n02086723; it is a WordNet 3.1 id: wn31:02086723-n is WordNet 3.0's n02084071 (dog.n.01)",
    );
  });

  test('a WordNet 3.1 id that names no single 3.0 synset says why', async () => {
    const search = await mount('synset-search');
    await typeInto(search, 'wn31:03872233-n');
    await waitFor(
      () => expect(shadow(search).querySelector('.why')?.textContent).toMatch(/^wn31:03872233-n is one synset in WordNet 3\.1 for 4/),
      {
        timeout: LOAD_MS,
      },
    );
  });

  test('a word that matches nothing gets no reason', async () => {
    const search = await mount('synset-search');
    await typeInto(search, 'qqqqxqqqq');
    await answered(search);
    const message = shadow(search).querySelector<HTMLElement>('.message')!;
    await waitFor(() => expect(message.hidden).toBe(false), { timeout: 10_000 });
    expect(message.querySelector('.why')).toBeNull();
  });
});

describe('<synset-search> in another language', () => {
  test("results in the language's words credit their source under the list, which closes with it; English results credit nothing", async () => {
    const french = await mount('synset-search', { lang: 'fr' });
    const options = await resultsFor(french, 'chien');
    expect(options[0]!.querySelector('.lemma')?.getAttribute('lang')).toBe('fr');
    const info = findLanguage({ about: '', languages: await getSynsetClient().languages() }, 'fr')!;
    const credit = () => shadow(french).querySelector<HTMLElement>('[part=credit]');
    await waitFor(() => expect(credit()?.textContent).toBe(creditOf(info)), { timeout: LOAD_MS });
    const popup = shadow(french).querySelector<HTMLElement>('[part=popup]')!;
    expect(popup.contains(credit())).toBe(true);
    expect(popup.hidden).toBe(false);
    await userEvent.keyboard('{Escape}');
    await french.updateComplete;
    expect(popup.hidden).toBe(true);
    expect(credit()).toBeNull();

    const english = await mount('synset-search', { lang: 'en' });
    await resultsFor(english, 'dog');
    await english.updateComplete;
    expect(shadow(english).querySelector('[part=credit]')).toBeNull();
  });
});
