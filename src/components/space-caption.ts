/**
 * How components name a label space in their text: a built-in set by its name (`imagenet-r`),
 * a custom list by what the picker calls it (its description), never by its hash name
 * (`list:81984fa383c2`), which means nothing to the person who pasted the list.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getSynsetClient } from '../client/client.js';
import type { LabelSetSummary } from '../worker/api.js';
import { isCustomList } from '../core/label-space-name.js';
import { setCaption } from './label-space-text.js';

/** What a custom list is called until its description comes, or when this browser does not have it. */
export const UNNAMED_LIST = 'your list';

/** Captions of the custom lists seen so far: a list's name is a hash of its text, so its caption never changes. */
const known = new Map<string, string>();
let listing: Promise<void> | undefined;

/** Notes the captions of listed spaces (the picker's listing, a list just added), so no component asks again. */
export function rememberSpaceCaptions(sets: readonly Pick<LabelSetSummary, 'name' | 'custom' | 'description'>[]): void {
  for (const set of sets) if (set.custom) known.set(set.name, setCaption(set));
}

/** The caption of a space as far as it is known now: a custom list not listed yet is {@link UNNAMED_LIST}. */
export function spaceCaptionNow(space: string): string {
  return isCustomList(space) ? (known.get(space) ?? UNNAMED_LIST) : space;
}

/** Asks the worker for the spaces, one listing at a time. */
function listSpaces(): Promise<void> {
  listing ??= getSynsetClient()
    .labelSets()
    .then(rememberSpaceCaptions)
    .finally(() => {
      listing = undefined;
    });
  return listing;
}

/**
 * Gives its host the captions of the spaces it shows: {@link caption} answers at once, and when
 * it names a custom list whose caption is not known yet, the spaces are listed once and the
 * host updates with the caption.
 */
export class SpaceCaptionController implements ReactiveController {
  /** Custom lists this host has asked the worker about: a list this browser lacks is asked about once. */
  private readonly asked = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  caption(space: string): string {
    if (isCustomList(space) && !known.has(space) && !this.asked.has(space)) {
      this.asked.add(space);
      listSpaces().then(
        () => known.has(space) && this.host.requestUpdate(),
        // A failed listing leaves the stand-in: the views that need the list say why they failed.
        () => this.asked.delete(space),
      );
    }
    return spaceCaptionNow(space);
  }
}
