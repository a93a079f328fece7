/**
 * Internal helpers for the modulus-11 check digits used by Norwegian identifiers. Not part of the
 * public surface: `index.ts` does not re-export them.
 *
 * @module
 */

/**
 * Reads a string of ASCII digits into numbers.
 *
 * @param text - A string already known to hold only the digits 0-9.
 * @returns The digits, in order.
 *
 * @example
 * toDigits("0301")
 * //=> [0, 3, 0, 1]
 */
export function toDigits(text: string): number[] {
  const digits: number[] = [];
  // Char codes rather than Number() per character: this runs on every validation.
  for (let index = 0; index < text.length; index += 1) digits.push(text.charCodeAt(index) - 48);
  return digits;
}

/**
 * Sums digits times weights, position by position, modulo 11. Digits beyond the weights are ignored.
 *
 * @param digits - The digits.
 * @param weights - One weight per digit to count.
 * @returns The weighted sum modulo 11, from 0 to 10.
 *
 * @example
 * weightedSumMod11([1, 2, 3, 4, 5, 6, 7, 8], [3, 2, 7, 6, 5, 4, 3, 2])
 * //=> 6
 */
export function weightedSumMod11(digits: readonly number[], weights: readonly number[]): number {
  return weights.reduce((sum, weight, index) => sum + weight * (digits[index] ?? 0), 0) % 11;
}

/**
 * Computes a classic modulus-11 check digit: 11 minus the weighted sum modulo 11, where 11 becomes 0.
 *
 * @param digits - The digits the check digit covers.
 * @param weights - One weight per digit.
 * @returns The check digit from 0 to 9, or `undefined` when the rule gives 10 (no valid number).
 *
 * @example
 * mod11CheckDigit([1, 2, 3, 4, 5, 6, 7, 8], [3, 2, 7, 6, 5, 4, 3, 2])
 * //=> 5
 */
export function mod11CheckDigit(digits: readonly number[], weights: readonly number[]): number | undefined {
  const check = (11 - weightedSumMod11(digits, weights)) % 11;
  return check === 10 ? undefined : check;
}
