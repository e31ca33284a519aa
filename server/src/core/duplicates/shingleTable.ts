/**
 * An open-addressing hash table from a shingle hash to the first and the last kept paragraph
 * holding it, in one interleaved Int32Array ([key, first, last] per slot, so a probe touches one
 * cache line): a 100 MB document has some 17 million shingles, more than a JS Map holds.
 * Key 0 marks an empty slot (shingleHash never returns 0).
 */
export class ShingleTable {
  private slots: Int32Array;
  private mask: number;
  private size = 0;

  constructor(expected = 1024) {
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Int32Array(cap * 3);
    this.mask = cap - 1;
  }

  /** Makes room for n more keys, so that slots returned by probe() stay valid while they are added. */
  reserve(n: number): void {
    while ((this.size + n) * 2 > this.mask + 1) this.grow();
  }

  /**
   * The slot of h: its offset when present (≥ 0), or -(offset + 1) of the empty slot where it would
   * go. first()/last() read a present slot; put() stores into either.
   */
  probe(h: number): number {
    const s = this.slots;
    let i = (h ^ (h >>> 16)) & this.mask;
    for (;;) {
      const k = s[i * 3];
      if (k === h) return i * 3;
      if (k === 0) return -(i * 3) - 1;
      i = (i + 1) & this.mask;
    }
  }

  first(slot: number): number {
    return this.slots[slot + 1];
  }

  last(slot: number): number {
    return this.slots[slot + 2];
  }

  /** Records that paragraph p (added in document order) holds h, at the slot probe(h) gave. */
  put(h: number, p: number, slot: number): void {
    const s = this.slots;
    if (slot >= 0) {
      s[slot + 2] = p;
      return;
    }
    let at = -slot - 1;
    if (s[at] !== 0) {
      // an earlier key of the same paragraph took that empty slot: probe again
      const again = this.probe(h);
      if (again >= 0) return void (s[again + 2] = p);
      at = -again - 1;
    }
    s[at] = h;
    s[at + 1] = p;
    s[at + 2] = p;
    this.size++;
  }

  private grow(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    this.slots = new Int32Array(cap * 3);
    this.mask = cap - 1;
    const s = this.slots;
    for (let j = 0; j < old.length; j += 3) {
      const h = old[j];
      if (h === 0) continue;
      let i = (h ^ (h >>> 16)) & this.mask;
      while (s[i * 3] !== 0) i = (i + 1) & this.mask;
      s[i * 3] = h;
      s[i * 3 + 1] = old[j + 1];
      s[i * 3 + 2] = old[j + 2];
    }
  }
}
