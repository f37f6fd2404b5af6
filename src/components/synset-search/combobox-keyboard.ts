/**
 * The keys of the WAI-ARIA combobox pattern with a listbox popup
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/), as a pure decision: the element tells
 * the controller the key and the popup's state, and carries out the action it gets back.
 */

export interface ComboboxState {
  /** Whether the listbox is showing. */
  readonly open: boolean;
  /** How many options it has. */
  readonly optionCount: number;
  /** The option with the virtual focus (aria-activedescendant), or -1. */
  readonly activeIndex: number;
}

export type ComboboxAction =
  | { readonly type: 'open' }
  | { readonly type: 'move'; readonly index: number }
  | { readonly type: 'select'; readonly index: number }
  | { readonly type: 'close' }
  | { readonly type: 'clear' };

export class ComboboxKeyboardController {
  /** What a key press in the input means, or null when the key belongs to the text field. */
  actionFor(key: string, state: ComboboxState, altKey = false): ComboboxAction | null {
    const { open, optionCount: count, activeIndex: active } = state;
    switch (key) {
      case 'ArrowDown':
        if (!open || altKey) return count > 0 ? { type: 'open' } : null;
        // Wraps from the last option to the first, as the pattern allows.
        return count > 0 ? { type: 'move', index: active + 1 >= count ? 0 : active + 1 } : null;
      case 'ArrowUp':
        if (!open) return count > 0 ? { type: 'open' } : null;
        return count > 0 ? { type: 'move', index: active <= 0 ? count - 1 : active - 1 } : null;
      case 'Enter':
        // Enter with nothing highlighted takes the best result: type "tench", press Enter.
        if (count === 0) return null;
        return { type: 'select', index: open && active >= 0 ? active : 0 };
      case 'Escape':
        return open ? { type: 'close' } : { type: 'clear' };
      default:
        return null;
    }
  }
}
