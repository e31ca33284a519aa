import type { AnalyzeOptions, Paragraph } from './types';
import { resolveSection, sectionKey, sectionStarts, settledSections, type Section } from './sections';
import { scanHeavy, type HeavyScans, type ParagraphScans } from './scans';
import type { ParagraphStore } from './paragraphStore';
import type { Highlights, Part } from './spans';

/** Paragraphs scanned between two chances to pause, at first (about a millisecond of heavy scanning). */
const BATCH = 16;
/** Paragraphs of missing sections whose heavy scans are made together. */
export const GROUP = 256;
/** Paragraphs scanned first when a long document is opened, to resolve its top early (see opening). */
const OPENING = 600;

/**
 * On opening a long document: its first OPENING paragraphs scanned, and those of their sections
 * that no later paragraph can change (see settledSections), up to a GROUP of paragraphs,
 * resolved and reported — the top of the document is highlighted before the rest is scanned.
 * The pass over the whole document then finds these sections by key. Returns how many.
 */
export function* opening(store: ParagraphStore, sections: Map<string, Section>, text: string, paragraphs: Paragraph[], options: AnalyzeOptions): Generator<Highlights | undefined, number> {
  const m = Math.min(paragraphs.length, OPENING);
  if (m === paragraphs.length) return 0; // a short document: the whole pass is as quick
  const top = paragraphs.slice(0, m);
  const scans = yield* store.scan(top);
  const datelines = scans.map((x) => x.dateline);
  const starts = sectionStarts(top, datelines, Int32Array.from(scans, (x) => x.fingerprint.keyA));
  const settled = settledSections(starts, datelines, top, m, paragraphs.length);
  const parts: Part[] = [];
  for (let i = 0, size = 0; i < settled && size < GROUP; i++) {
    const [a, b] = [starts[i], starts[i + 1]];
    if (a === b) continue;
    const part = scans.slice(a, b);
    yield* scanInChunks(part, options);
    const key = sectionKey(top, scans, a, b);
    const section = resolveSection(text, top.slice(a, b), part.map((x) => x.heavy as HeavyScans), options, key);
    sections.set(key, section);
    for (const x of part) x.heavy = undefined;
    parts.push({ section, start: top[a].start });
    size += b - a;
    yield { parts, count: parts.length, upTo: top[b].start, complete: false };
  }
  return parts.length;
}

/** Heavy scans in chunks that grow while one takes under a millisecond or two, yielding between. */
export function* scanInChunks(scans: ParagraphScans[], options: AnalyzeOptions): Generator<undefined> {
  let size = BATCH;
  for (let i = 0; i < scans.length; ) {
    const t = performance.now();
    scanHeavy(scans.slice(i, i + size), options);
    i += size;
    if (performance.now() - t < 2) size = Math.min(2 * size, GROUP);
    yield;
  }
}
