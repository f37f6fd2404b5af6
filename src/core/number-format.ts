/**
 * Numbers as this project writes them for people, in every element and the CLI: English digit
 * grouping (`21,843`), and for a similarity at most four decimals. One formatter each, made on
 * first use: making one costs ICU's start-up (about 17 ms in a cold Node), which a command that
 * prints no grouped number should not pay.
 */

let grouped: Intl.NumberFormat | undefined;
let fourDecimals: Intl.NumberFormat | undefined;

/** A count or a size, digits grouped: `82,115`. */
export function formatNumber(value: number): string {
  grouped ??= new Intl.NumberFormat('en');
  return grouped.format(value);
}

/** A fraction, at most four decimals: `0.8696`. */
export function formatDecimal(value: number): string {
  fourDecimals ??= new Intl.NumberFormat('en', { maximumFractionDigits: 4 });
  return fourDecimals.format(value);
}
