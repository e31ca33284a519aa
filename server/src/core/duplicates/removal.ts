import type { Paragraph } from '../types';
import { splitParagraphs } from '../text/paragraphs';
import { findDuplicates } from './duplicates';

/** A text edit on offsets: replace [start, end) with newText. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * Edits that remove the given paragraphs so the layout of what remains is unchanged. Each run of
 * consecutive removed paragraphs goes with one of the two separators around it, and the other
 * (the one with more line breaks, so a blank line between blocks survives) is kept: blank-line
 * layout keeps one blank line between the remaining paragraphs, one-a-line layout keeps lines.
 * Indices may be unsorted or repeated; unknown ones are ignored. One edit per run, in order.
 */
export function removalEdits(text: string, paragraphs: Paragraph[], remove: number[]): OffsetEdit[] {
  const drop = new Uint8Array(paragraphs.length);
  // Paragraph indices are normally their positions; map them only when they are not.
  const at = paragraphs.every((p, i) => p.index === i) ? undefined : new Map(paragraphs.map((p, i) => [p.index, i]));
  for (const r of remove) {
    const i = at ? at.get(r) : r;
    if (i !== undefined && i >= 0 && i < paragraphs.length && Number.isInteger(i)) drop[i] = 1;
  }
  const edits: OffsetEdit[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    if (!drop[i]) continue;
    let j = i;
    while (j + 1 < paragraphs.length && drop[j + 1]) j++;
    const before = i > 0 ? paragraphs[i - 1] : undefined;
    const after = j + 1 < paragraphs.length ? paragraphs[j + 1] : undefined;
    let start: number;
    let end: number;
    if (before && after) {
      const keepAfter = lineBreaks(text, paragraphs[j].end, after.start) > lineBreaks(text, before.end, paragraphs[i].start);
      start = keepAfter ? before.end : paragraphs[i].start;
      end = keepAfter ? paragraphs[j].end : after.start;
    } else if (after) {
      start = paragraphs[i].start;
      end = after.start;
    } else if (before) {
      start = before.end;
      end = paragraphs[j].end;
    } else {
      start = paragraphs[i].start;
      end = paragraphs[j].end;
    }
    edits.push({ start, end, newText: '' });
    i = j;
  }
  return edits;
}

/** Line breaks in text[start, end), counting \r\n as one. */
function lineBreaks(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/** Applies non-overlapping edits in one linear pass. */
export function applyEdits(text: string, edits: OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at offset ${e.start}`);
    parts.push(text.slice(pos, e.start), e.newText);
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/** Removes every later copy of a paragraph: the CLI's `dedupe`. */
export function dedupeText(text: string, threshold: number): { text: string; removed: number } {
  const paragraphs = splitParagraphs(text);
  const remove = findDuplicates(paragraphs, threshold).map((d) => d.paragraph);
  return { text: applyEdits(text, removalEdits(text, paragraphs, remove)), removed: remove.length };
}
