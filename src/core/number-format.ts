/**
 * Numbers as this project writes them for people, in every element and the CLI: English digit
 * grouping (`21,843`), and for a similarity at most four decimals. One formatter each, made once.
 */

const grouped = new Intl.NumberFormat('en');
const fourDecimals = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });

/** A count or a size, digits grouped: `82,115`. */
export function formatNumber(value: number): string {
  return grouped.format(value);
}

/** A fraction, at most four decimals: `0.8696`. */
export function formatDecimal(value: number): string {
  return fourDecimals.format(value);
}
