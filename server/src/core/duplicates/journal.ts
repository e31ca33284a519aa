import { trimmed } from './run';
import type { ExactIndex } from './exactIndex';
import type { ShingleTable } from './shingleTable';

/**
 * What a kept DuplicateTracker needs to take its tables back to how they stood before paragraph p
 * was added: per paragraph, the findings and log entries made before it and its exact-index slot
 * (or -1); and the undo log of shingle-table changes: an insertion at slot s as one entry, -(s + 1),
 * a changed last paragraph as two, the previous last then the slot. Undone in reverse order,
 * linear probing restores the tables exactly.
 */
export class Journal {
  private findingsBefore = new Int32Array(1);
  private logBefore = new Int32Array(1);
  private exactSlot = new Int32Array(1);
  private log = new Int32Array(1024);
  private length = 0;

  /** Room for paragraphs [0, n]. */
  reserve(n: number): void {
    if (this.findingsBefore.length >= n + 1) return;
    const grow = (a: Int32Array) => {
      const b = new Int32Array(Math.max(n + 1, 2 * a.length));
      b.set(a);
      return b;
    };
    this.findingsBefore = grow(this.findingsBefore);
    this.logBefore = grow(this.logBefore);
    this.exactSlot = grow(this.exactSlot);
  }

  /** Paragraph p is being added, after `findings` findings. */
  begin(p: number, findings: number): void {
    this.findingsBefore[p] = findings;
    this.logBefore[p] = this.length;
    this.exactSlot[p] = -1;
  }

  /** Paragraph p took slot `slot` of the exact-copy index. */
  exact(p: number, slot: number): void {
    this.exactSlot[p] = slot;
  }

  /** A shingle-table slot changed: its previous last paragraph, or -1 when it was inserted. */
  record(slot: number, last: number): void {
    if (this.length + 2 > this.log.length) {
      const next = new Int32Array(this.log.length * 2);
      next.set(this.log);
      this.log = next;
    }
    if (last >= 0) this.log[this.length++] = last;
    this.log[this.length++] = last >= 0 ? slot : -slot - 1;
  }

  /** Undoes paragraphs added..f (added exclusive) in reverse order; the findings made before f. */
  rollBack(f: number, added: number, table: ShingleTable, exact: ExactIndex): number {
    const log = this.log;
    let end = this.length;
    for (let p = added - 1; p >= f; p--) {
      for (let i = end - 1; i >= this.logBefore[p]; i--) {
        const x = log[i];
        if (x < 0) table.undo(-x - 1, -1);
        else table.undo(x, log[--i]);
      }
      end = this.logBefore[p];
      if (this.exactSlot[p] >= 0) exact.undo(this.exactSlot[p]);
    }
    this.length = this.logBefore[f];
    return this.findingsBefore[f];
  }

  /**
   * The shingle table grew from oldCap slots: re-inserts its `size` keys with `move` (which returns
   * an old slot's new one) in the order they were inserted, and renumbers the slots logged. The
   * table is then laid out as if it had always been this large, and undoing still restores it exactly.
   */
  remap(oldCap: number, move: (slot: number) => number, size: number): void {
    const to = new Int32Array(oldCap);
    const log = this.log;
    let moved = 0;
    for (let i = 0; i < this.length; i++) {
      const x = log[i];
      if (x < 0) {
        to[-x - 1] = move(-x - 1);
        log[i] = -to[-x - 1] - 1;
        moved++;
      } else {
        i++; // x is the previous last paragraph; the slot follows
        log[i] = to[log[i]];
      }
    }
    if (moved !== size) throw new Error(`journal logs ${moved} of ${size} keys`);
  }

  /** Empties it (the tables were made anew). */
  clear(): void {
    this.length = 0;
  }

  /** Gives back the room doubling left in the log (it lives as long as the document). */
  trim(): void {
    this.log = trimmed(this.log, this.length);
  }
}
