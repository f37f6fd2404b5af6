import { describe, expect, it } from 'vitest';
import { indexWorkerName, openOptionsInName } from '../../src/worker/worker-name.js';

describe("the index worker's name", () => {
  it('carries the open options there and back', () => {
    const options = {
      dbName: 'a "quoted" name',
      dataUrl: 'https://example.org/parts.json?x=1#y',
      blockedTimeoutMs: 250,
      preloadTree: true,
    };
    expect(openOptionsInName(indexWorkerName(options))).toEqual(options);
    expect(openOptionsInName(indexWorkerName({}))).toEqual({});
  });

  it('carries none in a name of another form, or one that is not an object', () => {
    for (const name of [
      '',
      'synset-index',
      'synset-index-test',
      'synset-index opening ',
      'synset-index opening {',
      'synset-index opening [1]',
      'synset-index opening null',
      'other opening {}',
    ])
      expect(openOptionsInName(name), name).toBeUndefined();
  });
});
