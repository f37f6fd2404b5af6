import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { getSynsetClient } from '../../src/client/client.js';
import '../../src/components/synset-export-menu/synset-export-menu.js';
import type { SynsetExportMenu } from '../../src/components/synset-export-menu/synset-export-menu.js';
import { mount, shadow, usePageClient, waitFor } from './page-client.js';
import nltkLabels from '../fixtures/nltk-labels.json';
import clipNames from '../../data/labelsets/names/clip.json';
import clipTemplates from '../../data/labelsets/names/clip-templates.json';

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

/** A promise the test resolves when it chooses. */
function gate(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/** After `count` frames: time for the browser to move a focus it would move. */
async function frames(count: number): Promise<void> {
  for (let k = 0; k < count; k++) await new Promise((done) => requestAnimationFrame(done));
}

/** The focused element, through the shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

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
    await waitFor(() => expect(status(menu)).toBe('Downloaded 10 classes, keras JSON, Keras’ file names (imagenette-keras.json).'));
    expect(downloads.map((download) => download.name)).toEqual(['imagenette-keras.json']);
    const keras = JSON.parse(await downloads[0]!.text) as Record<string, [string, string]>;
    expect(Object.keys(keras)).toHaveLength(10);
    expect(keras['0']).toEqual(['n01440764', 'tench']);
  });

  test("keras and hf as the frameworks' own files by default: Keras' imagenet_class_index.json and the checkpoints' id2label for the 1k (NLTK's names)", async () => {
    const downloads = catchDownloads();
    const menu = await openMenu({ set: '1k', names: 'unique' });
    await userEvent.click(button(menu, 'Download'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const keras = JSON.parse(await downloads[0]!.text) as Record<string, [string, string]>;
    expect(Object.values(keras)).toStrictEqual(nltkLabels.classes1k.map(([wnid, name]) => [wnid, name]));
    choose(shadow(menu).querySelector('select')!, 'hf');
    await userEvent.click(button(menu, 'Download'));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[1]!.name).toBe('1k-hf.json');
    const hf = JSON.parse(await downloads[1]!.text) as { id2label: Record<string, string>; label2id: Record<string, number> };
    expect(Object.values(hf.id2label)).toStrictEqual(nltkLabels.classes1k.map(([, , label]) => label));
    expect(Object.keys(hf.label2id)).toHaveLength(new Set(nltkLabels.classes1k.map(([, , label]) => label)).size);
    // A style picked in the menu wins over the format's own.
    choose(shadow(menu).querySelectorAll('select')[1]!, 'unique');
    await userEvent.click(button(menu, 'Download'));
    await waitFor(() => expect(status(menu)).toBe('Downloaded 1,000 classes, Hugging Face JSON, unique names (1k-hf.json).'));
  });

  test("a CLIP zero-shot head of the whole set: CLIP's names and templates for the 1k, as JSON or a Python module; the subtree choice is off while it is picked", async () => {
    const downloads = catchDownloads();
    const menu = await openMenu({ set: '1k', under: 'n02084071', 'under-label': 'dog' });
    const below = shadow(menu).querySelectorAll<HTMLInputElement>('input[name=scope]')[1]!;
    await userEvent.click(below);
    choose(shadow(menu).querySelector('select')!, 'clip');
    await menu.updateComplete;
    expect(below.disabled).toBe(true);
    expect(below.checked).toBe(false);
    await userEvent.click(button(menu, 'Download'));
    await waitFor(() => expect(status(menu)).toBe('Downloaded 1,000 classes, CLIP zero-shot head, JSON, CLIP names (1k-clip.json).'));
    expect(JSON.parse(await downloads[0]!.text)).toStrictEqual({ classnames: clipNames, templates: clipTemplates });
    choose(shadow(menu).querySelector('select')!, 'clip-py');
    await userEvent.click(button(menu, 'Download'));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[1]!.name).toBe('1k-clip.py');
    const module = await downloads[1]!.text;
    expect(module).toContain(`classnames = [\n    ${JSON.stringify(clipNames[0])},\n`);
    expect(module).toContain(`templates = [\n    ${JSON.stringify(clipTemplates[0])},\n`);
    // Back to a class list, the subtree can be chosen again.
    choose(shadow(menu).querySelector('select')!, 'jsonl');
    await menu.updateComplete;
    expect(below.disabled).toBe(false);
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

  test('keyboard: Download keeps the focus while it works, and Escape still closes the menu, back to its button', async () => {
    catchDownloads();
    const client = getSynsetClient();
    const exportSet = client.exportSet.bind(client);
    const held = gate();
    // The export waits until the focus has been looked at over a few frames, then runs as ever.
    vi.spyOn(client, 'exportSet').mockImplementation(async (...args) => (await held.promise, exportSet(...args)));
    const menu = await openMenu({ set: 'imagenette' });
    button(menu, 'Download').focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(status(menu)).toBe('Exporting…'));
    await frames(3);
    expect(focused()).toBe(button(menu, 'Download'));
    expect(button(menu, 'Download').getAttribute('aria-disabled')).toBe('true');
    // A second press while the export runs starts no second one.
    await userEvent.keyboard('{Enter}');
    held.resolve();
    await waitFor(() => expect(status(menu)).toMatch(/^Downloaded 10 classes/));
    expect(client.exportSet).toHaveBeenCalledTimes(1);
    expect(focused()).toBe(button(menu, 'Download'));
    await userEvent.keyboard('{Escape}');
    await menu.updateComplete;
    expect(shadow(menu).querySelector<HTMLElement>('[part=panel]')!.hidden).toBe(true);
    expect(focused()).toBe(shadow(menu).querySelector('[part=button]'));
  });

  test('keyboard: Copy keeps the focus while it works', async () => {
    const held = gate();
    const copied: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text) => (await held.promise, void copied.push(text)));
    const menu = await openMenu({ set: 'imagenette' });
    button(menu, 'Copy').focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(status(menu)).toBe('Exporting…'));
    await frames(3);
    expect(focused()).toBe(button(menu, 'Copy'));
    held.resolve();
    await waitFor(() => expect(status(menu)).toMatch(/^Copied 10 classes/));
    expect(copied).toHaveLength(1);
    expect(focused()).toBe(button(menu, 'Copy'));
  });

  test('tabbing out of the menu closes it; tabbing within it does not', async () => {
    const before = await mount('button');
    before.textContent = 'before';
    const menu = await openMenu({ set: 'imagenette' });
    const after = await mount('button');
    after.textContent = 'after';
    const panel = shadow(menu).querySelector<HTMLElement>('[part=panel]')!;
    button(menu, 'Download').focus();
    await userEvent.tab();
    await menu.updateComplete;
    expect(focused()).toBe(button(menu, 'Copy'));
    expect(panel.hidden).toBe(false);
    await userEvent.tab();
    await menu.updateComplete;
    expect(focused()).toBe(after);
    expect(panel.hidden).toBe(true);
    expect(shadow(menu).querySelector('[part=button]')!.getAttribute('aria-expanded')).toBe('false');
  });

  test('all nouns is no class list: the menu says so and offers nothing to export', async () => {
    const menu = await openMenu({ set: 'all' });
    expect(shadow(menu).querySelector('.note')!.textContent).toContain('not a class list');
    expect(shadow(menu).querySelector('.actions')).toBeNull();
  });
});
