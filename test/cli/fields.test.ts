/** Output for scripts: --format tsv|csv, --fields, --header and --on-error inline. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, lines, ROOT } from './run-cli.js';
import { runMain } from './run-main.js';

const wnids1k = readFileSync(join(ROOT, 'data/imagenet/ilsvrc2012.txt'), 'utf8').split('\n').filter(Boolean);

describe('--format tsv|csv and --fields', () => {
  it('writes the fields asked for, in their order, one row per input', async () => {
    const run = await runMain(['lookup', '207', 'dog.n.01', '--format', 'tsv', '--fields', 'index,wnid,label,name']);
    expect(run.status).toBe(0);
    expect(lines(run.stdout)).toStrictEqual(['207\tn02099601\tgolden retriever\tgolden_retriever.n.01', '\tn02084071\tdog\tdog.n.01']);
  });

  it('writes input, wnid, index and label by default, with a header when asked', async () => {
    const run = await runMain(['lookup', 'n01440764', '--format', 'csv', '--header']);
    expect(lines(run.stdout)).toStrictEqual(['input,wnid,index,label', 'n01440764,n01440764,0,tench']);
  });

  it('quotes csv fields that need it and joins lists', async () => {
    const run = await runMain(['lookup', 'dog.n.01', '--format', 'csv', '--fields', 'lemmas,gloss']);
    const [line] = lines(run.stdout);
    expect(line).toMatch(/^"dog, domestic dog, Canis familiaris",a member of the genus Canis .*breeds$/);
    const [limpkin] = lines((await runMain(['lookup', '135', '--format', 'csv', '--fields', 'index,gloss'])).stdout);
    expect(limpkin).toBe('135,"wading bird of Florida, Cuba and Jamaica having a drooping bill and a distinctive wailing call"');
  });

  it('gives --fields alone as tsv, and as JSON objects with --json', async () => {
    const tsv = await runMain(['lookup', '0', '--fields', 'wnid,index1k']);
    expect(tsv.stdout).toBe('n01440764\t0\n');
    const json = await runMain(['lookup', '0', '--fields', 'wnid,index1k', '--json']);
    expect(jsonLines(json.stdout)).toStrictEqual([{ input: '0', wnid: 'n01440764', index1k: 0 }]);
  });

  it('gives descendants one row per descendant, and indices in JSON with --fields wnid,index', async () => {
    const tsv = await runMain(['descendants', 'dog.n.01', '--in', '1k', '--format', 'tsv', '--fields', 'wnid,index']);
    const rows = lines(tsv.stdout).map((line) => line.split('\t'));
    expect(rows).toHaveLength(118);
    for (const [wnid, index] of rows) expect(wnids1k[Number(index)]).toBe(wnid);
    const json = await runMain(['descendants', 'dog.n.01', '--in', '1k', '--json', '--fields', 'wnid,index']);
    const [dog] = jsonLines(json.stdout);
    const items = dog!.descendants as { wnid: string; index: number }[];
    expect(items).toHaveLength(118);
    expect(Object.keys(items[0]!)).toStrictEqual(['wnid', 'index']);
    for (const { wnid, index } of items) expect(wnids1k[index]).toBe(wnid);
  });

  it.each([
    ['an unknown field', ['lookup', '0', '--fields', 'wnid,colour']],
    ["map's fields on lookup", ['lookup', '0', '--fields', 'to']],
    ['--fields on search', ['search', 'dog', '--fields', 'wnid']],
    ['--format on ancestors', ['ancestors', 'dog.n.01', '--format', 'tsv']],
    ['--json with --format csv', ['lookup', '0', '--json', '--format', 'csv']],
    ['--header without a table', ['lookup', '0', '--header']],
    ['an unknown --format', ['lookup', '0', '--format', 'xml']],
  ])('exits 2 on %s', async (_, args) => {
    const run = await runMain(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('labels 50,000 predicted indices from stdin, line N for input N', async () => {
    const indices = Array.from({ length: 50_000 }, (_, k) => (k * 7919) % 1000);
    const run = await runMain(['lookup', '-', '--format', 'tsv', '--fields', 'index,wnid,label'], indices.join('\n') + '\n');
    expect(run.status).toBe(0);
    const rows = lines(run.stdout);
    expect(rows).toHaveLength(50_000);
    rows.forEach((row, k) => {
      const [index, wnid] = row.split('\t');
      if (index !== String(indices[k]) || wnid !== wnids1k[indices[k]!]) expect.fail(`line ${k + 1}: ${row}`);
    });
  });
});

describe('--fields name and label', () => {
  it("gives NLTK's name for name and the human name for label, wherever --fields is taken", async () => {
    expect(lines((await runMain(['lookup', '776', '--fields', 'name,label'])).stdout)).toStrictEqual(['sax.n.02\tsax']);
    expect(jsonLines((await runMain(['map', '776', '--to', 'imagenette', '--fields', 'name,label', '--json'])).stdout)).toStrictEqual([
      { input: '776', name: 'sax.n.02', label: 'sax' },
    ]);
    const below = jsonLines((await runMain(['descendants', 'retriever.n.01', '--fields', 'label,name', '--json'])).stdout)[0]!;
    expect(below.descendants).toContainEqual({ label: 'golden retriever', name: 'golden_retriever.n.01' });
    expect(lines((await runMain(['lookup', '776', '--fields', 'label', '--names', 'hf'])).stdout)).toStrictEqual(['sax, saxophone']);
  });

  it('says in the help which is which', async () => {
    expect((await runMain(['--help'])).stdout).toContain("name is NLTK's (sax.n.02), label the human name in the --names style");
  });
});

describe('--on-error inline', () => {
  const input = 'n01440764\nbogus\n\n207.5\n999\n';

  it('answers a failed input in place in JSON, so answer N is input N, a blank line included', async () => {
    const run = await runMain(['lookup', '-', '--json', '--fields', 'wnid', '--on-error', 'inline'], input);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const answers = jsonLines(run.stdout);
    expect(answers.map((answer) => answer.input)).toStrictEqual(['n01440764', 'bogus', '', '207.5', '999']);
    expect(answers[1]).toStrictEqual({ input: 'bogus', error: expect.stringMatching(/^not a synset id/) });
    expect(answers[2]).toStrictEqual({ input: '', error: 'empty line' });
    expect(answers[3]).toStrictEqual({ input: '207.5', error: 'a class index is a whole number from 0, not 207.5' });
    expect(answers[4]).toStrictEqual({ input: '999', wnid: 'n15075141' });
  });

  it('keeps output line N for input line N with blank lines anywhere, in JSON, tsv and csv (a join on position holds)', async () => {
    const blanks = '\n207\n\n\n0\n  \n';
    const inputLines = blanks.split('\n').slice(0, -1);
    for (const format of [['--json'], ['--format', 'tsv'], ['--format', 'csv']]) {
      const run = await runMain(['lookup', '-', ...format, '--on-error', 'inline'], blanks);
      const out = lines(run.stdout);
      expect(out, format.join(' ')).toHaveLength(inputLines.length);
      inputLines.forEach((line, n) => expect(out[n]!.includes('empty line'), `${format.join(' ')} line ${n + 1}`).toBe(line.trim() === ''));
    }
    // Without --on-error inline blank lines are still skipped, as before.
    expect(lines((await runMain(['lookup', '-', '--json'], blanks)).stdout)).toHaveLength(2);
  });

  it('writes a row with an error column in tsv and csv', async () => {
    const tsv = await runMain(['lookup', '-', '--format', 'tsv', '--on-error', 'inline', '--header'], input);
    const rows = lines(tsv.stdout).map((line) => line.split('\t'));
    expect(rows[0]).toStrictEqual(['input', 'wnid', 'index', 'label', 'error']);
    expect(rows.slice(1).map((row) => row.length)).toStrictEqual([5, 5, 5, 5, 5]);
    expect(rows[3]).toStrictEqual(['', '', '', '', 'empty line']);
    expect(rows[1]).toStrictEqual(['n01440764', 'n01440764', '0', 'tench', '']);
    expect(rows[2]!.slice(0, 4)).toStrictEqual(['bogus', '', '', '']);
    expect(rows[2]![4]).toMatch(/^not a synset id/);
    const csv = await runMain(['map', '-', '--to', 'imagenet-r', '--format', 'csv', '--on-error', 'inline'], input);
    expect(lines(csv.stdout)[1]).toMatch(/^bogus,,,,,"not a synset id: /);
  });

  it('keeps search answers aligned too', async () => {
    const run = await runMain(['search', '-', '--json', '--limit', '1', '--on-error', 'inline'], `tench\n${'q'.repeat(200)}\ndog\n`);
    expect(jsonLines(run.stdout).map((answer) => [String(answer.input).slice(0, 5), 'error' in answer])).toStrictEqual([
      ['tench', false],
      ['qqqqq', true],
      ['dog', false],
    ]);
  });

  it('needs JSON or a table', async () => {
    expect((await runMain(['lookup', '0', '--on-error', 'inline'])).status).toBe(2);
    expect((await runMain(['lookup', '0', '--json', '--on-error', 'later'])).status).toBe(2);
  });
});
