/**
 * The signal that failed queries may now succeed: after a failed load the client fails every
 * query at once until a retry or its back-off ends, and tells when data comes in again
 * (`SynsetClient.onLoadError` with no error). Components give it to a `RerunFailedTask` beside
 * each of their tasks, so a view that failed meanwhile (a search, a card, the tree) does not
 * keep its error until its arguments change.
 */
import { getSynsetClient } from '../client/client.js';

/** Calls `retry` each time the page's client loads data again after a failure; returns an unsubscribe. */
export function whenDataLoadsAgain(retry: () => void): () => void {
  return getSynsetClient().onLoadError((error) => {
    if (!error) retry();
  });
}

/** Calls `retry` the next time the page's client loads data again after a failure, once. */
export function onceDataLoadsAgain(retry: () => void): void {
  const stop = whenDataLoadsAgain(() => {
    stop();
    retry();
  });
}

/**
 * Calls `retry` when data may load again: the client loaded data after a failure, or the browser
 * came back online (a part that failed alone, such as a definition's, stops no other query, so
 * only the second tells). Returns an unsubscribe.
 */
export function whenDataMayLoadAgain(retry: () => void): () => void {
  const unsubscribe = whenDataLoadsAgain(retry);
  window.addEventListener('online', retry);
  return () => {
    unsubscribe();
    window.removeEventListener('online', retry);
  };
}
