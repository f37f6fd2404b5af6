/**
 * An error as components show it to people. A load error becomes a sentence of what went wrong
 * and what to do, by its kind (`loadFailureOf`): a dropped connection is the network's ("check
 * the connection"), an HTTP error the server's, bad bytes a damaged download; the URL and the
 * bytes stay in the console, where the worker wrote them. Other errors (an id that does not
 * resolve, a list that names no class) are already sentences for people, and show as they are,
 * without an `Error:` the platform put before them.
 */
import { loadFailureIn, loadFailureOf } from '../worker/api.js';
import { errorMessage } from '../core/error-detail.js';

/** What each kind of load failure tells people (after "Could not show the card: ", say). */
const LOAD_FAILURE_TEXT = {
  network: 'the data could not be downloaded. Check the connection, then try again.',
  server: 'the server did not send the data. The connection is fine: try again later.',
  damaged: 'the data arrived damaged. Try again; if it keeps happening, reload the page.',
} as const;

/** An error's message for people, in a sentence that follows "Could not …: ". */
export function errorText(error: unknown): string {
  if (loadFailureOf(error)) return loadErrorText(errorMessage(error));
  return errorMessage(error).replace(/^(?:Uncaught )?(?:\w*Error: )+/, '');
}

/** A load error's message (a `BundleLoadError`'s, or a lookup's `definitionUnavailable`) for people. */
export function loadErrorText(message: string): string {
  const failure = loadFailureIn(message);
  if (failure !== 'server') return LOAD_FAILURE_TEXT[failure ?? 'network'];
  const status = /\(HTTP (\d{3})/.exec(message)?.[1];
  return status ? LOAD_FAILURE_TEXT.server.replace('the data.', `the data (HTTP ${status}).`) : LOAD_FAILURE_TEXT.server;
}
