import { fmix } from './fnv';

/**
 * MinHash signatures and LSH banding. PERMUTATIONS hash functions h_i(x) = a_i·x + b_i (mod 2^32)
 * over already-mixed 32-bit shingle hashes; the signature keeps the minimum of each. Two sets
 * agree in a slot with probability equal to their Jaccard similarity. LSH splits the signature
 * into BANDS bands of ROWS rows; sets that agree on a whole band become candidates.
 */
export const PERMUTATIONS = 64;
export const BANDS = 16;
export const ROWS = PERMUTATIONS / BANDS;

const A = new Uint32Array(PERMUTATIONS);
const B = new Uint32Array(PERMUTATIONS);
for (let i = 0, s = 0x2545f491; i < PERMUTATIONS; i++) {
  s = fmix(s + 0x9e3779b9);
  A[i] = (s | 1) >>> 0; // odd multipliers are bijections mod 2^32
  s = fmix(s + 0x9e3779b9);
  B[i] = s >>> 0;
}

/** A signature accumulator: add shingle hashes, read the minimums. */
export class MinHasher {
  readonly signature = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  empty = true;

  add(h: number): void {
    const sig = this.signature;
    this.empty = false;
    for (let i = 0; i < PERMUTATIONS; i++) {
      const v = (Math.imul(h, A[i]) + B[i]) >>> 0;
      if (v < sig[i]) sig[i] = v;
    }
  }
}

/** Estimated Jaccard similarity: the share of slots in which two signatures agree. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a[i] === b[i]) same++;
  return same / PERMUTATIONS;
}

/** The key of band `band` of a signature (the band index is mixed in, so bands never collide). */
export function bandKey(sig: Uint32Array, band: number): number {
  let a = fmix(band + 1);
  let b = 0x7f4a7c15 ^ band;
  for (let r = band * ROWS; r < (band + 1) * ROWS; r++) {
    a = fmix(a ^ sig[r]);
    b = fmix(b + Math.imul(sig[r], 0x9e3779b1));
  }
  return (a >>> 0) * 2097152 + (b >>> 11);
}
