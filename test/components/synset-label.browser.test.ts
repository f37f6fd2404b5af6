import { describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { getSynsetClient } from '../../src/client.js';
import '../../src/components/synset-label/synset-label.js';
import type { SynsetLabel } from '../../src/components/synset-label/synset-label.js';
import { mount, shadow, usePageClient } from './page-client.js';

usePageClient('label');

const labelOf = (element: SynsetLabel) => shadow(element).querySelector<HTMLElement>('[part=label]')!;

async function mountLabel(attributes: Record<string, string>): Promise<SynsetLabel> {
  const element = await mount('synset-label', attributes);
  await vi.waitFor(() => expect(labelOf(element).className).toBe(''), { timeout: 15_000 });
  return element;
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
    await vi.waitFor(() => expect(tooltip.textContent).toContain('freshwater dace-like game fish'));
    expect(label.getAttribute('aria-describedby')).toBe(tooltip.id);
    await userEvent.keyboard('{Escape}');
    await element.updateComplete;
    expect(shadow(element).querySelector('[role=tooltip]')).toBeNull();
  });

  test('opens the tooltip on hover', async () => {
    const element = await mountLabel({ wnid: 'dog.n.01' });
    await userEvent.hover(labelOf(element));
    await vi.waitFor(() => expect(shadow(element).querySelector('[role=tooltip]')?.textContent).toContain('dog.n.01'));
    await vi.waitFor(() => expect(shadow(element).querySelector('[role=tooltip]')?.textContent).toContain('a member of the genus Canis'));
  });

  test('with href, links to the explorer at #/wnid', async () => {
    const element = await mountLabel({ wnid: '207', href: '/explorer/index.html#/n00001740' });
    const link = labelOf(element) as HTMLAnchorElement;
    expect(link.localName).toBe('a');
    expect(link.textContent).toBe('golden retriever');
    expect(link.getAttribute('href')).toBe('/explorer/index.html#/n02099601');
  });

  test('an id that does not resolve keeps the id, marked as an error', async () => {
    const element = await mount('synset-label', { wnid: 'n00000000' });
    await vi.waitFor(() => expect(labelOf(element).className).toBe('error'), { timeout: 10_000 });
    expect(labelOf(element).textContent).toBe('n00000000');
    expect(labelOf(element).title).toContain('n00000000');
  });

  test('a thousand labels all render, in a few round trips', async () => {
    const client = getSynsetClient();
    const wnids = await client.descendants('n00001740', { in: '1k' });
    expect(wnids).toHaveLength(1000);
    const before = { names: client.callCount('names'), lookups: client.callCount('lookupMany') };
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
      await vi.waitFor(
        () => expect(labels.every((label) => label.shadowRoot?.querySelector('[part=label]')?.className === '')).toBe(true),
        { timeout: 5000, interval: 5 },
      );
      const elapsed = performance.now() - start;
      console.log(
        `1,000 <synset-label>: all lemmas rendered in ${elapsed.toFixed(0)} ms, ${client.callCount('names') - before.names} names round trip(s)`,
      );
      expect(client.callCount('names') - before.names).toBeLessThanOrEqual(3);
      // Definitions are asked for only when a tooltip opens.
      expect(client.callCount('lookupMany') - before.lookups).toBe(0);
      expect(labels[0]!.shadowRoot!.querySelectorAll('*').length).toBeLessThanOrEqual(3);
    } finally {
      paragraph.remove();
    }
  });
});
