import { IN_1K, IN_21K } from './bundle-format.js';

/** Every flag a bundle sets: a flag byte is a combination of these. */
const FLAG_BITS = IN_21K | IN_1K;

/**
 * The synsets whose flags have `bit`, ascending. A flag byte takes one of four values, so this is
 * a native search for each value that has the bit, merged: a loop over all 82,115 bytes costs a
 * few ms when it first runs (the CLI's start runs it cold), the searches a fraction of one.
 */
export function flaggedSynsets(flags: Uint8Array, bit: number): Uint32Array {
  const found: number[] = [];
  for (let value = 1; value <= FLAG_BITS; value++) {
    if ((value & bit) === 0 || (value & ~FLAG_BITS) !== 0) continue;
    for (let at = flags.indexOf(value); at >= 0; at = flags.indexOf(value, at + 1)) found.push(at);
  }
  return Uint32Array.from(found).sort();
}
