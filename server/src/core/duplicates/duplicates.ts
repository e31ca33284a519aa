import type { DuplicateFinding, Paragraph } from '../types';

/** Finds every later copy of a paragraph (stub: replaced by hashing + MinHash LSH). */
export function findDuplicates(_paragraphs: Paragraph[], _threshold: number): DuplicateFinding[] {
  return [];
}
