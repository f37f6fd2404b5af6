/**
 * The card when its definition's data part fails to download (the worker's gloss fetches fail
 * as a dropped connection does, until the network comes back): it shows everything else, marks the definition
 * unavailable with a Retry, fills it in when the part arrives, and nothing in the worker is left
 * rejected and unhandled.
 */
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { getSynsetClient } from '../../src/client/client.js';
import '../../src/components/synset-card/synset-card.js';
import { LOAD_MS, mount, shadow, usePageClient, waitFor } from './page-client.js';

// Every gloss part fails until the test ends the failures.
const probe = usePageClient('card-gloss', { fetchFailures: { kind: 'network', count: -1, urlContains: '/glosses-' } });

describe('<synset-card> under a failing definition part', () => {
  test('shows the rest, marks the definition unavailable, and fills it in on Retry', async () => {
    const card = await mount('synset-card', { wnid: 'n01440764' });
    const root = shadow(card);
    await waitFor(() => expect(root.querySelector('[part=title]')?.textContent).toBe('tench'), { timeout: LOAD_MS });
    await waitFor(() =>
      expect(root.querySelector('[part=gloss]')?.textContent).toMatch(
        /^\s*Definition unavailable: the data could not be downloaded\. Check the connection, then try again\.\s+Retry\s*$/,
      ),
    );
    expect(root.querySelector('[role=alert]:not([part=gloss] *)')).toBeNull();
    expect(root.textContent).not.toMatch(/https?:|glosses-/);
    expect(root.querySelector('.identity')!.textContent).toContain('tench.n.01');
    await waitFor(() => expect(root.querySelector('.count-1k dd')?.textContent).toBe('0'));
    expect(await probe.fetchedUrls()).not.toContainEqual(expect.stringContaining('/glosses-'));
    // The explorer's background load meets the same failures; it rejects, and nothing is left unhandled.
    await expect(getSynsetClient().preload()).rejects.toThrow(/could not download the synset data/);
    expect(await probe.unhandledRejections()).toEqual([]);

    await probe.endFetchFailures();
    await userEvent.click(root.querySelector<HTMLButtonElement>('[part=gloss] button')!);
    await waitFor(() => expect(root.querySelector('[part=gloss]')!.textContent).toContain('freshwater dace-like game fish'));
    expect(root.querySelector('[part=gloss] button')).toBeNull();
    expect(root.querySelector('.examples')).toBeNull();
    expect(await probe.unhandledRejections()).toEqual([]);
  });
});
