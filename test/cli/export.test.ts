/** `synset export`: a label set's classes as files for scripts, and subtrees. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonLines, lines, ROOT } from './run-cli.js';
import { runMain } from './run-main.js';

const folder = mkdtempSync(join(tmpdir(), 'synset-export-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const wnids1k = readFileSync(join(ROOT, 'data/imagenet/ilsvrc2012.txt'), 'utf8').split('\n').filter(Boolean);

async function exported(args: string[]): Promise<string> {
  const run = await runMain(['export', ...args]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

describe('synset export --set', () => {
  it('writes keras imagenet_class_index.json: 1,000 entries, [wnid, name] by index', async () => {
    const keras = JSON.parse(await exported(['--set', '1k', '--format', 'keras'])) as Record<string, [string, string]>;
    expect(Object.keys(keras)).toHaveLength(1000);
    expect(keras['0']).toStrictEqual(['n01440764', 'tench']);
    wnids1k.forEach((wnid, k) => expect(keras[String(k)]![0]).toBe(wnid));
  });

  it('writes hf id2label and label2id: 1,000 names, each other’s inverse', async () => {
    const hf = JSON.parse(await exported(['--set', '1k', '--format', 'hf'])) as {
      id2label: Record<string, string>;
      label2id: Record<string, number>;
    };
    expect(Object.keys(hf.id2label)).toHaveLength(1000);
    expect(Object.keys(hf.label2id)).toHaveLength(1000);
    for (const [id, label] of Object.entries(hf.id2label)) expect(hf.label2id[label]).toBe(Number(id));
  });

  it('names classes uniquely by default: the two cranes differ', async () => {
    const names = lines(await exported(['--set', '1k']));
    expect(names).toHaveLength(1000);
    expect(names[134]).toMatch(/^crane \(.+\)$/);
    expect(names[517]).toMatch(/^crane \(.+\)$/);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(1000);
  });

  it('refuses hf with names two classes share, in one line, exit 1', async () => {
    const run = await runMain(['export', '--set', '1k', '--format', 'hf', '--names', 'wordnet']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toStrictEqual([
      expect.stringMatching(/^synset: hf's label2id needs distinct names.*crane.*: use the unique names \(--names unique\)$/),
    ]);
  });

  it('writes csv and tsv with a header, jsonl and json records, in index order', async () => {
    const csv = lines(await exported(['--set', 'imagenette', '--format', 'csv']));
    expect(csv[0]).toBe('index,wnid,label');
    expect(csv[1]).toBe('0,n01440764,tench');
    expect(csv).toHaveLength(11);
    const tsv = lines(await exported(['--set', 'imagenette', '--format', 'tsv']));
    expect(tsv[1]).toBe('0\tn01440764\ttench');
    const jsonl = jsonLines(await exported(['--set', 'imagenette', '--format', 'jsonl']));
    expect(jsonl[0]).toStrictEqual({ index: 0, wnid: 'n01440764', label: 'tench' });
    const json = JSON.parse(await exported(['--set', 'imagenette', '--format', 'json'])) as unknown[];
    expect(json).toStrictEqual(jsonl);
  });

  it('takes a published name list: simple names of the 1k', async () => {
    const simple = JSON.parse(readFileSync(join(ROOT, 'data/labelsets/names/simple.json'), 'utf8')) as string[];
    expect(lines(await exported(['--set', '1k', '--names', 'simple']))).toStrictEqual(simple);
  });

  it('writes to a file with -o, and nothing to stdout', async () => {
    const file = join(folder, 'imagewoof.json');
    expect(await exported(['--set', 'imagewoof', '--format', 'keras', '-o', file])).toBe('');
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object)).toHaveLength(10);
  });

  it('says, in one line, when it cannot write the file', async () => {
    const run = await runMain(['export', '--set', 'imagewoof', '-o', join(folder, 'no/such/folder/x.txt')]);
    expect(run.status).toBe(1);
    expect(lines(run.stderr)).toStrictEqual([expect.stringMatching(/^synset: cannot write ".*x\.txt": /)]);
  });

  it.each([
    ['no --set or --under', ['export']],
    ['a tree format for a set', ['export', '--set', '1k', '--format', 'json-tree']],
    ['a set format for a subtree', ['export', '--under', 'dog.n.01', '--format', 'keras']],
    ['--json', ['export', '--set', '1k', '--json']],
  ])('exits 2 on %s', async (_, args) => {
    expect((await runMain(args)).status).toBe(2);
  });
});

interface Node {
  wnid: string;
  label: string;
  index: number | null;
  count: number;
  children: Node[];
  cut?: number;
}

function flatten(node: Node): Node[] {
  return [node, ...node.children.flatMap(flatten)];
}

describe('synset export --under', () => {
  it('nests the subtree as JSON: every 1k dog once, with its index', async () => {
    const tree = JSON.parse(await exported(['--under', 'dog.n.01', '--in', '1k', '--format', 'json-tree'])) as Node;
    expect(tree.wnid).toBe('n02084071');
    expect(tree.count).toBe(118);
    const nodes = flatten(tree);
    const members = nodes.filter((node) => node.index !== null);
    expect(members).toHaveLength(118);
    expect(new Set(nodes.map((node) => node.wnid)).size).toBe(nodes.length);
    for (const node of members) expect(wnids1k[node.index!]).toBe(node.wnid);
    expect(nodes.some((node) => 'cut' in node)).toBe(false);
  });

  it('writes one row per synset with its parent, parents first', async () => {
    const rows = lines(await exported(['--under', 'dog.n.01', '--format', 'tsv'])).map((line) => line.split('\t'));
    expect(rows[0]).toStrictEqual(['wnid', 'parent', 'depth', 'label', 'index', 'count']);
    const body = rows.slice(1);
    expect(body).toHaveLength(190); // dog and its 189 descendants
    expect(body[0]).toStrictEqual(['n02084071', '', '0', 'dog', '', '189']);
    const seen = new Set<string>();
    for (const [wnid, parent] of body) {
      if (parent !== '') expect(seen.has(parent!)).toBe(true);
      seen.add(wnid!);
    }
  });

  it('says what a --depth limit left out, on stderr and in the rows', async () => {
    const whole = jsonLines(await exported(['--under', 'dog.n.01', '--in', '1k', '--format', 'jsonl']));
    const run = await runMain(['export', '--under', 'dog.n.01', '--in', '1k', '--format', 'jsonl', '--depth', '2']);
    expect(run.status).toBe(0);
    const cut = jsonLines(run.stdout);
    expect(cut.every((row) => (row.depth as number) <= 2)).toBe(true);
    const leftOut = cut.reduce((sum, row) => sum + (row.cut as number), 0);
    expect(leftOut).toBeGreaterThan(0);
    expect(cut.length + leftOut).toBe(whole.length);
    expect(lines(run.stderr)).toStrictEqual([
      `synset: --depth 2 left out ${leftOut} synsets below n02084071 (counted in "cut" where they were cut)`,
    ]);
  });

  it('marks the nodes a --depth cut in the nested JSON', async () => {
    const run = await runMain(['export', '--under', 'canine.n.02', '--in', 'imagewoof', '--depth', '1']);
    const tree = JSON.parse(run.stdout) as Node;
    const dog = tree.children.find((node) => node.wnid === 'n02084071')!;
    expect(dog.children).toStrictEqual([]);
    expect(dog.cut).toBeGreaterThanOrEqual(9);
    expect(run.stderr).toMatch(/--depth 1 left out/);
  });

  it('reports a bad id in one line, exit 1', async () => {
    const run = await runMain(['export', '--under', 'n99999999']);
    expect(run.status).toBe(1);
    expect(lines(run.stderr)).toStrictEqual([expect.stringMatching(/^synset: "n99999999": /)]);
  });
});
