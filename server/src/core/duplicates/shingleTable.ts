import type { Journal } from './journal';

/**
 * An open-addressing hash table from a shingle hash to the first and the last kept paragraph
 * holding it, in one typed array: a 100 MB document has some 17 million shingles, more than a JS
 * Map holds. A slot is [key, first, last], so a probe and everything read or written after it
 * touch one cache line. Key 0 marks an empty slot (shingleHash never returns 0). Linear probing up
 * to a load of 0.7. The array is kept between runs (up to KEEP_SLOTS) and only the part a run uses
 * is cleared: the editor runs this on every change of a document.
 */
const STRIDE = 3;
/** Largest table kept for the next run (12 MB); a bigger one is left to the collector. */
const KEEP_SLOTS = 1 << 20;
let spare: Int32Array | undefined;

export class ShingleTable {
  private slots: Int32Array;
  private mask: number;
  private size = 0;

  constructor(expected = 1024) {
    let cap = 1024;
    while (cap * 0.7 < expected) cap *= 2;
    this.mask = cap - 1;
    if (spare && spare.length >= cap * STRIDE) {
      this.slots = spare;
      spare = undefined;
      this.slots.fill(0, 0, cap * STRIDE);
    } else this.slots = new Int32Array(cap * STRIDE);
  }

  /** Hands the array back for the next run. */
  release(): void {
    if (this.slots.length <= KEEP_SLOTS * STRIDE && (!spare || spare.length < this.slots.length)) spare = this.slots;
  }

  /**
   * Makes room for n more keys, so that slots returned by probe() stay valid while they are added.
   * A table kept between edits passes its undo journal: growing then re-inserts the keys in the
   * order they came (see Journal.remap), so that undoing still restores the table exactly.
   */
  reserve(n: number, journal?: Journal): void {
    while (this.size + n > (this.mask + 1) * 0.7) this.grow(journal);
  }

  /**
   * The slot of h: its index when present (≥ 0), or -(index + 1) of the empty slot where it would
   * go. first()/last() read a present slot; put() stores into either.
   */
  probe(h: number): number {
    const s = this.slots;
    const mask = this.mask;
    let i = (h ^ (h >>> 16)) & mask;
    for (;;) {
      const k = s[i * STRIDE];
      if (k === h) return i;
      if (k === 0) return -i - 1;
      i = (i + 1) & mask;
    }
  }

  first(slot: number): number {
    return this.slots[slot * STRIDE + 1];
  }

  last(slot: number): number {
    return this.slots[slot * STRIDE + 2];
  }

  /**
   * Records that paragraph p (added in document order) holds h, at the slot probe(h) gave.
   * Returns the slot h was inserted at, or -1 when h was already there.
   */
  put(h: number, p: number, slot: number): number {
    const s = this.slots;
    if (slot >= 0) {
      s[slot * STRIDE + 2] = p;
      return -1;
    }
    let at = -slot - 1;
    if (s[at * STRIDE] !== 0) {
      // an earlier key of the same paragraph took that empty slot: probe again
      const again = this.probe(h);
      if (again >= 0) {
        s[again * STRIDE + 2] = p;
        return -1;
      }
      at = -again - 1;
    }
    s[at * STRIDE] = h;
    s[at * STRIDE + 1] = p;
    s[at * STRIDE + 2] = p;
    this.size++;
    return at;
  }

  /**
   * Takes back one put(): `last` ≥ 0 restores the last paragraph of an existing slot, -1 empties
   * the slot a key was inserted at. Taken back in the reverse order of the puts, linear probing
   * finds the table exactly as it was.
   */
  undo(slot: number, last: number): void {
    if (last >= 0) this.slots[slot * STRIDE + 2] = last;
    else {
      this.slots[slot * STRIDE] = 0;
      this.size--;
    }
  }

  /** Keys held. */
  get count(): number {
    return this.size;
  }

  private grow(journal: Journal | undefined): void {
    const old = this.slots;
    const oldCap = this.mask + 1;
    const cap = oldCap * 2;
    const s = (this.slots = new Int32Array(cap * STRIDE));
    const mask = (this.mask = cap - 1);
    /** Re-inserts the key of old slot j; its new slot. */
    const move = (j: number): number => {
      const h = old[j * STRIDE];
      let i = (h ^ (h >>> 16)) & mask;
      while (s[i * STRIDE] !== 0) i = (i + 1) & mask;
      s[i * STRIDE] = h;
      s[i * STRIDE + 1] = old[j * STRIDE + 1];
      s[i * STRIDE + 2] = old[j * STRIDE + 2];
      return i;
    };
    if (journal) journal.remap(oldCap, move, this.size);
    else for (let j = 0; j < oldCap; j++) if (old[j * STRIDE] !== 0) move(j);
  }
}
