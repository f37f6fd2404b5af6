/**
 * NumPy's `.npy` format (numpy.lib.format), both ways: the header `synset matrix` writes, and
 * the arrays `synset severity` reads (`np.save(f, labels)`, `np.save(f, top5)`, a confusion
 * matrix). Pure: bytes in, numbers out.
 *
 * A file is the magic `\x93NUMPY`, a version (1.0: the header's length is a little-endian
 * uint16; 2.0 and 3.0: a uint32), then a Python dict literal giving `descr` (the dtype),
 * `fortran_order` and `shape`, padded with spaces and a newline so the data starts at a multiple
 * of 64 bytes, then the data.
 */

const MAGIC = '\x93NUMPY';

const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The dtypes `synset matrix --dtype` writes: NumPy's names. */
export const NPY_DTYPES = ['int8', 'uint8', 'int16', 'int32', 'int64', 'float32', 'float64'] as const;
export type NpyDtype = (typeof NPY_DTYPES)[number];

export function isNpyDtype(value: unknown): value is NpyDtype {
  return (NPY_DTYPES as readonly unknown[]).includes(value);
}

interface DtypeInfo {
  kind: 'i' | 'u' | 'f' | 'b';
  bytes: number;
}

const DTYPE_INFO: Record<NpyDtype, DtypeInfo> = {
  int8: { kind: 'i', bytes: 1 },
  uint8: { kind: 'u', bytes: 1 },
  int16: { kind: 'i', bytes: 2 },
  int32: { kind: 'i', bytes: 4 },
  int64: { kind: 'i', bytes: 8 },
  float32: { kind: 'f', bytes: 4 },
  float64: { kind: 'f', bytes: 8 },
};

/** The `descr` of a dtype as NumPy writes it for this machine: `|i1` for bytes, `<f4`… for the rest. */
export function npyDescr(dtype: NpyDtype, littleEndian = true): string {
  const { kind, bytes } = DTYPE_INFO[dtype];
  return `${bytes === 1 ? '|' : littleEndian ? '<' : '>'}${kind}${bytes}`;
}

/** Whether a dtype holds only whole numbers, and the range it holds them in. */
export function integerRange(dtype: NpyDtype): [number, number] | null {
  const { kind, bytes } = DTYPE_INFO[dtype];
  if (kind === 'f') return null;
  if (bytes === 8) return kind === 'u' ? [0, Number.MAX_SAFE_INTEGER] : [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
  const span = 2 ** (8 * bytes);
  return kind === 'u' ? [0, span - 1] : [-span / 2, span / 2 - 1];
}

/** The header of a format 1.0 file of a C-ordered array of this dtype and shape. */
export function npyHeader(descr: string, shape: readonly number[]): Uint8Array {
  const dims = shape.length === 1 ? `${shape[0]},` : shape.join(', ');
  const dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${dims}), }`;
  const prefix = 10;
  const length = Math.ceil((prefix + dict.length + 1) / 64) * 64 - prefix;
  const header = new Uint8Array(prefix + length).fill(0x20);
  for (let k = 0; k < MAGIC.length; k++) header[k] = MAGIC.charCodeAt(k);
  header[6] = 1;
  header[7] = 0;
  header[8] = length & 0xff;
  header[9] = length >> 8;
  for (let k = 0; k < dict.length; k++) header[prefix + k] = dict.charCodeAt(k);
  header[prefix + length - 1] = 0x0a;
  return header;
}

/** The bytes of one row of numbers in a dtype, little-endian (NumPy's `<`, and `|` for bytes). */
export function npyRowBytes(values: ArrayLike<number>, dtype: NpyDtype): Uint8Array {
  const { kind, bytes } = DTYPE_INFO[dtype];
  // The common cases copy nothing cell by cell: a matrix's rows are already these arrays.
  if (kind === 'f' && bytes === 4 && values instanceof Float32Array && LITTLE_ENDIAN_HOST) {
    return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  }
  // A byte row is its own int8 or uint8 bytes (an int8 cell keeps the low byte, as Int8Array would).
  if (bytes === 1 && values instanceof Uint8Array) return values;
  if (bytes === 1) return kind === 'u' ? Uint8Array.from(values) : new Uint8Array(Int8Array.from(values).buffer);
  const out = new Uint8Array(values.length * bytes);
  const view = new DataView(out.buffer);
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    const at = k * bytes;
    if (kind === 'f') {
      if (bytes === 4) view.setFloat32(at, value, true);
      else view.setFloat64(at, value, true);
    } else if (bytes === 1) {
      if (kind === 'u') view.setUint8(at, value);
      else view.setInt8(at, value);
    } else if (bytes === 2) {
      if (kind === 'u') view.setUint16(at, value, true);
      else view.setInt16(at, value, true);
    } else if (bytes === 4) {
      if (kind === 'u') view.setUint32(at, value, true);
      else view.setInt32(at, value, true);
    } else if (kind === 'u') view.setBigUint64(at, BigInt(value), true);
    else view.setBigInt64(at, BigInt(value), true);
  }
  return out;
}

type TypedArrayOf = new (buffer: ArrayBuffer, byteOffset: number, length: number) => ArrayLike<number | bigint>;

/** The typed arrays that view an `.npy` file's data as it is, in this machine's byte order. */
const TYPED_ARRAYS: Record<string, TypedArrayOf | undefined> = {
  i1: Int8Array,
  u1: Uint8Array,
  i2: Int16Array,
  u2: Uint16Array,
  i4: Int32Array,
  u4: Uint32Array,
  i8: BigInt64Array,
  u8: BigUint64Array,
  f4: Float32Array,
  f8: Float64Array,
};

/** An array read from an `.npy` file: its shape, and its values in C order (row by row). */
export interface NpyArray {
  shape: number[];
  values: Float64Array;
  /** The dtype as the file names it (`<i8`, `|u1`, `<f4`…). */
  descr: string;
}

/** The file is not an `.npy` file this reader takes; the message says why, for people. */
export class NpyError extends Error {
  override name = 'NpyError';
}

/** Whether bytes start as an `.npy` file does (the magic), whatever the file is called. */
export function isNpy(bytes: Uint8Array): boolean {
  if (bytes.length < MAGIC.length) return false;
  for (let k = 0; k < MAGIC.length; k++) if (bytes[k] !== MAGIC.charCodeAt(k)) return false;
  return true;
}

/** What an `.npy` file's header says: its dtype, order and shape, and where its data starts. */
export interface NpyHeader {
  descr: string;
  fortranOrder: boolean;
  shape: number[];
  dataStart: number;
}

/** Reads an `.npy` file's header alone (a file's shape, without reading its data); throws an {@link NpyError} saying what is wrong. */
export function parseNpyHeader(bytes: Uint8Array): NpyHeader {
  if (!isNpy(bytes)) throw new NpyError('not an .npy file (no \\x93NUMPY magic)');
  const major = bytes[6]!;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let start: number;
  let length: number;
  if (major === 1) {
    if (bytes.length < 10) throw new NpyError('the .npy header is cut short');
    length = view.getUint16(8, true);
    start = 10;
  } else if (major === 2 || major === 3) {
    if (bytes.length < 12) throw new NpyError('the .npy header is cut short');
    length = view.getUint32(8, true);
    start = 12;
  } else throw new NpyError(`.npy format version ${major} is not one this reader knows (1, 2, 3)`);
  if (start + length > bytes.length) throw new NpyError('the .npy header is cut short');
  const header = new TextDecoder('latin1').decode(bytes.subarray(start, start + length));
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) {
    throw new NpyError('the .npy header lacks descr, fortran_order or shape');
  }
  const shape = shapeText
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => (/^\d+L?$/.test(part) ? parseInt(part, 10) : NaN));
  if (shape.some((n) => !Number.isSafeInteger(n))) throw new NpyError(`the .npy shape (${shapeText}) is not whole numbers`);
  return { descr, fortranOrder: fortran === 'True', shape, dataStart: start + length };
}

/**
 * Reads an `.npy` file of numbers: booleans, signed and unsigned integers of 1 to 8 bytes and
 * floats of 4 or 8, either byte order, C or Fortran order, any shape (values come in C order).
 * Integers past 2^53 lose precision as JavaScript numbers do; no class index comes near.
 */
export function parseNpy(bytes: Uint8Array): NpyArray {
  const { descr, fortranOrder, shape, dataStart } = parseNpyHeader(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const match = /^([<>|=])([biuf])(\d+)$/.exec(descr);
  if (!match) throw new NpyError(`the .npy dtype '${descr}' is not numbers (booleans, integers or floats)`);
  const little = match[1] !== '>';
  const kind = match[2]!;
  const size = Number(match[3]);
  const readers: Record<string, ((at: number) => number) | undefined> = {
    b1: (at) => (view.getUint8(at) ? 1 : 0),
    i1: (at) => view.getInt8(at),
    u1: (at) => view.getUint8(at),
    i2: (at) => view.getInt16(at, little),
    u2: (at) => view.getUint16(at, little),
    i4: (at) => view.getInt32(at, little),
    u4: (at) => view.getUint32(at, little),
    i8: (at) => Number(view.getBigInt64(at, little)),
    u8: (at) => Number(view.getBigUint64(at, little)),
    f4: (at) => view.getFloat32(at, little),
    f8: (at) => view.getFloat64(at, little),
  };
  const read = readers[`${kind}${size}`];
  if (!read) throw new NpyError(`the .npy dtype '${descr}' is not one this reader knows`);
  const count = shape.reduce((product, n) => product * n, 1);
  if (dataStart + count * size > bytes.length) {
    throw new NpyError(`the .npy data is cut short: ${shape.join('×')} values of ${size} bytes need ${count * size}`);
  }
  const values = new Float64Array(count);
  const cOrder = !fortranOrder || shape.length < 2;
  const Typed = TYPED_ARRAYS[`${kind}${size}`];
  if (cOrder && Typed && (little || size === 1) === LITTLE_ENDIAN_HOST) {
    // The common case at once: a copy of the data viewed as its own type, not a DataView read a value.
    // (A fresh copy, aligned: a Node Buffer's slice() would be a view into a shared pool.)
    const copy = new Uint8Array(count * size);
    copy.set(bytes.subarray(dataStart, dataStart + count * size));
    const typed = new Typed(copy.buffer, 0, count);
    for (let k = 0; k < count; k++) values[k] = Number(typed[k]!);
  } else if (cOrder) {
    for (let k = 0; k < count; k++) values[k] = read(dataStart + k * size);
  } else {
    // Fortran order: the first index varies fastest. Walk the file's order, place in C order.
    const strides = cStrides(shape);
    const index = new Array<number>(shape.length).fill(0);
    for (let k = 0; k < count; k++) {
      let c = 0;
      for (let d = 0; d < shape.length; d++) c += index[d]! * strides[d]!;
      values[c] = read(dataStart + k * size);
      for (let d = 0; d < shape.length && ++index[d]! === shape[d]; d++) index[d] = 0;
    }
  }
  return { shape, values, descr };
}

function cStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let stride = 1;
  for (let d = shape.length - 1; d >= 0; d--) {
    strides[d] = stride;
    stride *= shape[d]!;
  }
  return strides;
}
