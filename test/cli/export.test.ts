/** `synset export`: a label set's classes as files for scripts, and subtrees. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonLines, lines, ROOT } from './run-cli.js';
import { runMain } from './run-main.js';

const folder = mkdtempSync(join(tmpdir(), 'synset-export-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const wnids1k = readFileSync(join(ROOT, 'data/imagenet/ilsvrc2012.txt'), 'utf8').split('\n').filter(Boolean);

/** NLTK's names of the 1k classes (data/nltk/make-label-fixtures.py): [wnid, keras, hf] in class index order. */
const nltkClasses = (
  JSON.parse(readFileSync(join(ROOT, 'test/fixtures/nltk-labels.json'), 'utf8')) as { classes1k: [string, string, string][] }
).classes1k;

async function exported(args: string[]): Promise<string> {
  const run = await runMain(['export', ...args]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

describe('synset export --set', () => {
  it("writes Keras' imagenet_class_index.json: for all 1,000, [wnid, NLTK's first lemma name], underscores kept", async () => {
    const keras = JSON.parse(await exported(['--set', '1k', '--format', 'keras'])) as Record<string, [string, string]>;
    expect(Object.keys(keras)).toStrictEqual(nltkClasses.map((_, k) => String(k)));
    nltkClasses.forEach(([wnid, name], k) => expect(keras[String(k)], `class ${k}`).toStrictEqual([wnid, name]));
    wnids1k.forEach((wnid, k) => expect(keras[String(k)]![0]).toBe(wnid));
    // As Keras' file has them: decode_predictions' names, repeats and all.
    expect(keras['2']).toStrictEqual(['n01484850', 'great_white_shark']);
    expect([keras['134']![1], keras['517']![1], keras['638']![1], keras['639']![1]]).toStrictEqual([
      'crane',
      'crane',
      'maillot',
      'maillot',
    ]);
  });

  it("writes the checkpoints' hf id2label for all 1,000 (every lemma, comma-joined), and label2id its inverse, the later crane kept", async () => {
    const hf = JSON.parse(await exported(['--set', '1k', '--format', 'hf'])) as {
      id2label: Record<string, string>;
      label2id: Record<string, number>;
    };
    expect(Object.keys(hf.id2label)).toStrictEqual(nltkClasses.map((_, k) => String(k)));
    nltkClasses.forEach(([, , label], k) => expect(hf.id2label[String(k)], `class ${k}`).toBe(label));
    expect(hf.id2label['0']).toBe('tench, Tinca tinca');
    // Inverting id2label as Hugging Face's files do: a name of two classes maps to the later.
    const inverted = new Map<string, number>();
    for (const [id, label] of Object.entries(hf.id2label)) inverted.set(label, Number(id));
    expect(Object.entries(hf.label2id)).toStrictEqual([...inverted]);
    expect(Object.keys(hf.label2id)).toHaveLength(999);
    expect(hf.label2id.crane).toBe(517);
  });

  it("keeps --names over the format's own names, and unique names for hf on other sets", async () => {
    const keras = JSON.parse(await exported(['--set', '1k', '--format', 'keras', '--names', 'unique'])) as Record<string, [string, string]>;
    expect(keras['134']![1]).toMatch(/^crane \(.+\)$/);
    const woof = JSON.parse(await exported(['--set', 'imagewoof', '--format', 'hf'])) as { id2label: Record<string, string> };
    expect(woof.id2label['6']).toBe('golden retriever');
    const hfNames = lines(await exported(['--set', '1k', '--names', 'hf']));
    expect(hfNames[0]).toBe('tench, Tinca tinca');
  });

  it('names classes uniquely by default: the two cranes differ', async () => {
    const names = lines(await exported(['--set', '1k']));
    expect(names).toHaveLength(1000);
    expect(names[134]).toMatch(/^crane \(.+\)$/);
    expect(names[517]).toMatch(/^crane \(.+\)$/);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(1000);
  });

  it('refuses hf with other names two classes share, in one line, exit 1, naming the classes and the fix', async () => {
    const run = await runMain(['export', '--set', '1k', '--format', 'hf', '--names', 'wordnet']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toStrictEqual([
      "synset: hf's label2id maps each name to one class, but classes 134 and 517 of 1k are both 'crane': use the unique names (--names unique)",
    ]);
  });

  it('gives a custom list with holes (a bad line, a repeat) an hf file: the holes named in id2label, left out of label2id', async () => {
    const list = join(folder, 'holes.txt');
    writeFileSync(list, 'n01440764\nbogus\nn01443537\nn01440764\n');
    const run = await runMain(['export', '--set', list, '--format', 'hf']);
    // The list's bad lines are reported as it is read, and make the exit status 1; the file is written.
    expect(run.status).toBe(1);
    expect(lines(run.stderr)).toStrictEqual([
      expect.stringMatching(/line 2: "bogus": not a synset id/),
      expect.stringMatching(/line 4: "n01440764": repeats class 0 \(line 1\)/),
    ]);
    const hf = JSON.parse(run.stdout) as { id2label: Record<string, string>; label2id: Record<string, number> };
    expect(hf.id2label).toStrictEqual({ 0: 'tench', 1: '', 2: 'goldfish', 3: '' });
    expect(hf.label2id).toStrictEqual({ tench: 0, goldfish: 2 });
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
