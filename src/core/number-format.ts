/**
 * Numbers as this project writes them for people, in every element and the CLI: English digit
 * grouping (`21,843`), and for a similarity at most four decimals. Whole numbers, nearly all
 * that are shown, are grouped here; the rest go to one `Intl.NumberFormat` each, made on first
 * use: making one costs ICU's start-up (about 17 ms in a cold Node, 70 ms on a page's main thread
 * while the explorer starts), which a page or a command showing only counts should not pay.
 */

let grouped: Intl.NumberFormat | undefined;
let fourDecimals: Intl.NumberFormat | undefined;

/** A count or a size, digits grouped: `82,115`. */
export function formatNumber(value: number): string {
  if (Number.isSafeInteger(value)) return groupDigits(value);
  grouped ??= new Intl.NumberFormat('en');
  return grouped.format(value);
}

/** A whole number with a comma between each three digits from the right, as English writes it. */
function groupDigits(value: number): string {
  const digits = String(Math.abs(value));
  let text = digits.slice(0, digits.length % 3 || 3);
  for (let at = text.length; at < digits.length; at += 3) text += `,${digits.slice(at, at + 3)}`;
  return value < 0 || Object.is(value, -0) ? `-${text}` : text;
}

/** A fraction, at most four decimals: `0.8696`. */
export function formatDecimal(value: number): string {
  fourDecimals ??= new Intl.NumberFormat('en', { maximumFractionDigits: 4 });
  return fourDecimals.format(value);
}
