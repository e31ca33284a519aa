/*
 * Where two versions of a text start and stop differing. Comparing slices compares memory, so
 * whole chunks are compared first and single characters only in the last one: a few milliseconds
 * for a 10 MB document.
 */

const CHUNKS = [65536, 1024, 1];

/** Length of the longest common prefix of a and b. */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (const size of CHUNKS) while (i + size <= n && a.slice(i, i + size) === b.slice(i, i + size)) i += size;
  return i;
}

/** Length of the longest common suffix of a and b that leaves the first `prefix` characters of both alone. */
export function commonSuffix(a: string, b: string, prefix: number): number {
  const n = Math.min(a.length, b.length) - prefix;
  let i = 0;
  for (const size of CHUNKS) while (i + size <= n && a.slice(a.length - i - size, a.length - i) === b.slice(b.length - i - size, b.length - i)) i += size;
  return i;
}
