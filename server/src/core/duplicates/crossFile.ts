import type { Paragraph } from '../types';
import { shingleHash } from './fnv';
import { bandKey, BANDS, estimateJaccard, MinHasher } from './minhash';
import { WordBuffer, hashWords, sequenceKey } from './normalize';

export interface CrossFileDocument {
  id: string;
  text: string;
  paragraphs: Paragraph[];
}

export interface CrossFileFinding {
  /** The whole article is a copy of another file's, or one paragraph is shared by many files. */
  kind: 'same-article' | 'shared-paragraph';
  /** The span in this file: the whole text for same-article, the paragraph otherwise. */
  start: number;
  end: number;
  paragraph?: number;
  /** Id of the first file holding the text, and where it is there. */
  originalFile: string;
  originalStart: number;
  originalEnd: number;
  originalParagraph?: number;
  /** Estimated Jaccard similarity of the two articles' shingles; 1 for shared paragraphs. */
  similarity: number;
  /** Files holding the shared paragraph. */
  files?: number;
}

export interface CrossFileOptions {
  /** Estimated Jaccard similarity from which two files hold the same article (default 0.8). */
  sameArticleThreshold?: number;
  /** Files a paragraph must appear in to count as shared furniture (default 3). */
  minFiles?: number;
}

/** Articles with fewer shingles (after shared paragraphs are set aside) are not compared by MinHash. */
const MIN_ARTICLE_SHINGLES = 10;

/**
 * Workspace-scale duplicates, linear in the text: (b) paragraphs shared by many files, by a hash of
 * their folded words; (a) the same article saved in two files, by MinHash signatures (64
 * permutations over word 3-shingles, shared paragraphs left out) and LSH with 16 bands of 4 rows.
 * Each band bucket remembers only its first file, so every file is checked against at most 16
 * earlier ones: no pairwise comparison. Findings point at the first file (in input order); a file
 * that is a copy of an earlier one gets the one same-article finding, not one per paragraph.
 */
export function findCrossFileDuplicates(docs: CrossFileDocument[], options: CrossFileOptions = {}): { id: string; findings: CrossFileFinding[] }[] {
  const threshold = options.sameArticleThreshold ?? 0.8;
  const minFiles = options.minFiles ?? 3;
  const words = new WordBuffer();
  const keys: number[][] = [];
  const spans: Int32Array[] = [];
  const groups = new Map<number, { doc: number; paragraph: number; files: number; lastDoc: number }>();

  docs.forEach((doc, d) => {
    const k: number[] = [];
    const span = new Int32Array(doc.paragraphs.length + 1);
    for (let p = 0; p < doc.paragraphs.length; p++) {
      const s = words.length;
      span[p] = s;
      const n = hashWords(doc.paragraphs[p].text, 0, doc.paragraphs[p].text.length, words);
      const key = n === 0 ? -1 : sequenceKey(words.data, s, s + n);
      k.push(key);
      if (key < 0) continue;
      const g = groups.get(key);
      if (!g) groups.set(key, { doc: d, paragraph: p, files: 1, lastDoc: d });
      else if (g.lastDoc !== d) {
        g.files++;
        g.lastDoc = d;
      }
    }
    span[doc.paragraphs.length] = words.length;
    keys.push(k);
    spans.push(span);
  });

  const out = docs.map((doc) => ({ id: doc.id, findings: [] as CrossFileFinding[] }));
  const shared = (key: number) => key >= 0 && (groups.get(key)?.files ?? 0) >= minFiles;
  const buckets = new Map<number, number>();
  const signatures: (Uint32Array | undefined)[] = [];
  const root: number[] = [];
  const w = words.data;
  docs.forEach((doc, d) => {
    root.push(d);
    // The article without the furniture it shares with many files; all of it when that is nearly
    // everything (the same article saved in many files).
    let sig = signature(d, true);
    if (!sig) sig = signature(d, false);
    signatures.push(sig);
    if (!sig) return;
    let best: { doc: number; similarity: number } | undefined;
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(sig, b);
      const first = buckets.get(key);
      if (first === undefined) {
        buckets.set(key, d);
        continue;
      }
      const similarity = estimateJaccard(sig, signatures[first]!);
      const r = root[first];
      if (similarity >= threshold && (!best || r < best.doc)) best = { doc: r, similarity };
    }
    if (!best) return;
    root[d] = best.doc;
    const orig = docs[best.doc];
    out[d].findings.push({ kind: 'same-article', start: 0, end: doc.text.length, originalFile: orig.id, originalStart: 0, originalEnd: orig.text.length, similarity: best.similarity });
  });

  // Shared paragraphs, in files that are not wholly a copy of an earlier one.
  docs.forEach((doc, d) => {
    if (root[d] !== d) return;
    keys[d].forEach((key, p) => {
      const g = groups.get(key);
      if (!shared(key) || !g || g.doc === d) return;
      const para = doc.paragraphs[p];
      const orig = docs[g.doc].paragraphs[g.paragraph];
      out[d].findings.push({ kind: 'shared-paragraph', start: para.start, end: para.end, paragraph: para.index, originalFile: docs[g.doc].id, originalStart: orig.start, originalEnd: orig.end, originalParagraph: orig.index, similarity: 1, files: g.files });
    });
  });
  return out;

  function signature(d: number, skipShared: boolean): Uint32Array | undefined {
    const hasher = new MinHasher();
    let count = 0;
    keys[d].forEach((key, p) => {
      if (key < 0 || (skipShared && shared(key))) return;
      for (let i = spans[d][p]; i + 2 < spans[d][p + 1]; i++, count++) hasher.add(shingleHash(w[i], w[i + 1], w[i + 2]));
    });
    return count >= MIN_ARTICLE_SHINGLES ? hasher.signature : undefined;
  }
}
