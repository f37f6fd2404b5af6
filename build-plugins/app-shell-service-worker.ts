/**
 * Builds the explorer's service worker (`src/offline/service-worker.ts`) into the app build as
 * `service-worker.js`, with the list of the app shell's files and a version written into it.
 *
 * The list is taken from the bundle once every other plugin has emitted its files (the index
 * worker's chunk comes from Vite's worker plugin, `index.html` from its HTML plugin): every
 * file but source maps, the synset data and the service worker itself. The version is a hash
 * of those files' names and contents, so any change to the shell makes a new script, which the
 * browser installs as a new version with a cache of its own.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Plugin, Rolldown } from 'vite';
import { SERVICE_WORKER_FILE } from '../src/offline/service-worker-file.js';

const SOURCE = fileURLToPath(new URL('../src/offline/service-worker.ts', import.meta.url));
/** The free identifier in the service worker's source that the build replaces with the shell. */
const PLACEHOLDER = '__APP_SHELL__';

/** What the service worker precaches: its version, and the files relative to it. */
export interface AppShell {
  version: string;
  files: string[];
}

/**
 * Not the shell: source maps, the synset data (`data/…`, and any `.gz` data file Vite emitted
 * as an asset; the index worker keeps the data in IndexedDB) and the service worker itself.
 */
function isShellFile(fileName: string): boolean {
  return fileName !== SERVICE_WORKER_FILE && !fileName.endsWith('.map') && !fileName.endsWith('.gz') && !fileName.startsWith('data/');
}

/** The app shell in `bundle`: its files in a stable order and the hash of their names and contents. */
export function appShell(bundle: Rolldown.OutputBundle): AppShell {
  const files = Object.keys(bundle).filter(isShellFile).sort();
  const hash = createHash('sha256');
  for (const fileName of files) {
    const output = bundle[fileName]!;
    hash
      .update(fileName)
      .update('\0')
      .update(output.type === 'chunk' ? output.code : output.source)
      .update('\0');
  }
  return { version: hash.digest('hex').slice(0, 16), files };
}

export function appShellServiceWorker(): Plugin {
  return {
    name: 'synset:app-shell-service-worker',
    apply: 'build',
    buildStart() {
      // Its own entry: nothing in the app imports it, and it imports nothing, so it is one file.
      this.emitFile({ type: 'chunk', id: SOURCE, fileName: SERVICE_WORKER_FILE });
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const serviceWorker = bundle[SERVICE_WORKER_FILE];
        if (serviceWorker?.type !== 'chunk') this.error(`${SERVICE_WORKER_FILE} is missing from the bundle`);
        const parts = serviceWorker.code.split(PLACEHOLDER);
        if (parts.length !== 2) this.error(`${SERVICE_WORKER_FILE} should name ${PLACEHOLDER} once, not ${parts.length - 1} times`);
        serviceWorker.code = parts.join(JSON.stringify(appShell(bundle)));
      },
    },
  };
}
