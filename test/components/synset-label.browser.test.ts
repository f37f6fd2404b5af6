import { describe, expect, onTestFinished, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { getSynsetClient } from '../../src/client/client.js';
import '../../src/components/synset-label/synset-label.js';
import type { SynsetLabel } from '../../src/components/synset-label/synset-label.js';
import { LOAD_MS, mount, shadow, usePageClient, waitFor } from './page-client.js';

const pageWorker = usePageClient('label');

const labelOf = (element: SynsetLabel) => shadow(element).querySelector<HTMLElement>('[part=label]')!;

async function mountLabel(attributes: Record<string, string>): Promise<SynsetLabel> {
  const element = await mount('synset-label', attributes);
  await waitFor(() => expect(labelOf(element).className).toBe(''), { timeout: LOAD_MS });
  return element;
}

/** A label written in a paragraph with text of its own, as a page would (upgraded with its children). */
async function mountAuthored(wnid: string, text: string): Promise<SynsetLabel> {
  const paragraph = await mount('p');
  paragraph.innerHTML = `The <synset-label wnid="${wnid}">${text}</synset-label> is a fish.`;
  const element = paragraph.querySelector('synset-label')!;
  await element.updateComplete;
  return element;
}

/**
 * Holds the page client's names back until `release()`, so a test sees the loading state: a
 * wrapper around the real client (which still answers), installed from the test side.
 */
function holdNames(): () => void {
  const client = getSynsetClient();
  const nameBatched = client.nameBatched.bind(client);
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const spy = vi.spyOn(client, 'nameBatched').mockImplementation(async (id) => {
    await released;
    return nameBatched(id);
  });
  onTestFinished(() => {
    release();
    spy.mockRestore();
  });
  return release;
}

/** The author's text the label's slot shows, or '' when there is no slot or it is hidden. */
function slottedText(element: SynsetLabel): string {
  const slot = labelOf(element).querySelector('slot');
  if (!slot || slot.hidden) return '';
  return slot
    .assignedNodes()
    .map((node) => node.textContent)
    .join('');
}

/** The width the light DOM's text takes on screen: 0 when it is not rendered. */
function renderedWidth(element: SynsetLabel): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect().width;
}

describe('<synset-label>', () => {
  test('shows the first lemma as focusable text, its gloss in a tooltip on focus', async () => {
    const element = await mountLabel({ wnid: 'n01440764' });
    const label = labelOf(element);
    expect(label.textContent).toBe('tench');
    expect(label.getAttribute('tabindex')).toBe('0');
    expect(shadow(element).querySelector('[role=tooltip]')).toBeNull();
    label.focus();
    await element.updateComplete;
    const tooltip = shadow(element).querySelector('[role=tooltip]')!;
    expect(tooltip.textContent).toContain('tench.n.01');
    await waitFor(() => expect(tooltip.textContent).toContain('freshwater dace-like game fish'));
    expect(label.getAttribute('aria-describedby')).toBe(tooltip.id);
    await userEvent.keyboard('{Escape}');
    await element.updateComplete;
    expect(shadow(element).querySelector('[role=tooltip]')).toBeNull();
  });

  test('opens the tooltip on hover', async () => {
    const element = await mountLabel({ wnid: 'dog.n.01' });
    await userEvent.hover(labelOf(element));
    await waitFor(() => expect(shadow(element).querySelector('[role=tooltip]')?.textContent).toContain('dog.n.01'));
    await waitFor(() => expect(shadow(element).querySelector('[role=tooltip]')?.textContent).toContain('a member of the genus Canis'));
  });

  test('with href, links to the explorer at #/wnid', async () => {
    const element = await mountLabel({ wnid: '207', href: '/explorer/index.html#/n00001740' });
    const link = labelOf(element) as HTMLAnchorElement;
    expect(link.localName).toBe('a');
    expect(link.textContent).toBe('golden retriever');
    expect(link.getAttribute('href')).toBe('/explorer/index.html#/n02099601');
  });

  test.each([
    ['https://example.org/explorer/', 'https://example.org/explorer/#/n02099601'],
    ['http://example.org/explorer/#/n00001740', 'http://example.org/explorer/#/n02099601'],
    ['explorer.html', 'explorer.html#/n02099601'],
    ['../explorer/?lang=en', '../explorer/?lang=en#/n02099601'],
    ['//example.org/explorer/', '//example.org/explorer/#/n02099601'],
    ['#', '#/n02099601'],
  ])('links with the web or relative address %j', async (href, expected) => {
    const element = await mountLabel({ wnid: '207', href });
    expect(labelOf(element).localName).toBe('a');
    expect(labelOf(element).getAttribute('href')).toBe(expected);
  });

  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' \tjava\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:someone@example.org',
    'file:///etc/passwd',
    'http://[not a host',
  ])('with any other address (%j), is focusable text, not a link', async (href) => {
    const element = await mountLabel({ wnid: '207', href });
    const label = labelOf(element);
    expect(label.localName).toBe('span');
    expect(label.textContent).toBe('golden retriever');
    expect(label.getAttribute('tabindex')).toBe('0');
    expect(shadow(element).querySelector('a, [href]')).toBeNull();
    expect(element.linkHref).toBe('');
  });

  test('an id that does not resolve keeps the id, marked as an error', async () => {
    const element = await mount('synset-label', { wnid: 'n00000000' });
    await waitFor(() => expect(labelOf(element).className).toBe('error'), { timeout: 10_000 });
    expect(labelOf(element).textContent).toBe('n00000000');
    expect(labelOf(element).title).toContain('n00000000');
  });

  test("shows the author's text while the name loads, then the name in its place", async () => {
    const release = holdNames();
    const element = await mountAuthored('n01440764', 'Tinca tinca');
    const label = labelOf(element);
    expect(label.className).toBe('loading');
    expect(slottedText(element)).toBe('Tinca tinca');
    expect(renderedWidth(element)).toBeGreaterThan(0);
    // innerText is what the shadow tree renders itself: no stand-in wnid beside the slot.
    expect(label.innerText).not.toContain('n01440764');
    release();
    await waitFor(() => expect(label.className).toBe(''), { timeout: LOAD_MS });
    expect(label.textContent).toBe('tench');
    // The name replaces the author's text rather than joining it.
    expect(slottedText(element)).toBe('');
    expect(renderedWidth(element)).toBe(0);
  });

  test("the author's text takes the name's box while loading: nothing on the line moves", async () => {
    const release = holdNames();
    // The same text as the name, so the box must not change at all.
    const element = await mountAuthored('n01440764', 'tench');
    const label = labelOf(element);
    const after = element.nextSibling!;
    const following = (): DOMRect => {
      const range = document.createRange();
      range.selectNodeContents(after);
      return range.getBoundingClientRect();
    };
    const loading = { label: label.getBoundingClientRect().toJSON(), following: following().toJSON() };
    expect(loading.label.width).toBeGreaterThan(0);
    release();
    await waitFor(() => expect(label.className).toBe(''), { timeout: LOAD_MS });
    expect(label.textContent).toBe('tench');
    expect({ label: label.getBoundingClientRect().toJSON(), following: following().toJSON() }).toEqual(loading);
  });

  test("an id that does not resolve keeps the author's text, with the error in the title", async () => {
    const element = await mountAuthored('n00000000', 'a mystery fish');
    const label = labelOf(element);
    await waitFor(() => expect(label.className).toBe('error'), { timeout: 10_000 });
    expect(slottedText(element)).toBe('a mystery fish');
    expect(renderedWidth(element)).toBeGreaterThan(0);
    expect(label.innerText).not.toContain('n00000000');
    expect(label.title).toContain('n00000000');
  });

  test('without text of its own (or only whitespace), shows the wnid while the name loads', async () => {
    const release = holdNames();
    const bare = await mount('synset-label', { wnid: 'n01440764' });
    const spaced = await mountAuthored('dog.n.01', '\n  ');
    // innerText, not textContent: the wnid must be rendered, not merely present (a slot's
    // fallback is not rendered once the whitespace is assigned to it).
    expect([labelOf(bare).className, labelOf(bare).innerText]).toEqual(['loading', 'n01440764']);
    expect([labelOf(spaced).className, labelOf(spaced).innerText]).toEqual(['loading', 'dog.n.01']);
    release();
    await waitFor(() => expect(labelOf(bare).textContent).toBe('tench'), { timeout: LOAD_MS });
    await waitFor(() => expect(labelOf(spaced).textContent).toBe('dog'));
  });

  test('a thousand labels all render, in a few round trips', async () => {
    const client = getSynsetClient();
    const wnids = await client.descendants('n00001740', { in: '1k' });
    expect(wnids).toHaveLength(1000);
    const before = { names: await pageWorker.callCount('names'), definitions: await pageWorker.callCount('definitions') };
    const paragraph = document.createElement('p');
    const start = performance.now();
    for (const wnid of wnids) {
      const label = document.createElement('synset-label');
      label.wnid = wnid;
      paragraph.append(label, ' ');
    }
    document.body.append(paragraph);
    try {
      const labels = [...paragraph.querySelectorAll('synset-label')];
      await waitFor(() => expect(labels.every((label) => label.shadowRoot?.querySelector('[part=label]')?.className === '')).toBe(true), {
        timeout: 5000,
        interval: 5,
      });
      const elapsed = performance.now() - start;
      const names = (await pageWorker.callCount('names')) - before.names;
      console.log(`1,000 <synset-label>: all lemmas rendered in ${elapsed.toFixed(0)} ms, ${names} names round trip(s)`);
      expect(names).toBeLessThanOrEqual(3);
      // Definitions are asked for only when a tooltip opens.
      expect((await pageWorker.callCount('definitions')) - before.definitions).toBe(0);
      expect(labels[0]!.shadowRoot!.querySelectorAll('*').length).toBeLessThanOrEqual(3);
    } finally {
      paragraph.remove();
    }
  });
});
