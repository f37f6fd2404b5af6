/**
 * A page for checking start-up by hand (`npm run bench` times the same path): opens the page-wide
 * client and prints where the index came from and when it was ready. `?db=name` picks the
 * database, so a measurement can start from an empty one.
 */
import { configureSynsets, getSynsetClient, READY_MARK, type SynsetClient } from '../../src/client.js';

declare global {
  interface Window {
    /** The page's client, for the measuring script. */
    synsetClient: SynsetClient;
  }
}

const dbName = new URLSearchParams(location.search).get('db') ?? undefined;
if (dbName) configureSynsets({ dbName });
const client = (window.synsetClient = getSynsetClient());
const show = (id: string, text: string): void => {
  document.getElementById(id)!.textContent = text;
};

client.onProgress((progress) => show('progress', `${progress.phase} ${progress.loaded} / ${progress.total || '?'} bytes`));
client.ready().then(
  (ready) => {
    const mark = performance.getEntriesByName(READY_MARK).at(-1)!;
    show('page-ms', mark.startTime.toFixed(1));
    show('worker-ms', ready.ms.toFixed(1));
    show('source', ready.source + (ready.storageWarning ? ` (${ready.storageWarning})` : ''));
    return client.persisted().then((outcome) => show('persisted', outcome.stored ? 'yes' : `no: ${outcome.storageWarning}`));
  },
  (error: Error) => show('source', `failed: ${error.message}`),
);
