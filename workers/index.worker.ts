/**
 * The index worker's entry: one worker per page, serving every component through comlink. It
 * only wires the API (`src/worker/synset-api.ts`, typed by `api.ts`'s `SynsetApi`) over the
 * loader to `comlink.expose`; which data parts each query waits for is `progressive-index.ts`'s
 * business, loading and caching `index-loader.ts`'s and `part-source.ts`'s, IndexedDB
 * `index-store.ts`'s.
 *
 * It stays at the top level, one folder deep, for the data's sake: the parts built with the app
 * are found relative to this module wherever it is served (`/assets/` in a build, `/workers/`
 * in development), and the builds copy them to `data/generated/parts/` beside both.
 */
import { expose } from 'comlink';
import { IndexLoader } from '../src/worker/index-loader.js';
import { synsetApi } from '../src/worker/synset-api.js';
import { openOptionsInName } from '../src/worker/worker-name.js';

// User Timing marks in this worker (synset-*) show where start-up goes, in devtools and the bench.
performance.mark('synset-worker-start');
/** Not a literal inside `new URL`, so bundlers leave the folder alone. */
const BUILT_PARTS_FOLDER = '../data/generated/parts/';
const loader = new IndexLoader(new URL(BUILT_PARTS_FOLDER, import.meta.url).href);
// Open at once with the options the page named us with (see worker-name.ts): the page's `open`
// joins this one. A failure is forgotten, and that `open` tries again.
const opening = openOptionsInName(self.name);
if (opening) loader.open(opening).catch(() => {});
expose(synsetApi(loader));
