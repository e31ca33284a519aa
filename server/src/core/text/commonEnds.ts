/*
 * Where two versions of a text start and stop differing. Comparing slices compares memory, so
 * whole chunks (64 KB, then 4 KB, 256 and 16 characters) are compared first and single characters
 * only last: a few milliseconds for a 10 MB document.
 */

/** Characters a and b share at the start. */
export function commonPrefix(a: string, b: string): number {
  const m = Math.min(a.length, b.length);
  let i = 0;
  for (let c = 1 << 16; c >= 16; c >>= 4) while (i + c <= m && a.slice(i, i + c) === b.slice(i, i + c)) i += c;
  while (i < m && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Characters a and b share at the end, at most `max`. */
export function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  const la = a.length;
  const lb = b.length;
  for (let c = 1 << 16; c >= 16; c >>= 4) while (i + c <= max && a.slice(la - i - c, la - i) === b.slice(lb - i - c, lb - i)) i += c;
  while (i < max && a.charCodeAt(la - i - 1) === b.charCodeAt(lb - i - 1)) i++;
  return i;
}
