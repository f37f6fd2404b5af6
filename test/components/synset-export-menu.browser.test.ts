import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/synset-export-menu/synset-export-menu.js';
import type { SynsetExportMenu } from '../../src/components/synset-export-menu/synset-export-menu.js';
import { mount, shadow, usePageClient, waitFor } from './page-client.js';

usePageClient('export-menu');

/** The links the menu clicks to download, kept from the browser (no file is saved), with their text. */
function catchDownloads(): { name: string; text: Promise<string> }[] {
  const downloads: { name: string; text: Promise<string> }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, text: fetch(this.href).then((response) => response.text()) });
  });
  return downloads;
}

afterEach(() => vi.restoreAllMocks());

async function openMenu(attributes: Record<string, string>): Promise<SynsetExportMenu> {
  const menu = await mount('synset-export-menu', attributes);
  await userEvent.click(shadow(menu).querySelector<HTMLButtonElement>('[part=button]')!);
  await menu.updateComplete;
  return menu;
}

const status = (menu: SynsetExportMenu) => shadow(menu).querySelector('[part=status]')!.textContent!.trim();
const button = (menu: SynsetExportMenu, name: string) =>
  [...shadow(menu).querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent!.trim() === name)!;

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<synset-export-menu>', () => {
  test('opens and closes from its button, which says whether it is open', async () => {
    const menu = await openMenu({ set: 'imagenette' });
    const toggle = shadow(menu).querySelector('[part=button]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(shadow(menu).querySelector<HTMLElement>('[part=panel]')!.hidden).toBe(false);
    await userEvent.keyboard('{Escape}');
    await menu.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(shadow(menu).querySelector<HTMLElement>('[part=panel]')!.hidden).toBe(true);
  });

  test('downloads the set as keras JSON, and says what it exported', async () => {
    const downloads = catchDownloads();
    const menu = await openMenu({ set: 'imagenette' });
    await userEvent.click(button(menu, 'Download'));
    await waitFor(() => expect(status(menu)).toBe('Downloaded 10 classes, keras JSON, unique names (imagenette-keras.json).'));
    expect(downloads.map((download) => download.name)).toEqual(['imagenette-keras.json']);
    const keras = JSON.parse(await downloads[0]!.text) as Record<string, [string, string]>;
    expect(Object.keys(keras)).toHaveLength(10);
    expect(keras['0']).toEqual(['n01440764', 'tench']);
  });

  test('the current subtree: only the classes below the synset, in the format and names picked', async () => {
    const downloads = catchDownloads();
    const menu = await openMenu({ set: '1k', under: 'n02084071', 'under-label': 'dog' });
    const [below] = [...shadow(menu).querySelectorAll<HTMLInputElement>('input[name=scope]')].slice(1);
    await userEvent.click(below!);
    const [format, names] = shadow(menu).querySelectorAll('select');
    choose(format!, 'jsonl');
    choose(names!, 'wordnet');
    await userEvent.click(button(menu, 'Download'));
    await waitFor(() => expect(status(menu)).toBe('Downloaded 118 classes, JSON lines, WordNet names (1k-dog.jsonl).'));
    const lines = (await downloads[0]!.text).trim().split('\n');
    expect(lines).toHaveLength(118);
    expect(JSON.parse(lines[0]!)).toMatchObject({ wnid: expect.stringMatching(/^n\d{8}$/), label: expect.any(String) });
  });

  test('all nouns is no class list: the menu says so and offers nothing to export', async () => {
    const menu = await openMenu({ set: 'all' });
    expect(shadow(menu).querySelector('.note')!.textContent).toContain('not a class list');
    expect(shadow(menu).querySelector('.actions')).toBeNull();
  });
});
