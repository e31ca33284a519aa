import type { Paragraph } from './types';
import { articleSections } from './entities/actorStories';

/**
 * Where the document-level passes may cut a document: the first paragraph of each section.
 * Sections are the articles a file holds (a dateline paragraph and the headline and byline above
 * it open one, see articleSections), and an article longer than LONG paragraphs is cut further at
 * content-defined points: before a paragraph whose word-sequence hash has its low bits clear,
 * once MIN_RUN paragraphs have passed since the last cut. Being chosen by content, not by
 * position, a cut survives edits elsewhere, so the language server can keep every section an edit
 * did not touch (see IncrementalAnalyzer). A single article of ordinary length is one section.
 */
export function sectionStarts(paragraphs: readonly Paragraph[], datelines: boolean[], hashes: ArrayLike<number>): number[] {
  const n = paragraphs.length;
  const article = articleSections(datelines, paragraphs);
  const out = [0];
  let from = 0;
  for (let p = 1; p <= n; p++) {
    if (p < n && article[p] === article[p - 1]) continue;
    if (p - from > LONG) {
      let last = from;
      for (let q = from + MIN_RUN; q <= p - MIN_RUN; q++) {
        if (q - last >= MIN_RUN && (hashes[q] & CUT_MASK) === 0) {
          out.push(q);
          last = q;
        }
      }
    }
    if (p < n) out.push(p);
    from = p;
  }
  return out;
}

/** An article of more paragraphs than this is cut at content-defined points. */
const LONG = 120;
/** Paragraphs at least between two content-defined cuts. */
const MIN_RUN = 40;
/** A cut is allowed before one paragraph in 32, on average. */
const CUT_MASK = 31;
