/** The names toggle's choice, kept in this browser between visits (localStorage). */
import type { NameStyle } from '../../worker/api.js';
import { isNameStyle } from '../../core/class-names.js';

const NAMES_KEY = 'synset-explorer-names';

/** The style this browser last chose (`wordnet` on a first visit, or where storage is refused). */
export function storedNames(): NameStyle {
  try {
    const stored = localStorage.getItem(NAMES_KEY);
    return isNameStyle(stored) ? stored : 'wordnet';
  } catch {
    return 'wordnet';
  }
}

export function storeNames(names: NameStyle): void {
  try {
    localStorage.setItem(NAMES_KEY, names);
  } catch {
    // Storage refused (a private window's quota): the choice holds for this visit.
  }
}
