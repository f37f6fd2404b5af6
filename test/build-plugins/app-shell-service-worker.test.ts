import type { Rolldown } from 'vite';
import { describe, expect, test } from 'vitest';
import { appShell } from '../../build-plugins/app-shell-service-worker.js';

/** A bundle as the plugin sees it: chunks with `code`, assets with `source`. */
function bundle(files: Record<string, string>): Rolldown.OutputBundle {
  const entries = Object.entries(files).map(([fileName, content]) => [
    fileName,
    fileName.endsWith('.js') ? { type: 'chunk', fileName, code: content } : { type: 'asset', fileName, source: content },
  ]);
  return Object.fromEntries(entries) as unknown as Rolldown.OutputBundle;
}

const built = {
  'index.html': '<script type="module" src="/assets/index-a1.js"></script>',
  'assets/index-a1.js': 'app',
  'assets/index-a1.js.map': '{}',
  'assets/index.worker-b2.js': 'worker',
  'assets/favicon-c3.svg': '<svg/>',
  'assets/synsets-d4.bin.gz': 'data',
  'data/generated/parts/names-000.e5.bin.gz': 'part',
  'service-worker.js': 'self',
};

describe('appShell', () => {
  test('lists the page, its chunks (the worker too) and its icon, sorted', () => {
    expect(appShell(bundle(built)).files).toEqual([
      'assets/favicon-c3.svg',
      'assets/index-a1.js',
      'assets/index.worker-b2.js',
      'index.html',
    ]);
  });

  test('leaves out source maps, the synset data and the service worker itself', () => {
    const { files } = appShell(bundle(built));
    expect(files.filter((file) => file.endsWith('.map') || file.endsWith('.gz') || file.startsWith('data/'))).toEqual([]);
    expect(files).not.toContain('service-worker.js');
  });

  test('the version changes with any shell file, and only with them', () => {
    const { version } = appShell(bundle(built));
    expect(appShell(bundle({ ...built })).version).toBe(version);
    expect(appShell(bundle({ ...built, 'index.html': '<title>new</title>' })).version).not.toBe(version);
    expect(appShell(bundle({ ...built, 'assets/index.worker-b2.js': 'worker 2' })).version).not.toBe(version);
    expect(appShell(bundle({ ...built, 'data/generated/parts/names-000.e5.bin.gz': 'other part' })).version).toBe(version);
  });
});
