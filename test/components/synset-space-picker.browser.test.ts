import { describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { getSynsetClient } from '../../src/client/client.js';
import { SynsetFilterChangeEvent, SynsetListAddEvent, SynsetListRemoveEvent, SynsetNamesChangeEvent } from '../../src/components/events.js';
import '../../src/components/synset-space-picker/synset-space-picker.js';
import type { SynsetSpacePicker } from '../../src/components/synset-space-picker/synset-space-picker.js';
import { mount, nextEvent, shadow, usePageClient, waitFor } from './page-client.js';

usePageClient('space-picker');

const spaceSelect = (picker: SynsetSpacePicker) => shadow(picker).querySelector<HTMLSelectElement>('select[part=space]')!;
const namesSelect = (picker: SynsetSpacePicker) => shadow(picker).querySelector<HTMLSelectElement>('select[part=names]')!;
const dialogOf = (picker: SynsetSpacePicker) => shadow(shadow(picker).querySelector('synset-list-dialog')!);

async function mountPicker(attributes: Record<string, string> = {}): Promise<SynsetSpacePicker> {
  const picker = await mount('synset-space-picker', attributes);
  await waitFor(() => expect(spaceSelect(picker).querySelectorAll('optgroup option').length).toBeGreaterThan(10), { timeout: 15_000 });
  return picker;
}

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<synset-space-picker>', () => {
  test('offers all nouns, every built-in set with its class count and description, and “your list…”', async () => {
    const picker = await mountPicker({ value: 'imagenet-r' });
    const sets = await getSynsetClient().labelSets();
    const options = [...spaceSelect(picker).options];
    expect(options[0]!.value).toBe('all');
    expect(options.at(-1)!.textContent!.trim()).toBe('Your list…');
    const builtIn = [...spaceSelect(picker).querySelectorAll('optgroup[label="ImageNet lists"] option')] as HTMLOptionElement[];
    expect(builtIn.map((option) => option.value)).toEqual(sets.filter((set) => !set.custom).map((set) => set.name));
    const winter = builtIn.find((option) => option.value === '21k-p-winter21')!;
    expect(winter.textContent!.replace(/\s+/g, ' ').trim()).toBe('21k-p-winter21 · 10,450 classes');
    expect(winter.title).toContain(sets.find((set) => set.name === '21k-p-winter21')!.description);
    expect(spaceSelect(picker).value).toBe('imagenet-r');
  });

  test('picking a set fires synset-filter-change with its name; the names toggle fires synset-names-change', async () => {
    const picker = await mountPicker();
    const changed = nextEvent<SynsetFilterChangeEvent>(picker, SynsetFilterChangeEvent.eventName);
    choose(spaceSelect(picker), 'mini-imagenet');
    expect((await changed).filter).toBe('mini-imagenet');
    expect(picker.value).toBe('mini-imagenet');
    const named = nextEvent<SynsetNamesChangeEvent>(picker, SynsetNamesChangeEvent.eventName);
    choose(namesSelect(picker), 'torchvision');
    expect((await named).names).toBe('torchvision');
    expect([...namesSelect(picker).options].map((option) => option.value)).toEqual(['wordnet', 'unique', 'simple', 'torchvision', 'clip']);
  });

  test('“your list…”: the dialog reads a pasted list, lists its bad lines by number, and the new list is picked', async () => {
    const picker = await mountPicker({ value: '1k' });
    choose(spaceSelect(picker), '#your-list');
    const dialog = dialogOf(picker).querySelector('dialog')!;
    await waitFor(() => expect(dialog.open).toBe(true));
    // The select keeps showing the set in use while the dialog is open.
    expect(spaceSelect(picker).value).toBe('1k');
    dialogOf(picker).querySelector('textarea')!.focus();
    await userEvent.keyboard('n01440764{Enter}no such class{Enter}dog.n.01{Enter}# a comment{Enter}207');
    const added = nextEvent<SynsetListAddEvent>(picker, SynsetListAddEvent.eventName);
    const picked = nextEvent<SynsetFilterChangeEvent>(picker, SynsetFilterChangeEvent.eventName);
    await userEvent.click(dialogOf(picker).querySelector<HTMLButtonElement>('button[type=submit]')!);
    const { detail } = await added;
    expect(detail.set.name).toMatch(/^list:[0-9a-f]{12}$/);
    expect((await picked).filter).toBe(detail.set.name);
    await waitFor(() => expect(dialogOf(picker).querySelectorAll('[part=problems] tbody tr')).toHaveLength(1));
    const cells = [...dialogOf(picker).querySelectorAll('[part=problems] tbody td')].map((cell) => cell.textContent!.trim());
    expect(cells.slice(0, 2)).toEqual(['2', 'no such class']);
    await waitFor(() => expect(spaceSelect(picker).value).toBe(detail.set.name));
    await waitFor(() =>
      expect(spaceSelect(picker).querySelector(`optgroup[label="Your lists"] option[value="${detail.set.name}"]`)).not.toBeNull(),
    );
    await userEvent.click(dialogOf(picker).querySelector<HTMLButtonElement>('.actions button')!);
    await waitFor(() => expect(dialog.open).toBe(false));
  });

  test('a list with no bad line closes the dialog; a list naming no class is refused, and says why', async () => {
    const picker = await mountPicker();
    const dialogRoot = dialogOf(picker);
    const textarea = dialogRoot.querySelector('textarea')!;
    choose(spaceSelect(picker), '#your-list');
    textarea.focus();
    await userEvent.keyboard('nothing here');
    await userEvent.click(dialogRoot.querySelector<HTMLButtonElement>('button[type=submit]')!);
    await waitFor(() => expect(dialogRoot.querySelector('[role=alert]')?.textContent).toMatch(/no line of the list names a class/));
    await userEvent.clear(textarea);
    await userEvent.keyboard('n01440764{Enter}n02084071');
    const picked = nextEvent<SynsetFilterChangeEvent>(picker, SynsetFilterChangeEvent.eventName);
    await userEvent.click(dialogRoot.querySelector<HTMLButtonElement>('button[type=submit]')!);
    expect((await picked).filter).toMatch(/^list:/);
    await waitFor(() => expect(dialogRoot.querySelector('dialog')!.open).toBe(false));
  });

  test('“Forget list” shows only for a list of this browser’s, asks once more, then deletes it and picks all nouns', async () => {
    const { set } = await getSynsetClient().addLabelList('n01440764\nn02084071\n', 'to forget');
    const picker = await mountPicker({ value: '1k' });
    const forgetButton = () => shadow(picker).querySelector<HTMLButtonElement>('button[part=forget]');
    expect(forgetButton()).toBeNull();
    choose(spaceSelect(picker), set.name);
    await waitFor(() => expect(forgetButton()).not.toBeNull());

    // "Keep" leaves everything as it was.
    await userEvent.click(forgetButton()!);
    const confirm = () => shadow(picker).querySelector('[part=forget][role=group]');
    await waitFor(() => expect(confirm()?.getAttribute('aria-label')).toBe('Forget “to forget”? Only this browser keeps it.'));
    expect(confirm()!.textContent).toContain('Forget this list?');
    await userEvent.click([...confirm()!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Keep')!);
    await waitFor(() => expect(forgetButton()).not.toBeNull());
    expect((await getSynsetClient().labelSets()).some((summary) => summary.name === set.name)).toBe(true);

    await userEvent.click(forgetButton()!);
    const removed = nextEvent<SynsetListRemoveEvent>(picker, SynsetListRemoveEvent.eventName);
    const picked = nextEvent<SynsetFilterChangeEvent>(picker, SynsetFilterChangeEvent.eventName);
    await waitFor(() => expect(confirm()).not.toBeNull());
    await userEvent.click([...confirm()!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Forget')!);
    expect((await removed).set).toBe(set.name);
    expect((await picked).filter).toBe('all');
    await waitFor(() => expect(spaceSelect(picker).querySelector(`option[value="${set.name}"]`)).toBeNull());
    expect(spaceSelect(picker).value).toBe('all');
    expect(forgetButton()).toBeNull();
    expect((await getSynsetClient().labelSets()).some((summary) => summary.name === set.name)).toBe(false);
  });

  test('a listener that cancels synset-list-remove picks the space itself', async () => {
    const { set } = await getSynsetClient().addLabelList('n01443537\n', 'cancelled');
    const picker = await mountPicker({ value: set.name });
    let filterChanges = 0;
    picker.addEventListener(SynsetFilterChangeEvent.eventName, () => filterChanges++);
    picker.addEventListener(SynsetListRemoveEvent.eventName, (event) => {
      event.preventDefault();
      picker.value = 'imagenette';
    });
    await waitFor(() => expect(shadow(picker).querySelector('button[part=forget]')).not.toBeNull());
    await userEvent.click(shadow(picker).querySelector<HTMLButtonElement>('button[part=forget]')!);
    await waitFor(() => expect(shadow(picker).querySelector('[part=forget] .primary')).not.toBeNull());
    await userEvent.click(shadow(picker).querySelector<HTMLButtonElement>('[part=forget] .primary')!);
    await waitFor(() => expect(spaceSelect(picker).value).toBe('imagenette'));
    expect(filterChanges).toBe(0);
    expect(shadow(picker).querySelector('[part=forget]')).toBeNull();
  });

  test('a forget that fails says why, keeps the list shown, and lets the person try again or keep it', async () => {
    const client = getSynsetClient();
    const { set } = await client.addLabelList('n01494475\n', 'kept');
    const remove = vi.spyOn(client, 'removeLabelList').mockRejectedValueOnce(new Error('the database is blocked by another tab'));
    try {
      const picker = await mountPicker({ value: set.name });
      await waitFor(() => expect(shadow(picker).querySelector('button[part=forget]')).not.toBeNull());
      await userEvent.click(shadow(picker).querySelector<HTMLButtonElement>('button[part=forget]')!);
      await waitFor(() => expect(shadow(picker).querySelector('[part=forget] .primary')).not.toBeNull());
      await userEvent.click(shadow(picker).querySelector<HTMLButtonElement>('[part=forget] .primary')!);
      await waitFor(() =>
        expect(shadow(picker).querySelector('[part=forget] [role=alert]')?.textContent).toBe(
          'Could not forget the list: the database is blocked by another tab',
        ),
      );
      expect(picker.value).toBe(set.name);
      expect((await client.labelSets()).some((summary) => summary.name === set.name)).toBe(true);
      // The second try reaches the worker.
      await userEvent.click(shadow(picker).querySelector<HTMLButtonElement>('[part=forget] .primary')!);
      await waitFor(() => expect(picker.value).toBe('all'));
      expect(remove).toHaveBeenCalledTimes(2);
    } finally {
      remove.mockRestore();
    }
  });
});
