/** `synset matrix`: the N×N matrix of a metric, as npy read back, csv and json. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { float32Text } from '../../src/cli/matrix.js';
import { npyHeader, parseNpy } from '../../src/core/npy.js';
import { lchSimilarity, pathLength, setHeight, severity, wupSimilarity } from '../../src/core/hierarchy-metrics.js';
import { SynsetQueries } from '../../src/core/queries.js';
import { useBuiltInLabelSets } from '../../src/node/label-spaces.js';
import { loadIndex } from '../../src/node/load-bundle.js';
import { lines, synset } from './run-cli.js';
import { runMain } from './run-main.js';

let queries: SynsetQueries;
let work: string;
beforeAll(() => {
  queries = new SynsetQueries(loadIndex());
  useBuiltInLabelSets(queries);
  work = mkdtempSync(join(tmpdir(), 'synset-matrix-test-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Npy {
  descr: string;
  fortranOrder: boolean;
  shape: number[];
  dataOffset: number;
  data: Buffer;
}

/** Reads an .npy file as NumPy's format 1.0 describes it, independently of the writer. */
function readNpy(bytes: Buffer): Npy {
  expect(bytes.subarray(0, 6).toString('latin1')).toBe('\x93NUMPY');
  expect([bytes[6], bytes[7]]).toStrictEqual([1, 0]);
  const length = bytes.readUInt16LE(8);
  const header = bytes.subarray(10, 10 + length).toString('latin1');
  expect(header.endsWith('\n')).toBe(true);
  const match = /^\{'descr': '([^']+)', 'fortran_order': (True|False), 'shape': \((\d+), (\d+)\), \} *\n$/.exec(header);
  expect(match).not.toBeNull();
  const dataOffset = 10 + length;
  return {
    descr: match![1]!,
    fortranOrder: match![2] === 'True',
    shape: [Number(match![3]), Number(match![4])],
    dataOffset,
    data: bytes.subarray(dataOffset),
  };
}

const classesOf = (set: string) => queries.labelSpaces.set(set).classes;

describe('synset matrix --format npy', () => {
  it('writes the 1k severity matrix as int8 that reads back: header, shape, cells against severity()', async () => {
    const file = join(work, 'severity-1k.npy');
    const run = await runMain(['matrix', '--set', '1k', '--metric', 'severity', '--format', 'npy', '-o', file]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const npy = readNpy(readFileSync(file));
    expect(npy).toMatchObject({ descr: '|i1', fortranOrder: false, shape: [1000, 1000] });
    expect(npy.dataOffset % 64).toBe(0);
    expect(npy.data.length).toBe(1000 * 1000);
    const k1 = classesOf('1k');
    const height = setHeight(queries.index, k1);
    for (const [i, j] of [
      [0, 1],
      [1, 0],
      [207, 208],
      [0, 207],
      [999, 3],
      [500, 500],
      [151, 268],
    ] as const) {
      expect(npy.data[i * 1000 + j], `cell ${i},${j}`).toBe(severity(queries.index, k1[i]!, k1[j]!, height));
    }
    expect(npy.data[0 * 1000 + 1]).toBe(3);
    expect(npy.data[207 * 1000 + 208]).toBe(2);
  });

  it('writes wup as little-endian float32 equal to wupSimilarity rounded to float32', async () => {
    const file = join(work, 'wup-imagenette.npy');
    expect((await runMain(['matrix', '--set', 'imagenette', '--metric', 'wup', '-o', file])).status).toBe(0);
    const npy = readNpy(readFileSync(file));
    expect(npy).toMatchObject({ descr: '<f4', shape: [10, 10] });
    const classes = classesOf('imagenette');
    for (let i = 0; i < 10; i++) {
      for (let j = 0; j < 10; j++) {
        expect(npy.data.readFloatLE((i * 10 + j) * 4)).toBe(Math.fround(wupSimilarity(queries.index, classes[i]!, classes[j]!)));
      }
    }
  });

  it('pads the header so the data starts at a multiple of 64, whatever the shape', () => {
    for (const n of [1, 10, 999, 10_450, 123_456_789]) expect(npyHeader('|i1', [n, n]).length % 64).toBe(0);
  });

  it('writes severity signed by default, so H - M and exp(-M * beta) need no cast, or in the --dtype asked for', async () => {
    const classes = classesOf('imagenette');
    const height = setHeight(queries.index, classes);
    const expected = Array.from(classes, (a) => Array.from(classes, (b) => severity(queries.index, a, b, height))).flat();
    for (const [dtype, descr, read] of [
      [undefined, '|i1', (data: Buffer, k: number) => data.readInt8(k)],
      ['int8', '|i1', (data: Buffer, k: number) => data.readInt8(k)],
      ['uint8', '|u1', (data: Buffer, k: number) => data.readUInt8(k)],
      ['int16', '<i2', (data: Buffer, k: number) => data.readInt16LE(2 * k)],
      ['int32', '<i4', (data: Buffer, k: number) => data.readInt32LE(4 * k)],
      ['int64', '<i8', (data: Buffer, k: number) => Number(data.readBigInt64LE(8 * k))],
      ['float32', '<f4', (data: Buffer, k: number) => data.readFloatLE(4 * k)],
      ['float64', '<f8', (data: Buffer, k: number) => data.readDoubleLE(8 * k)],
    ] as const) {
      const file = join(work, `severity-${dtype ?? 'default'}.npy`);
      const run = await runMain([
        'matrix',
        '--set',
        'imagenette',
        '--metric',
        'severity',
        '-o',
        file,
        ...(dtype ? ['--dtype', dtype] : []),
      ]);
      expect(run.status, run.stderr).toBe(0);
      const npy = readNpy(readFileSync(file));
      expect(npy.descr).toBe(descr);
      expect(expected.map((_, k) => read(npy.data, k))).toStrictEqual(expected);
      // The core's reader reads it back the same (np.load's view of the file).
      expect(Array.from(parseNpy(readFileSync(file)).values)).toStrictEqual(expected);
    }
    // What uint8 did to the soft-label recipe: a negated cell wrapped past zero; int8 keeps its sign.
    const signed = readNpy(readFileSync(join(work, 'severity-default.npy'))).data;
    const someCell = expected.findIndex((value) => value > 0);
    expect(-signed.readInt8(someCell)).toBe(-expected[someCell]!);
    expect(new Int8Array([-expected[someCell]!])[0]).toBeLessThan(0);
  });

  it('exits 0 from the real process writing -o FILE, and 1 when the file cannot be written', () => {
    const file = join(work, 'path-imagewoof.npy');
    const written = synset(['matrix', '--set', 'imagewoof', '--metric', 'path', '-o', file]);
    expect(written.stderr).toBe('');
    expect(written.status).toBe(0);
    const npy = readNpy(readFileSync(file));
    expect(npy.shape).toStrictEqual([10, 10]);
    const classes = classesOf('imagewoof');
    expect(npy.data[3 * 10 + 7]).toBe(pathLength(queries.index, classes[3]!, classes[7]!));
    const failed = synset(['matrix', '--set', 'imagewoof', '--metric', 'path', '-o', join(work, 'no-such-folder', 'm.npy')]);
    expect(failed.status).toBe(1);
    expect(lines(failed.stderr)).toHaveLength(1);
    expect(failed.stderr).toMatch(/^synset: cannot write ".*m\.npy": ENOENT/);
  });
});

describe('synset matrix --format csv|json', () => {
  it('writes N lines of N cells as csv, the same numbers as the npy', async () => {
    const csv = await runMain(['matrix', '--set', 'imagenette', '--metric', 'severity', '--format', 'csv']);
    expect(csv.status).toBe(0);
    const rows = lines(csv.stdout).map((line) => line.split(',').map(Number));
    expect(rows).toHaveLength(10);
    expect(rows.every((row) => row.length === 10)).toBe(true);
    const classes = classesOf('imagenette');
    const height = setHeight(queries.index, classes);
    expect(rows).toStrictEqual(Array.from(classes, (a) => Array.from(classes, (b) => severity(queries.index, a, b, height))));
  });

  it('writes one JSON array of N arrays, a row a line, floats as the shortest text of their float32', async () => {
    const json = await runMain(['matrix', '--set', 'imagewoof', '--metric', 'lch', '--format', 'json']);
    expect(json.status).toBe(0);
    expect(lines(json.stdout)).toHaveLength(10);
    const matrix = JSON.parse(json.stdout) as number[][];
    expect(matrix).toHaveLength(10);
    expect(matrix.every((row) => row.length === 10)).toBe(true);
    const classes = classesOf('imagewoof');
    expect(matrix[0]![0]).toBe(Number(float32Text(Math.fround(lchSimilarity(queries.index, classes[0]!, classes[0]!)))));
    expect(Math.fround(matrix[2]![5]!)).toBe(Math.fround(lchSimilarity(queries.index, classes[2]!, classes[5]!)));
    expect(float32Text(Math.fround(0.3))).toBe('0.3');
    expect(Math.fround(Number(float32Text(Math.fround(2 / 3))))).toBe(Math.fround(2 / 3));
  });
});

describe('synset matrix usage', () => {
  it.each([
    ['no --set', ['matrix', '--metric', 'severity']],
    ['no --metric', ['matrix', '--set', '1k']],
    ['an unknown metric', ['matrix', '--set', '1k', '--metric', 'cosine']],
    ['an unknown format', ['matrix', '--set', '1k', '--metric', 'path', '--format', 'parquet']],
    ['arguments', ['matrix', '--set', '1k', '--metric', 'path', '207']],
    ['an unknown dtype', ['matrix', '--set', '1k', '--metric', 'path', '--dtype', 'int7']],
    ['an integer dtype for a similarity', ['matrix', '--set', '1k', '--metric', 'wup', '--dtype', 'int8']],
    ['--dtype without npy', ['matrix', '--set', '1k', '--metric', 'path', '--format', 'csv', '--dtype', 'int16']],
  ])('exits 2 on %s', async (_, args) => {
    const run = await runMain(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
  });
});
