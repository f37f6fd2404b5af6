/**
 * The index worker as the browser tests start it: the faults and probes of `test-worker-scope.ts`
 * first (modules run in import order), then the real worker entry, unchanged.
 */
import './test-worker-scope.js';
import '../../workers/index.worker.js';
