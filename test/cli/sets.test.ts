/** `synset sets`: the built-in label spaces, as a table and as JSON Lines. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, lines, ROOT } from './run-cli.js';
import { runMain } from './run-main.js';

/** Each set's size from its own list file: the catalog names the file, the file has a wnid a line. */
function sizesFromFiles(): Map<string, number> {
  const folder = join(ROOT, 'data/labelsets');
  const catalog = JSON.parse(readFileSync(join(folder, 'catalog.json'), 'utf8')) as { sets: { name: string; file: string }[] };
  return new Map(catalog.sets.map((set) => [set.name, readFileSync(join(folder, set.file), 'utf8').split('\n').filter(Boolean).length]));
}

describe('synset sets', () => {
  it('lists the 22 built-in sets with exactly the documented keys and their list files’ sizes', async () => {
    const run = await runMain(['sets', '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const rows = jsonLines(run.stdout);
    expect(rows).toHaveLength(22);
    const sizes = sizesFromFiles();
    for (const row of rows) {
      expect(Object.keys(row)).toStrictEqual(['name', 'classes', 'source', 'licence', 'description', 'order']);
      expect((row.order as string).length, String(row.name)).toBeGreaterThan(5);
      expect(row.classes, String(row.name)).toBe(sizes.get(row.name as string));
      expect((row.source as string).length).toBeGreaterThan(10);
      expect((row.licence as string).length).toBeGreaterThan(2);
    }
    expect(rows.map((row) => row.name)).toEqual(expect.arrayContaining(['1k', '21k', 'imagenet-r', 'imagewoof', 'objectnet-1k']));
    expect(rows.find((row) => row.name === '21k')?.classes).toBe(21841);
  });

  it('prints one aligned line per set: name, classes, description', async () => {
    const run = await runMain(['sets']);
    expect(run.status).toBe(0);
    const table = lines(run.stdout);
    expect(table).toHaveLength(22);
    expect(table[0]).toMatch(/^1k +1,000 +ILSVRC-2012/);
    const descriptionColumn = table[0]!.indexOf('ILSVRC');
    const winter = table.find((line) => line.startsWith('21k-p-winter21 '))!;
    expect(winter).toMatch(/^21k-p-winter21 +10,450 +\S/);
    expect(winter[descriptionColumn - 1]).toBe(' ');
    expect(winter[descriptionColumn]).not.toBe(' ');
  });

  it('takes no arguments', async () => {
    const run = await runMain(['sets', '1k']);
    expect(run.status).toBe(2);
  });
});
