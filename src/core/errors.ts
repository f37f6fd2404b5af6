/**
 * The errors a query answers with when it was asked wrongly, and the names every error that
 * crosses from the worker to the page goes by. A worker's error reaches the page as a plain
 * `Error` with its `name` (comlink copies name and message), so the page tells them apart by the
 * names of {@link ERROR_NAMES}, never by class.
 */

/** The `name` of each error that crosses the worker boundary. */
export const ERROR_NAMES = {
  /** An id that names no synset, or not in a form the index reads: {@link SynsetIdError}. */
  id: 'SynsetIdError',
  /** A request the index cannot answer as asked (an unknown label space, export format or grouping, a list too long): {@link SynsetRequestError}. */
  request: 'SynsetRequestError',
  /** Data that could not be loaded (the worker's `BundleLoadError`; see `LOAD_FAILURE_OPENINGS`). */
  load: 'BundleLoadError',
  /** A call cancelled through its signal (the platform's own name). */
  aborted: 'AbortError',
} as const;

/** An id names a synset that is not there, or is not in a form this index reads. The message says why, for people. */
export class SynsetIdError extends Error {
  override name = ERROR_NAMES.id;
}

/**
 * A request the index cannot answer as asked: a label space, export format, name style or
 * grouping that does not exist, an argument of the wrong kind, a list over its limit. The
 * message says why, for people.
 */
export class SynsetRequestError extends Error {
  override name = ERROR_NAMES.request;
}

/** Whether an error is the asker's to fix (an id or a request): its message is for people, and the caller carries on. */
export function isQueryError(error: unknown): error is SynsetIdError | SynsetRequestError {
  return error instanceof SynsetIdError || error instanceof SynsetRequestError;
}
