/** `synset export --format clip|clip-py`: CLIP zero-shot heads that parse, with the right counts. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clipHead, writeClipHead } from '../../src/core/clip-export.js';
import { ExportError } from '../../src/core/label-export.js';
import { exportClipHead, openSynsets } from '../../src/node/index.js';
import { ROOT } from './run-cli.js';
import { runMain } from './run-main.js';

const CLIP_NAMES = JSON.parse(readFileSync(join(ROOT, 'data/labelsets/names/clip.json'), 'utf8')) as string[];
const TEMPLATES = JSON.parse(readFileSync(join(ROOT, 'data/labelsets/names/clip-templates.json'), 'utf8')) as string[];

interface Head {
  classnames: string[];
  templates: string[];
}

/** The lists a Python module defines, as Python 3 reads them (run in a child process; nothing else is imported). */
function pythonLists(source: string): Head {
  const file = join(mkdtempSync(join(tmpdir(), 'synset-clip-')), 'head.py');
  writeFileSync(file, source);
  const script =
    'import json, runpy, sys\nm = runpy.run_path(sys.argv[1])\nprint(json.dumps({"classnames": m["classnames"], "templates": m["templates"]}))';
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as Head;
}

async function head(args: string[]): Promise<Head> {
  const run = await runMain(['export', ...args, '--format', 'clip']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Head;
}

describe('export --format clip', () => {
  it("the 1k: CLIP's curated 1,000 names in class index order, and its 80 ImageNet templates", async () => {
    const { classnames, templates } = await head(['--set', '1k']);
    expect(CLIP_NAMES).toHaveLength(1000);
    expect(classnames).toEqual(CLIP_NAMES);
    expect(TEMPLATES).toHaveLength(80);
    expect(templates).toEqual(TEMPLATES);
    expect(templates[0]).toBe('a bad photo of a {}.');
  });

  it.each([
    ['21k', 21841],
    ['imagenet-r', 200],
    ['tencent-ml-images', 11166],
  ])('%s: its %i unique names, each class once, in index order', async (set, size) => {
    const { classnames, templates } = await head(['--set', set]);
    expect(classnames).toHaveLength(size);
    expect(new Set(classnames.map((name) => name.toLowerCase())).size).toBe(size);
    expect(templates).toHaveLength(80);
    const queries = openSynsets();
    const first = queries.labelSpaces.set(set).synsetAt(0);
    expect(classnames[0]!.startsWith(queries.index.labelOf(first))).toBe(true);
  });

  it("coco: 80 names, the stop sign's hole named as COCO names it", async () => {
    const { classnames } = await head(['--set', 'coco']);
    expect(classnames).toHaveLength(80);
    expect(classnames[11]).toBe('stop sign');
    expect(classnames.every((name) => name.length > 0)).toBe(true);
  });

  it('--names chooses the names: CLIP’s for the 1k classes of ImageNet-R', async () => {
    const { classnames } = await head(['--set', 'imagenet-r', '--names', 'clip']);
    const queries = openSynsets();
    const r = queries.labelSpaces.set('imagenet-r');
    expect(classnames).toEqual(Array.from(r.classes, (i) => CLIP_NAMES[queries.index.index1k[i]!]));
  });

  it('a custom list with a bad line is refused: the head would have no name for that index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'synset-clip-'));
    const list = join(dir, 'classes.txt');
    writeFileSync(list, 'n01440764\nnot-a-class\ndog.n.01\n');
    const run = await runMain(['export', '--set', list, '--format', 'clip']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `synset: class 1 of ${list} names no synset, so a CLIP head has no name for it: fix or remove that line of the list\n`,
    );
  });
});

describe('export --format clip-py', () => {
  it.each(['1k', 'coco', 'tiered-imagenet-test'])('%s: a module Python reads, with the JSON head’s lists', async (set) => {
    const run = await runMain(['export', '--set', set, '--format', 'clip-py']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# CLIP zero-shot head for /);
    expect(pythonLists(run.stdout)).toEqual(await head(['--set', set]));
  });

  it('writes any name as a Python string: quotes, backslashes, non-ASCII, line separators', () => {
    const names = ['a "quoted" name', 'back\\slash', 'naïve café', 'line\u2028separator', "O'Brien", 'tab\there'];
    const text = writeClipHead(
      clipHead(names, () => undefined, ['a photo of a {}.'], 'test'),
      'clip-py',
      {
        set: 'test\nset',
        style: 'unique',
        templates: 'test',
      },
    );
    expect(pythonLists(text)).toEqual({ classnames: names, templates: ['a photo of a {}.'] });
  });

  it('the Node API writes the same heads', async () => {
    expect(JSON.parse(exportClipHead('imagenette'))).toEqual(await head(['--set', 'imagenette']));
    expect(exportClipHead('coco', 'clip-py')).toBe((await runMain(['export', '--set', 'coco', '--format', 'clip-py'])).stdout);
  });

  it('damaged templates are refused', () => {
    expect(() => clipHead(['dog'], () => undefined, ['no placeholder'], 'x')).toThrow(ExportError);
  });
});
