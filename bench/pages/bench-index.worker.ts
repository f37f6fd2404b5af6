/**
 * The index worker as the bench's start page starts it: the search timing of
 * `bench-worker-scope.ts` first (modules run in import order), then the real worker entry, unchanged.
 */
import './bench-worker-scope.js';
import '../../workers/index.worker.js';
