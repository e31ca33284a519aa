/**
 * Paragraphs by the 64-bit hash of their folded word sequence, in typed arrays ([a, b, paragraph]
 * per slot): a Map keyed by 53-bit numbers allocates a heap number per key.
 */
export class ExactIndex {
  private slots: Int32Array;
  private mask: number;
  private size = 0;
  /** How many times the table was rebuilt larger (slots from before are then stale). */
  grows = 0;
  private a = 0;
  private b = 0;
  private slot = 0;

  constructor(expected: number) {
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Int32Array(cap * 3);
    this.mask = cap - 1;
  }

  /** The paragraph whose word sequence hashes to (a, b), or -1. Remembers the hash for add(). */
  find(a: number, b: number): number {
    this.a = a | 1; // a = 0 marks an empty slot
    this.b = b;
    const t = this.slots;
    let i = (this.a ^ (this.a >>> 15)) & this.mask;
    for (;;) {
      const k = t[i * 3];
      if (k === 0) break;
      if (k === this.a && t[i * 3 + 1] === this.b) return t[i * 3 + 2];
      i = (i + 1) & this.mask;
    }
    this.slot = i * 3;
    return -1;
  }

  /** Adds paragraph p under the hash of the last find(), which returned -1; returns its slot. */
  add(p: number): number {
    if ((this.size + 1) * 2 > this.mask + 1) {
      this.grow();
      let i = (this.a ^ (this.a >>> 15)) & this.mask;
      while (this.slots[i * 3] !== 0) i = (i + 1) & this.mask;
      this.slot = i * 3;
    }
    this.slots[this.slot] = this.a;
    this.slots[this.slot + 1] = this.b;
    this.slots[this.slot + 2] = p;
    this.size++;
    return this.slot;
  }

  /** Takes back the add() that returned `slot`, the adds after it being taken back first. */
  undo(slot: number): void {
    this.slots[slot] = 0;
    this.size--;
  }

  private grow(): void {
    this.grows++;
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    const t = (this.slots = new Int32Array(cap * 3));
    this.mask = cap - 1;
    for (let j = 0; j < old.length; j += 3) {
      const a = old[j];
      if (a === 0) continue;
      let i = (a ^ (a >>> 15)) & this.mask;
      while (t[i * 3] !== 0) i = (i + 1) & this.mask;
      t.set(old.subarray(j, j + 3), i * 3);
    }
  }
}

/** Whether words w[s, e) and w[ts, te) are the same sequence: a hash hit checked word by word. */
export function sameWords(w: Int32Array, s: number, e: number, ts: number, te: number): boolean {
  if (e - s !== te - ts) return false;
  for (let i = 0; i < e - s; i++) if (w[s + i] !== w[ts + i]) return false;
  return true;
}
