/**
 * The list dialog where this browser cannot keep anything (IndexedDB missing in the worker, as
 * where site data is blocked): the list is used, and the person is told it will not be kept.
 */
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { SynsetListAddEvent } from '../../src/components/events.js';
import '../../src/components/synset-list-dialog/synset-list-dialog.js';
import { LOAD_MS, mount, nextEvent, shadow, usePageClient, waitFor } from './page-client.js';

usePageClient('list-dialog', { indexedDB: 'missing' });

describe('<synset-list-dialog> without storage', () => {
  test('adds the list, counts its classes, and stays open to say the list will not be kept', async () => {
    const element = await mount('synset-list-dialog');
    element.show();
    const root = shadow(element);
    root.querySelector('textarea')!.focus();
    // Four lines, three classes: the last line repeats the first.
    await userEvent.keyboard('n01440764{Enter}dog.n.01{Enter}207{Enter}n01440764');
    const added = nextEvent<SynsetListAddEvent>(element, SynsetListAddEvent.eventName);
    await userEvent.click(root.querySelector<HTMLButtonElement>('button[type=submit]')!);
    expect((await added).detail.set.classes).toBe(3);
    await waitFor(() => expect(root.querySelector('[part=storage-warning]')?.textContent).toMatch(/could not keep the list/), {
      timeout: LOAD_MS,
    });
    expect(root.querySelector('dialog')!.open).toBe(true);
    expect(root.querySelector('[role=status]')!.textContent).toContain('3 classes');
    expect(root.querySelectorAll('[part=problems] tbody tr')).toHaveLength(1);
    await userEvent.click(root.querySelector<HTMLButtonElement>('.actions button')!);
    await waitFor(() => expect(root.querySelector('dialog')!.open).toBe(false));
  });
});
