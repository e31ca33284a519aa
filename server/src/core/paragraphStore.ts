import type { Paragraph } from './types';
import { plainLines, splitParagraphs } from './text/paragraphs';
import { resplit } from './text/resplit';
import { lightScan, type ParagraphScans } from './scans';

/** Paragraphs given their light scans between two chances to pause. */
const BATCH = 16;

/**
 * The paragraphs of successive versions of one document and their scans. A new version is split
 * again only around its changes (see resplit). Each paragraph is then compared with the last
 * version's paragraph at the same position, or at the same distance from the end (an edit moves
 * the paragraphs after it by as many as it added): equal strings compare at memory speed, where a
 * map look-up would hash every paragraph of the document on every keystroke. Only the paragraphs
 * found neither way go to a map keyed by their (detached) text, and only those found nowhere are
 * scanned; a repeated paragraph is scanned once.
 */
export class ParagraphStore {
  /** Scans by paragraph text (detached copies): found here when a paragraph moved or repeats. */
  private byText = new Map<string, ParagraphScans>();
  /** The last version's paragraphs and their scans, by position: most look-ups end here. */
  private lastScanned: Paragraph[] = [];
  private lastScans: ParagraphScans[] = [];
  /** Scans made by a run not finished yet (or given up), kept for the next run. */
  private partial = new Map<string, ParagraphScans>();
  /** The last version's text and paragraphs, and whether every line of it ends in \n or \r\n. */
  private lastText: string | undefined;
  private lastParagraphs: Paragraph[] = [];
  private lastPlain = true;

  /** Forgets every scan (the options they were made under changed); the paragraphs stay. */
  forgetScans(): void {
    this.byText = new Map();
    this.partial = new Map();
    this.lastScanned = [];
    this.lastScans = [];
  }

  /** Paragraph texts with scans kept. */
  get size(): number {
    return this.byText.size;
  }

  /** Paragraphs whose heavy scans are held. */
  get heavy(): number {
    let n = 0;
    for (const s of this.byText.values()) if (s.heavy) n++;
    return n;
  }

  /** Splits the text, again only around the changes when the last version's paragraphs are known. */
  split(text: string): Paragraph[] {
    let paragraphs: Paragraph[];
    if (this.lastText === undefined) [paragraphs, this.lastPlain] = [splitParagraphs(text), plainLines(text)];
    else ({ paragraphs, plain: this.lastPlain } = resplit(this.lastText, this.lastParagraphs, text, this.lastPlain));
    this.lastText = text;
    this.lastParagraphs = paragraphs;
    return paragraphs;
  }

  /**
   * The scans of every paragraph, light scans made for the texts that have none (yielding every
   * BATCH of them). Paragraphs are given the scans' detached texts, not slices of this version: the
   * next version's split reuses the paragraph objects around an edit without keeping this text
   * alive.
   */
  *scan(paragraphs: Paragraph[]): Generator<undefined, ParagraphScans[]> {
    const { scans, fresh } = this.lookUp(paragraphs);
    const got = new Map<string, ParagraphScans>();
    for (let k = 0; k < fresh.length; k++) {
      const s = lightScan(fresh[k]);
      got.set(fresh[k], s);
      this.partial.set(s.text, s);
      if (k % BATCH === BATCH - 1) yield;
    }
    if (fresh.length) for (let k = 0; k < paragraphs.length; k++) scans[k] ??= got.get(paragraphs[k].text);
    const all = scans as ParagraphScans[];
    for (let k = 0; k < paragraphs.length; k++) paragraphs[k].text = all[k].text;
    this.keep(paragraphs, all);
    return all;
  }

  /** The kept scans of these paragraphs (scans[k] undefined when none), and the distinct texts that have none. */
  private lookUp(paragraphs: Paragraph[]): { scans: (ParagraphScans | undefined)[]; fresh: string[] } {
    const { lastScanned: last, lastScans } = this;
    const n = paragraphs.length;
    const m = last.length;
    const shift = m - n;
    const used = new Uint8Array(m);
    const fresh: string[] = [];
    const seen = new Set<string>();
    const scans: (ParagraphScans | undefined)[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const t = paragraphs[k].text;
      const j = k < m && last[k].text === t ? k : k + shift >= 0 && k + shift < m && last[k + shift].text === t ? k + shift : -1;
      if (j >= 0) {
        used[j] = 1;
        scans[k] = lastScans[j];
        continue;
      }
      const s = this.byText.get(t) ?? this.partial.get(t);
      if (s) scans[k] = s;
      else if (!seen.has(t)) {
        seen.add(t);
        fresh.push(t);
      }
    }
    // The old versions of edited paragraphs leave the map (a text still used elsewhere in the
    // document was found by position; at worst a paragraph that moves later is scanned again).
    for (let j = 0; j < m; j++) if (!used[j] && !seen.has(last[j].text)) this.byText.delete(last[j].text);
    return { scans, fresh };
  }

  /** Keeps this version's scans for the next: by position, and by text for the fresh ones. */
  private keep(paragraphs: Paragraph[], all: ParagraphScans[]): void {
    for (const s of this.partial.values()) this.byText.set(s.text, s);
    this.partial = new Map();
    // Entries of paragraphs gone from the document without a trace at their position (a deleted
    // paragraph) are dropped once they outnumber the live ones.
    if (this.byText.size > 2 * paragraphs.length + 1024) this.byText = new Map(all.map((s) => [s.text, s]));
    this.lastScanned = paragraphs;
    this.lastScans = all;
  }
}
