import type { SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../core/types';
import { partsMeeting, type Highlights, type Part } from '../core/spans';
import { TokenModifiers, TokenTypes } from '../protocol';
import { lineRanges } from '../lsp/positions';
import type { Settings } from '../lsp/settings';
import { LineCursor } from '../lsp/lineCursor';
import { highlightKey, sectionTokens } from './tokenSpans';
import { commonPrefix, commonSuffix } from '../core/text/commonEnds';

export const legend = { tokenTypes: [...TokenTypes], tokenModifiers: [...TokenModifiers] };

/**
 * Writes LSP token data: five numbers a token, line and character relative to the previous token.
 * Lines are followed with a cursor over the text (tokens come in order), not looked up per token.
 */
class TokenWriter {
  data: Uint32Array;
  length = 0;
  private readonly cursor: LineCursor;

  constructor(
    private readonly doc: TextDocument,
    capacity: number,
    /** The previous token's position (0, 0 before the first). */
    public line = 0,
    public character = 0,
  ) {
    this.data = new Uint32Array(Math.max(16, capacity));
    this.cursor = new LineCursor(doc);
  }

  /** The tokens of a span (one per line it covers). */
  span(start: number, end: number, type: number, modifiers: number): void {
    const p = this.cursor.position(start);
    if (end <= this.cursor.lineEnd) this.push(p.line, p.character, end - start, type, modifiers);
    else for (const r of lineRanges(this.doc, { start, end })) this.push(r.line, r.character, r.length, type, modifiers);
  }

  push(line: number, character: number, length: number, type: number, modifiers: number): void {
    if (this.length + 5 > this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    const d = this.data;
    d[this.length++] = line - this.line;
    d[this.length++] = line === this.line ? character - this.character : character;
    d[this.length++] = length;
    d[this.length++] = type;
    d[this.length++] = modifiers;
    this.line = line;
    this.character = character;
  }
}

/** The tokens of parts[from..to) meeting `range` (all when none), and where each part's begin (at[i - from]). */
function writeParts(w: TokenWriter, parts: readonly Part[], from: number, to: number, settings: Settings, range?: Span): Int32Array {
  const at = new Int32Array(to - from + 1);
  for (let i = from; i < to; i++) {
    at[i - from] = w.length;
    const t = sectionTokens(parts[i].section, settings);
    const d = parts[i].start;
    for (let k = 0; k < t.length; k++) {
      const start = t.start[k] + d;
      const end = t.end[k] + d;
      if (range && (end <= range.start || start >= range.end)) continue;
      w.span(start, end, t.type[k], t.modifiers[k]);
    }
  }
  at[to - from] = w.length;
  return at;
}

/**
 * The last full result sent per document, for deltas: its text, parts (section and start), where
 * each part's tokens begin in its data (at, one more entry than parts), and the settings it used.
 */
interface Sent {
  resultId: string;
  text: string;
  sections: Part['section'][];
  starts: Int32Array;
  at: Int32Array;
  data: Uint32Array;
  key: string;
}
const sent = new Map<string, Sent>();
let nextResultId = 1;

function remember(doc: TextDocument, h: Highlights, settings: Settings, at: Int32Array, data: Uint32Array): string {
  const resultId = String(nextResultId++);
  const sections = h.parts.slice(0, h.count).map((p) => p.section);
  const starts = Int32Array.from(h.parts.slice(0, h.count), (p) => p.start);
  sent.set(doc.uri, { resultId, text: doc.getText(), sections, starts, at, data, key: highlightKey(settings) });
  return resultId;
}

/** Tokens of the whole document: its highlights must be complete. */
export function fullTokens(doc: TextDocument, h: Highlights, settings: Settings): SemanticTokens {
  const w = new TokenWriter(doc, 5 * 1024);
  const at = writeParts(w, h.parts, 0, h.count, settings);
  const data = w.data.subarray(0, w.length);
  return { resultId: remember(doc, h, settings, at, data), data: Array.from(data) };
}

/**
 * The change from the result the client holds, as one edit. Parts (sections) the same as then —
 * the same section at the same start before the change, or at the same distance from the end after
 * it — over text that is the same as then keep their tokens; only those between are encoded again,
 * and the first token after them (it is relative to the one before). An edit of a long document
 * costs the edited sections, not the whole document.
 */
export function deltaTokens(doc: TextDocument, h: Highlights, settings: Settings, previousResultId: string): SemanticTokens | SemanticTokensDelta {
  const old = sent.get(doc.uri);
  if (!old || old.resultId !== previousResultId || old.key !== highlightKey(settings)) return fullTokens(doc, h, settings);
  const text = doc.getText();
  const n = h.count;
  const m = old.sections.length;
  const same = commonPrefix(old.text, text);
  const sameEnd = commonSuffix(old.text, text, Math.min(old.text.length, text.length) - same);
  const endOf = (i: number) => (i + 1 < n ? h.parts[i + 1].start : text.length);
  // Kept before: the same sections at the same starts, over unchanged text.
  let p = 0;
  while (p < n && p < m && h.parts[p].section === old.sections[p] && h.parts[p].start === old.starts[p] && endOf(p) <= same) p++;
  // Kept after: the same sections as far from the end, from a line that starts in the unchanged end.
  const shift = text.length - old.text.length;
  let s = 0;
  while (s < n - p && s < m - p && h.parts[n - 1 - s].section === old.sections[m - 1 - s] && h.parts[n - 1 - s].start - old.starts[m - 1 - s] === shift) s++;
  while (s > 0 && lineStart(doc, h.parts[n - s].start) < text.length - sameEnd) s--;
  // The tokens between, written after the last kept one before.
  const before = old.at[p];
  const last = before > 0 ? lastTokenBefore(doc, h.parts, p, settings) : { line: 0, character: 0 };
  const w = new TokenWriter(doc, old.at[m - s] - before + 64, last.line, last.character);
  const middle = writeParts(w, h.parts, p, n - s, settings);
  // The first kept token after: the same but for its position relative to the token before it.
  const after = old.at[m - s];
  const hasAfter = after < old.data.length;
  if (hasAfter) {
    const first = firstTokenFrom(h.parts, n - s, settings)!;
    const pos = doc.positionAt(first);
    w.push(pos.line, pos.character, old.data[after + 2], old.data[after + 3], old.data[after + 4]);
  }
  const replaced = hasAfter ? after + 5 : after;
  const edit = w.data.subarray(0, w.length);
  const data = new Uint32Array(before + edit.length + old.data.length - replaced);
  data.set(old.data.subarray(0, before));
  data.set(edit, before);
  data.set(old.data.subarray(replaced), before + edit.length);
  const at = new Int32Array(n + 1);
  at.set(old.at.subarray(0, p));
  for (let i = p; i < n - s; i++) at[i] = before + middle[i - p];
  const moved = before + middle[n - s - p] - after;
  for (let i = n - s; i <= n; i++) at[i] = old.at[m - (n - i)] + moved;
  const resultId = remember(doc, h, settings, at, data);
  if (before === old.data.length && replaced === old.data.length && edit.length === 0) return { resultId, edits: [] };
  return { resultId, edits: [{ start: before, deleteCount: replaced - before, data: Array.from(edit) }] };
}

/** Tokens meeting `range`: the highlights need reach only its end (see Highlights). */
export function rangeTokens(doc: TextDocument, h: Highlights, settings: Settings, range: Span): SemanticTokens {
  const { from, to } = partsMeeting(h, range.start, range.end);
  const w = new TokenWriter(doc, 1024);
  writeParts(w, h.parts, from, to, settings, range);
  return { data: Array.from(w.data.subarray(0, w.length)) };
}

export function forgetTokens(uri: string): void {
  sent.delete(uri);
}

const lineStart = (doc: TextDocument, offset: number) => offset - doc.positionAt(offset).character;

/** The position of the last token of the parts before `p` (the caller knows there is one). */
function lastTokenBefore(doc: TextDocument, parts: readonly Part[], p: number, settings: Settings): { line: number; character: number } {
  for (let i = p - 1; i >= 0; i--) {
    const t = sectionTokens(parts[i].section, settings);
    if (t.length === 0) continue;
    const d = parts[i].start;
    const lines = lineRanges(doc, { start: t.start[t.length - 1] + d, end: t.end[t.length - 1] + d });
    const r = lines[lines.length - 1];
    return { line: r.line, character: r.character };
  }
  return { line: 0, character: 0 };
}

/** The offset of the first token of the parts from `p` on, if any. */
function firstTokenFrom(parts: readonly Part[], p: number, settings: Settings): number | undefined {
  for (let i = p; i < parts.length; i++) {
    const t = sectionTokens(parts[i].section, settings);
    if (t.length > 0) return t.start[0] + parts[i].start;
  }
  return undefined;
}
