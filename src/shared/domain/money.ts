/**
 * Money is integer fen (分) everywhere: stored, computed and sent. Yuan appear only in text for
 * people, written the way Chinese forms and notices write amounts: 1,250.00 (元 added by the
 * sentence). No floating point touches an amount: 0.1 + 0.2 fen is not a question we want.
 */

/** Group thousands with commas: 1234567 → "1,234,567" (a non-negative integer). */
function groupThousands(n: number): string {
  // Most amounts a person reads are under 1,000 yuan or a few thousand: the short paths run
  // on every eligibility detail line (bench/legal-aid), Intl.NumberFormat would be ~20 × slower.
  if (n < 1000) return String(n);
  const digits = String(n);
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/** Fen as yuan with two decimals and thousands separators: 125000 → "1,250.00", -5 → "-0.05". */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`an amount in fen must be a safe integer: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const cents = abs % 100;
  return `${sign}${groupThousands((abs - cents) / 100)}.${cents < 10 ? '0' : ''}${cents}`;
}

/** A per-mille factor as people write a multiple: 2000 → "2", 2500 → "2.5", 1875 → "1.875". */
export function formatPermille(permille: number): string {
  if (!Number.isSafeInteger(permille)) throw new RangeError(`a per-mille factor must be an integer: ${permille}`);
  const sign = permille < 0 ? '-' : '';
  const abs = Math.abs(permille);
  const whole = Math.floor(abs / 1000);
  const fraction = abs % 1000;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(fraction).padStart(3, '0').replace(/0+$/, '')}`;
}
