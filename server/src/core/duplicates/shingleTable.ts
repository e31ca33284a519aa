/**
 * An open-addressing hash table from a shingle hash to the first and the last kept paragraph
 * holding it, in typed arrays: a 100 MB document has some 17 million shingles, more than a JS Map
 * holds. Keys and first holders are interleaved ([key, first] per slot, so a probe touches one
 * cache line); last holders sit apart, read and written only on a hit. Key 0 marks an empty slot
 * (shingleHash never returns 0). Linear probing up to a load of 0.7.
 */
export class ShingleTable {
  private slots: Int32Array;
  private lasts: Int32Array;
  private mask: number;
  private size = 0;

  constructor(expected = 1024) {
    let cap = 1024;
    while (cap * 0.7 < expected) cap *= 2;
    this.slots = new Int32Array(cap * 2);
    this.lasts = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** Makes room for n more keys, so that slots returned by probe() stay valid while they are added. */
  reserve(n: number): void {
    while (this.size + n > (this.mask + 1) * 0.7) this.grow();
  }

  /**
   * The slot of h: its index when present (≥ 0), or -(index + 1) of the empty slot where it would
   * go. first()/last() read a present slot; put() stores into either.
   */
  probe(h: number): number {
    const s = this.slots;
    let i = (h ^ (h >>> 16)) & this.mask;
    for (;;) {
      const k = s[i * 2];
      if (k === h) return i;
      if (k === 0) return -i - 1;
      i = (i + 1) & this.mask;
    }
  }

  first(slot: number): number {
    return this.slots[slot * 2 + 1];
  }

  last(slot: number): number {
    return this.lasts[slot];
  }

  /** Records that paragraph p (added in document order) holds h, at the slot probe(h) gave. */
  put(h: number, p: number, slot: number): void {
    if (slot >= 0) {
      this.lasts[slot] = p;
      return;
    }
    let at = -slot - 1;
    if (this.slots[at * 2] !== 0) {
      // an earlier key of the same paragraph took that empty slot: probe again
      const again = this.probe(h);
      if (again >= 0) return void (this.lasts[again] = p);
      at = -again - 1;
    }
    this.slots[at * 2] = h;
    this.slots[at * 2 + 1] = p;
    this.lasts[at] = p;
    this.size++;
  }

  private grow(): void {
    const old = this.slots;
    const oldLasts = this.lasts;
    const cap = (this.mask + 1) * 2;
    const s = (this.slots = new Int32Array(cap * 2));
    this.lasts = new Int32Array(cap);
    this.mask = cap - 1;
    for (let j = 0; j < oldLasts.length; j++) {
      const h = old[j * 2];
      if (h === 0) continue;
      let i = (h ^ (h >>> 16)) & this.mask;
      while (s[i * 2] !== 0) i = (i + 1) & this.mask;
      s[i * 2] = h;
      s[i * 2 + 1] = old[j * 2 + 1];
      this.lasts[i] = oldLasts[j];
    }
  }
}
