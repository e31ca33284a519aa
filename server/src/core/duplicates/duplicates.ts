import type { DuplicateFinding, Paragraph } from '../types';
import type { ParagraphFingerprint } from './fingerprint';
import { DuplicateTracker } from './tracker';

export { MIN_NEAR_WORDS, MIN_QUOTE_WORDS, MIN_SHARED_SHINGLES, nearSimilarity } from './nearness';
export { DuplicateTracker } from './tracker';

/**
 * Finds every later copy of a paragraph. The first occurrence is the original; a copy is exact when
 * its folded word sequence equals a kept paragraph's, near when its word 3-shingles are contained
 * (≥ threshold) in one kept paragraph, a pull quote when the sentence left after stripping its
 * attribution is. One pass in document order: exact copies by a 64-bit hash of the word sequence,
 * near candidates by votes from a shingle table (first and last kept paragraph per shingle), each
 * candidate verified exactly. Time and memory are linear in the text.
 *
 * **Invariant:** an original is always a kept (unflagged) paragraph, and the table holds only kept
 * paragraphs, so removing every finding leaves a text in which nothing is found again.
 */
export function findDuplicates(paragraphs: Paragraph[], threshold: number): DuplicateFinding[] {
  return new DuplicateTracker(false).updateFromTexts(paragraphs, threshold);
}

/**
 * The same findings as findDuplicates(paragraphs, threshold), from fingerprints[i] =
 * paragraphFingerprint(paragraphs[i].text), which a caller may keep for unchanged paragraphs (a
 * caller that analyses successive versions keeps a DuplicateTracker instead).
 */
export function findDuplicatesFromFingerprints(paragraphs: Paragraph[], fingerprints: ParagraphFingerprint[], threshold: number): DuplicateFinding[] {
  return new DuplicateTracker(false).update(paragraphs, fingerprints, threshold);
}
