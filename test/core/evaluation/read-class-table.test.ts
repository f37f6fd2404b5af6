/** Reading class indices in every form NumPy and evaluation scripts write them, and every bad file. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClassCells, ClassTable } from '../../../src/core/evaluation/class-table.js';
import { parseClassTable } from '../../../src/core/evaluation/read-class-table.js';
import { classCellsOf } from '../../../src/core/evaluation/evaluate.js';
import { EvaluationInputError } from '../../../src/core/evaluation/input-error.js';
import { npyHeader, npyRowBytes } from '../../../src/core/npy.js';
import { useBuiltInLabelSets } from '../../../src/node/label-spaces.js';
import { queries } from '../real-data.js';
import { fixtureBytes } from './fixture-files.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '../../../src/node/project-root.js';

let cells: ClassCells;
beforeAll(() => {
  useBuiltInLabelSets(queries);
  cells = classCellsOf(queries.index, queries.labelSpaces.set('1k'));
});

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

/** The problems a bad file is reported with, as `line: message` strings. */
function problemsOf(bytes: Uint8Array, role: 'pred' | 'true' = 'pred'): string[] {
  try {
    parseClassTable(bytes, role, cells);
  } catch (error) {
    if (!(error instanceof EvaluationInputError)) throw error;
    return error.problems.map((p) => (p.line === null ? p.message : `${error.unit} ${p.line}: ${p.message}`));
  }
  throw new Error('the file was read without a problem');
}

describe('the forms of one table', () => {
  let npy: ClassTable;
  beforeAll(() => {
    npy = parseClassTable(fixtureBytes('subset-top5.npy'), 'pred', cells);
  });

  it('reads NumPy int64 (1000, 5) as 1,000 rows of top-5', () => {
    expect([npy.rows, npy.k, npy.unit, npy.files]).toStrictEqual([1000, 5, 'row', null]);
    expect(npy.form).toBe('.npy (1000, 5) <i8');
  });

  it.each([
    ['subset-top5.txt', "np.savetxt's default ('%.18e', spaces)", 'text, 5 columns'],
    ['subset-top5-tab.txt', 'tabs', 'text, 5 columns'],
    ['subset-top5-comma.csv', 'commas', 'text, 5 columns'],
    ['subset-top5-wnids.tsv', 'wnids', 'text, 5 columns'],
  ])('reads %s (%s) to the same classes', (file, _what, form) => {
    const table = parseClassTable(fixtureBytes(file), 'pred', cells);
    expect(table.form).toBe(form);
    expect([table.rows, table.k, table.unit]).toStrictEqual([1000, 5, 'line']);
    expect(table.classes).toStrictEqual(npy.classes);
  });

  it('reads a per-image CSV: the file column, pred_2 … pred_5 after predicted_class, the probability ignored', () => {
    const table = parseClassTable(fixtureBytes('subset-per-image.csv'), 'pred', cells);
    expect(table.form).toBe('CSV: file_name, 5 prediction columns');
    expect([table.rows, table.k]).toStrictEqual([1000, 5]);
    const firstLine = readFileSync(join(findProjectRoot(), 'test/fixtures/evaluation/subset-per-image.csv'), 'utf8')
      .split('\n')[1]!
      .split(',');
    expect(table.files![0]).toBe(firstLine[0]);
    expect(Array.from(table.classes.subarray(0, 5))).toStrictEqual([1, 3, 4, 5, 6].map((c) => Number(firstLine[c])));
    expect(table.lines[0]).toBe(2);
  });

  it('orders top-k columns by their number, whatever their order in the header', () => {
    const table = parseClassTable(text('top3\tpath\ttop1\ttop2\nn01440764\tval/x/a.JPEG\t1\t2\n'), 'pred', cells);
    expect(Array.from(table.classes)).toStrictEqual([1, 2, 0]);
    expect(table.files).toStrictEqual(['val/x/a.JPEG']);
    expect(table.form).toBe('TSV: path, 3 prediction columns');
  });

  it('reads the same top-2 from every layout np.save writes (C, Fortran, big-endian, uint8, float32)', () => {
    const read = (name: string) =>
      parseClassTable(readFileSync(join(findProjectRoot(), 'test/fixtures/numpy', name)), 'pred', cells).classes;
    const expected = read('top2.npy');
    expect(Array.from(expected)).toStrictEqual([0, 1, 1, 0, 208, 0, 207, 1]);
    for (const name of ['top2-fortran.npy', 'top2-big-endian.npy', 'top2-uint8.npy', 'top2-float32.npy', 'top2.txt']) {
      expect(read(name), name).toStrictEqual(expected);
    }
  });

  it('reads true labels in a CSV from their column, and a BOM, CRLF and # comments as nothing', () => {
    const table = parseClassTable(text('\ufeff# labels\r\nfile,label\r\nILSVRC2012_val_00000001.JPEG,65\r\n\r\n'), 'true', cells);
    expect([table.rows, table.k, Array.from(table.classes), table.files]).toStrictEqual([1, 1, [65], ['ILSVRC2012_val_00000001.JPEG']]);
  });

  it('reads quoted CSV cells', () => {
    const table = parseClassTable(text('"file_name","pred"\n"val/a, b/ILSVRC2012_val_00000001.JPEG","7"\n'), 'pred', cells);
    expect(table.files).toStrictEqual(['val/a, b/ILSVRC2012_val_00000001.JPEG']);
    expect(Array.from(table.classes)).toStrictEqual([7]);
  });
});

describe('bad files: every problem with its line', () => {
  it('names a cell that is no class index or wnid, with its line', () => {
    expect(problemsOf(text('1,2\n3,1000\n4,n99999999\n5,n02084071\n6,\n'))).toStrictEqual([
      'line 2: "1000" is not a class index of 1k (0 to 999)',
      'line 3: n99999999 is no WordNet 3.0 noun synset',
      'line 4: n02084071 is not a class of 1k',
      'line 5: an empty cell: expected a class index or a wnid',
    ]);
  });

  it('says scores are not class indices, in text and in .npy', () => {
    expect(problemsOf(text('0.25 0.75\n'))[0]).toMatch(/^line 1: "0.25" is not a whole number: expected class indices \(np\.argmax/);
    const scores = new Float32Array(2 * 1000).fill(0.001);
    const npy = new Uint8Array([...npyHeader('<f4', [2, 1000]), ...npyRowBytes(scores, 'float32')]);
    expect(problemsOf(npy)).toStrictEqual([
      '.npy (2, 1000) <f4: 1000 columns, one per class, look like scores: give class indices, best first (np.argsort(-scores, axis=1)[:, :5])',
    ]);
  });

  it('counts a row with another number of cells', () => {
    expect(problemsOf(text('1 2 3\n4 5\n'))).toStrictEqual(['line 2: 2 cells, but line 1 has 3: every row needs the same number']);
  });

  it('lists twenty problems and counts the rest', () => {
    const problems = problemsOf(text(Array.from({ length: 50 }, () => '-1').join('\n')));
    expect(problems).toHaveLength(21);
    expect(problems[20]).toBe('… and 30 more problems like these');
  });

  it('says a file of nothing is empty, and a .npy of no rows has none', () => {
    expect(problemsOf(text('\n# only a comment\n\n'))).toStrictEqual(['no rows: the file is empty']);
    expect(problemsOf(new Uint8Array(npyHeader('<i8', [0])))).toStrictEqual(['.npy (0,) <i8: no rows']);
  });

  it('reports a broken .npy and a 3-D array without reading on', () => {
    const header = npyHeader('<i8', [4]);
    expect(problemsOf(header.subarray(0, 8))).toStrictEqual(['the .npy header is cut short']);
    expect(problemsOf(new Uint8Array([...header, 1, 0, 0, 0]))[0]).toMatch(/^the \.npy data is cut short/);
    expect(problemsOf(new Uint8Array([...npyHeader('|u1', [1, 1, 1]), 0]))).toStrictEqual([
      'an array of shape (1, 1, 1): expected (N,) or (N, k), one image a row',
    ]);
  });

  it('finds the row of a bad .npy value', () => {
    const values = new Int32Array([1, 2, 3, 4000, 5, -6]);
    const npy = new Uint8Array([...npyHeader('<i4', [3, 2]), ...npyRowBytes(values, 'int32')]);
    expect(problemsOf(npy)).toStrictEqual([
      'row 2: "4000" is not a class index of 1k (0 to 999)',
      'row 3: "-6" is not a class index of 1k (0 to 999)',
    ]);
  });

  it('asks for a header when a row starts with a file name', () => {
    expect(problemsOf(text('ILSVRC2012_val_00000001.JPEG,65\n'))[0]).toBe(
      'line 1: "ILSVRC2012_val_00000001.JPEG" is neither a class index of 1k (0 to 999) nor a wnid (a file name? a per-image CSV needs a header: file_name,predicted_class)',
    );
  });

  it('names what a CSV header lacks or gives twice', () => {
    expect(problemsOf(text('file_name,score\na.JPEG,1\n'))[0]).toMatch(
      /^line 1: no prediction column: name one predicted_class, pred or prediction/,
    );
    expect(problemsOf(text('file,path,pred\na,b,1\n'))).toStrictEqual(['line 1: two file columns (file, path): give one']);
    expect(problemsOf(text('pred_1,top1\n1,2\n'))).toStrictEqual([
      'line 1: pred_1 and top1 claim the same rank: number the top-k columns 1, 2, 3…',
    ]);
    expect(problemsOf(text('file,pred\nx\n'))).toStrictEqual(['line 2: 1 cells, but the header has 2']);
    expect(problemsOf(text('file,label,target\na,1,2\n'), 'true')).toStrictEqual([
      'line 1: 2 true-label columns (label, target): give one',
    ]);
  });

  it('holds true labels to one class a row', () => {
    expect(problemsOf(text('1 2\n'), 'true')).toStrictEqual(['line 1 has 2 cells: true labels are one class a row']);
  });
});
