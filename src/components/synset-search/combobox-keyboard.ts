/**
 * The keys of the WAI-ARIA combobox pattern with a listbox popup
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/), as a pure decision: the element gives
 * {@link comboboxKeyAction} the key and the popup's state, and carries out the action it gets
 * back. A function, not a controller: it keeps no state and needs no host.
 */

export interface ComboboxState {
  /** Whether the listbox is showing. */
  readonly open: boolean;
  /** How many options it has. */
  readonly optionCount: number;
  /** The option with the virtual focus (aria-activedescendant), or -1. */
  readonly activeIndex: number;
  /**
   * The text in the field has been asked about and its answer has not come: the options on
   * show, if any, answer an earlier text.
   */
  readonly awaitingAnswer: boolean;
}

export type ComboboxAction =
  | { readonly type: 'open' }
  | { readonly type: 'move'; readonly index: number }
  | { readonly type: 'select'; readonly index: number }
  /** Pick the best result for the text typed when its answer comes (none if it is empty). */
  | { readonly type: 'select-on-answer' }
  | { readonly type: 'close' }
  | { readonly type: 'clear' };

/** What a key press in the input means, or null when the key belongs to the text field. */
export function comboboxKeyAction(key: string, state: ComboboxState, altKey = false): ComboboxAction | null {
  const { open, optionCount: count, activeIndex: active, awaitingAnswer } = state;
  switch (key) {
    case 'ArrowDown':
      if (!open || altKey) return count > 0 ? { type: 'open' } : null;
      // Wraps from the last option to the first, as the pattern allows.
      return count > 0 ? { type: 'move', index: active + 1 >= count ? 0 : active + 1 } : null;
    case 'ArrowUp':
      if (!open) return count > 0 ? { type: 'open' } : null;
      return count > 0 ? { type: 'move', index: active <= 0 ? count - 1 : active - 1 } : null;
    case 'Enter':
      // An option moved to is picked even while an answer is out: a choice made on what is shown.
      if (open && active >= 0 && active < count) return { type: 'select', index: active };
      // Enter with nothing highlighted takes the best result: type "tench", press Enter. Typed
      // faster than the answer comes, it is the best result for that text, not for an earlier one.
      if (awaitingAnswer) return { type: 'select-on-answer' };
      return count > 0 ? { type: 'select', index: 0 } : null;
    case 'Escape':
      return open ? { type: 'close' } : { type: 'clear' };
    default:
      return null;
  }
}
