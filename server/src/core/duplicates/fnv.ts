/**
 * Hand-written 32-bit hashes. FNV-1a hashes characters into word hashes; a murmur3-style finaliser
 * mixes word hashes into shingle and sequence hashes. Every result is a signed 32-bit integer
 * (what Math.imul returns), so they live in Int32Arrays without conversion.
 */

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** One FNV-1a step over a UTF-16 code unit. */
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

/** FNV-1a of a string's UTF-16 code units. */
export function fnv1a(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** murmur3 fmix32: spreads every input bit over the output. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Hash of three consecutive word hashes: a word 3-shingle. Never 0 (0 marks an empty slot). */
export function shingleHash(a: number, b: number, c: number): number {
  const h = fmix(Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ (b >>> 15), 0x85ebca77) ^ Math.imul(c ^ (c >>> 13), 0xc2b2ae3d) ^ 0x27d4eb2f);
  return h === 0 ? 1 : h;
}
