import { beforeAll, describe, expect, it } from 'vitest';
import type { CliRecord } from '../../src/cli/commands.js';
import { jsonLine } from '../../src/cli/json-format.js';
import { spaceInUse } from '../../src/cli/query-run.js';
import { textLines, type TextContext } from '../../src/cli/text-format.js';
import { SynsetQueries } from '../../src/core/queries.js';
import { useBuiltInLabelSets } from '../../src/node/label-spaces.js';
import { readKnownIssues } from '../../src/node/evaluation-data.js';
import { loadIndex } from '../../src/node/load-bundle.js';

let queries: SynsetQueries;
let context: TextContext;
beforeAll(() => {
  queries = new SynsetQueries(loadIndex());
  useBuiltInLabelSets(queries);
  context = { space: spaceInUse(queries, { in: 'all' }, 'wordnet'), names: false, width: undefined };
});

describe('text output', () => {
  it('cuts a lookup line to the terminal width', () => {
    const record: CliRecord = { command: 'lookup', input: 'dog.n.01', synset: queries.resolve('n02084071') };
    const whole = textLines(record, context);
    const cut = textLines(record, { ...context, width: 50 });
    expect(whole.length).toBeGreaterThan(51);
    expect(cut.endsWith('…\n')).toBe(true);
    expect(cut.length).toBe(51);
    expect(whole.startsWith(cut.slice(0, 49))).toBe(true);
  });

  it('shows an lca pair with labels', () => {
    const [a, b] = [queries.resolve('n01440764'), queries.resolve('n02084071')];
    const record: CliRecord = { command: 'lca', input: 'n01440764,n02084071', a, b, lca: queries.index.lowestCommonHypernyms(a, b) };
    expect(textLines(record, context)).toMatch(/^n01440764 tench +\+ +n02084071 dog +-> +n01471682 \S/);
  });

  it('says when a search found nothing', () => {
    expect(textLines({ command: 'search', input: 'zzz', query: 'zzz', results: [] }, context)).toBe('zzz:\n  (no matches)\n');
  });
});

describe('jsonLine', () => {
  it('writes one line with no lexname', () => {
    const line = jsonLine(
      { command: 'lookup', input: '0', synset: queries.resolve('n01440764') },
      { space: context.space, fields: undefined, names: false, knownIssues: (k) => readKnownIssues()[k]! },
    );
    expect(line.endsWith('\n')).toBe(true);
    expect(line.indexOf('\n')).toBe(line.length - 1);
    expect(line).not.toContain('lexname');
  });
});
