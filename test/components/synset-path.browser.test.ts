import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { getSynsetClient } from '../../src/client/client.js';
import { SynsetSelectEvent } from '../../src/components/events.js';
import '../../src/components/synset-path/synset-path.js';
import type { SynsetPath } from '../../src/components/synset-path/synset-path.js';
import { LOAD_MS, mount, nextEvent, shadow, usePageClient, waitFor } from './page-client.js';

const pageWorker = usePageClient('path');

async function mountPath(wnid: string): Promise<SynsetPath> {
  const path = await mount('synset-path', { wnid });
  await waitFor(() => expect(shadow(path).querySelector('[part=path]')).not.toBeNull(), { timeout: LOAD_MS });
  return path;
}

const pathTexts = (element: SynsetPath) =>
  [...shadow(element).querySelectorAll('[part=path]')].map((path) =>
    [...path.querySelectorAll('[part=step], [part=current]')].map((step) => step.textContent).join(' › '),
  );

describe('<synset-path>', () => {
  test('shows every hypernym path as breadcrumbs, root first', async () => {
    const path = await mountPath('n02084071');
    expect(pathTexts(path)).toEqual([
      'entity › physical entity › object › whole › living thing › organism › animal › chordate › vertebrate › mammal › placental › carnivore › canine › dog',
      'entity › physical entity › object › whole › living thing › organism › animal › domestic animal › dog',
    ]);
    const lists = shadow(path).querySelectorAll('[part=path]');
    expect(lists[0]!.getAttribute('aria-label')).toBe('Path 1 of 2');
    expect(shadow(path).querySelector('[part=current]')!.getAttribute('aria-current')).toBe('location');
  });

  test('labels come in few round trips', async () => {
    const before = { names: await pageWorker.callCount('names'), lookups: await pageWorker.callCount('lookupMany') };
    await mountPath('n01440764');
    expect((await pageWorker.callCount('names')) - before.names).toBeLessThanOrEqual(2);
    expect((await pageWorker.callCount('lookupMany')) - before.lookups).toBe(0);
  });

  test('a step is a link that fires synset-select instead of navigating', async () => {
    const path = await mountPath('n02084071');
    const mammal = [...shadow(path).querySelectorAll<HTMLAnchorElement>('[part=step]')].find((a) => a.textContent === 'mammal')!;
    expect(mammal.getAttribute('href')).toBe('#/n01861778');
    const selected = nextEvent<SynsetSelectEvent>(document, SynsetSelectEvent.eventName);
    const hashBefore = location.hash;
    await userEvent.click(mammal);
    const event = await selected;
    expect(event.wnid).toBe('n01861778');
    expect(event.composed).toBe(true);
    expect(location.hash).toBe(hashBefore);
  });

  test('many paths collapse behind a button', async () => {
    const paths = await getSynsetClient().ancestors('n02699343');
    expect(paths.length).toBeGreaterThan(4);
    const path = await mountPath('n02699343');
    expect(shadow(path).querySelectorAll('[part=path]')).toHaveLength(4);
    await userEvent.click(shadow(path).querySelector('button')!);
    await waitFor(() => expect(shadow(path).querySelectorAll('[part=path]')).toHaveLength(paths.length));
  });

  test('an id that does not resolve shows why', async () => {
    const path = await mount('synset-path', { wnid: 'cat.n.99' });
    await waitFor(() => expect(shadow(path).querySelector('[role=alert]')?.textContent).toContain('Could not load the paths'), {
      timeout: 10_000,
    });
  });
});
