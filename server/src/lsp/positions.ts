import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../core/types';

// Offsets inside, positions at the edge: the one place that converts between them.

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toOffset(doc: TextDocument, pos: { line: number; character: number }): number {
  return doc.offsetAt(pos);
}

/** Splits a span at line breaks, for protocols (semantic tokens) that cannot span lines. */
export function lineRanges(doc: TextDocument, span: Span): { line: number; character: number; length: number }[] {
  const start = doc.positionAt(span.start);
  const end = doc.positionAt(span.end);
  if (start.line === end.line) return [{ line: start.line, character: start.character, length: end.character - start.character }];
  const out = [];
  for (let line = start.line; line <= end.line; line++) {
    const from = line === start.line ? span.start : doc.offsetAt({ line, character: 0 });
    const lineEnd = line === end.line ? span.end : doc.offsetAt({ line: line + 1, character: 0 });
    const text = doc.getText().slice(from, lineEnd).replace(/[\r\n]+$/, '');
    const character = line === start.line ? start.character : 0;
    if (text.length > 0) out.push({ line, character, length: text.length });
  }
  return out;
}

/** Index of the first span whose end is after `offset` in a start-sorted, non-overlapping list. */
export function spanAt<T extends Span>(spans: T[], offset: number): T | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  return s && s.start <= offset && offset <= s.end ? s : undefined;
}
