import type { Paragraph } from '../types';

/** A text edit on offsets: replace [start, end) with newText. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * Edits that remove the given paragraphs with the line break(s) that follow each, so the layout of
 * what remains is unchanged (stub: replaced by the dedupe work).
 */
export function removalEdits(_text: string, _paragraphs: Paragraph[], _remove: number[]): OffsetEdit[] {
  return [];
}

export function applyEdits(text: string, edits: OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
