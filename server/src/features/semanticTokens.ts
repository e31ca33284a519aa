import type { SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../core/types';
import { ACTOR_TYPES, OUTCOMES, partsMeeting, spansOfParts, type Highlights, type Part } from '../core/spans';
import { TokenModifiers, TokenTypes } from '../protocol';
import { lineRanges } from '../lsp/positions';
import type { Settings } from '../lsp/settings';
import { LineCursor } from '../lsp/lineCursor';

export const legend = { tokenTypes: [...TokenTypes], tokenModifiers: [...TokenModifiers] };

const bit = (name: string) => {
  const i = (TokenModifiers as readonly string[]).indexOf(name);
  return i < 0 ? 0 : 1 << i;
};
/** Modifier bits by the core's span detail: each actor type, each casualty outcome. */
const ACTOR_BITS = ACTOR_TYPES.map((t) => bit(({ 'armed-group': 'armedGroup', 'state-force': 'stateForce' } as Record<string, string>)[t] ?? t));
const OUTCOME_BITS = OUTCOMES.map(bit);
const INFERRED = bit('inferred');

/** The highlight spans of a model in document order, never overlapping, in flat arrays. */
interface Spans {
  start: Int32Array;
  end: Int32Array;
  type: Uint8Array;
  modifiers: Uint32Array;
  length: number;
}

const cache = new WeakMap<readonly Part[], { key: string; spans: Spans }>();

/**
 * The highlight spans of the whole document (complete highlights: computed once per version and
 * highlight settings) or of the parts meeting `range` (a screen of a partly analysed document).
 */
function spansOf(h: Highlights, settings: Settings, range?: Span): Spans {
  if (range) {
    const { from, to } = partsMeeting(h, range.start, range.end);
    return computeSpans(h, from, to, settings);
  }
  const key = `${settings.highlight.actors}${settings.highlight.places}${settings.highlight.casualties}`;
  const hit = cache.get(h.parts);
  if (hit?.key === key) return hit.spans;
  const spans = computeSpans(h, 0, h.count, settings);
  cache.set(h.parts, { key, spans });
  return spans;
}

/**
 * The enabled kinds of the core's spans (see spansOfParts). Semantic tokens may not overlap:
 * where a figure and a name overlap ("Suwayda 24"), the one starting first wins (the entity, at the
 * same start).
 */
function computeSpans(h: Highlights, from: number, to: number, settings: Settings): Spans {
  const on = [settings.highlight.actors, settings.highlight.places, settings.highlight.casualties];
  const all = spansOfParts(h.parts, from, to);
  const n = all.length;
  const out: Spans = { start: new Int32Array(n), end: new Int32Array(n), type: new Uint8Array(n), modifiers: new Uint32Array(n), length: 0 };
  let lastEnd = -1;
  for (let i = 0; i < n; i++) {
    const kind = all.kind[i];
    if (!on[kind] || all.start[i] < lastEnd) continue;
    const k = out.length++;
    out.start[k] = all.start[i];
    out.end[k] = lastEnd = all.end[i];
    out.type[k] = kind;
    const detail = all.detail[i];
    out.modifiers[k] = (kind === 0 ? (ACTOR_BITS[detail] ?? 0) : kind === 2 ? (OUTCOME_BITS[detail] ?? 0) : 0) | (kind < 2 && all.inferred[i] ? INFERRED : 0);
  }
  return out;
}

/**
 * Encodes the spans (those meeting `range`, when given) as LSP token data: five numbers a token,
 * line and character relative to the previous token. Lines are followed with a cursor over the
 * text (tokens come in order), not looked up per token.
 */
function encode(doc: TextDocument, h: Highlights, settings: Settings, range?: Span): Uint32Array {
  const t = spansOf(h, settings, range);
  let i = 0;
  if (range) {
    let hi = t.length;
    while (i < hi) {
      const mid = (i + hi) >> 1;
      if (t.end[mid] <= range.start) i = mid + 1;
      else hi = mid;
    }
  }
  let data = new Uint32Array(Math.max(16, 5 * (t.length - i)));
  let len = 0;
  let prevLine = 0;
  let prevChar = 0;
  const cursor = new LineCursor(doc);
  const push = (line: number, character: number, length: number, type: number, mods: number) => {
    if (len + 5 > data.length) {
      const next = new Uint32Array(data.length * 2);
      next.set(data);
      data = next;
    }
    data[len++] = line - prevLine;
    data[len++] = line === prevLine ? character - prevChar : character;
    data[len++] = length;
    data[len++] = type;
    data[len++] = mods;
    [prevLine, prevChar] = [line, character];
  };
  for (; i < t.length; i++) {
    if (range && t.start[i] >= range.end) break;
    const p = cursor.position(t.start[i]);
    if (t.end[i] <= cursor.lineEnd) push(p.line, p.character, t.end[i] - t.start[i], t.type[i], t.modifiers[i]);
    else for (const r of lineRanges(doc, { start: t.start[i], end: t.end[i] })) push(r.line, r.character, r.length, t.type[i], t.modifiers[i]);
  }
  return data.subarray(0, len);
}

/** The last full result sent per document, for deltas. */
const sent = new Map<string, { resultId: string; data: Uint32Array }>();
let nextResultId = 1;

/** Tokens of the whole document: its highlights must be complete. */
export function fullTokens(doc: TextDocument, h: Highlights, settings: Settings): SemanticTokens {
  const data = encode(doc, h, settings);
  const resultId = String(nextResultId++);
  sent.set(doc.uri, { resultId, data });
  return { resultId, data: Array.from(data) };
}

/** The change from the result the client holds: one edit replacing what lies between the common prefix and suffix. */
export function deltaTokens(doc: TextDocument, h: Highlights, settings: Settings, previousResultId: string): SemanticTokens | SemanticTokensDelta {
  const previous = sent.get(doc.uri);
  if (!previous || previous.resultId !== previousResultId) return fullTokens(doc, h, settings);
  const data = encode(doc, h, settings);
  const old = previous.data;
  const resultId = String(nextResultId++);
  sent.set(doc.uri, { resultId, data });
  let p = 0;
  const max = Math.min(old.length, data.length);
  while (p < max && old[p] === data[p]) p++;
  let s = 0;
  while (s < max - p && old[old.length - 1 - s] === data[data.length - 1 - s]) s++;
  if (p === old.length && p === data.length) return { resultId, edits: [] };
  return { resultId, edits: [{ start: p, deleteCount: old.length - p - s, data: Array.from(data.subarray(p, data.length - s)) }] };
}

/** Tokens meeting `range`: the highlights need reach only its end (see Highlights). */
export function rangeTokens(doc: TextDocument, h: Highlights, settings: Settings, range: Span): SemanticTokens {
  return { data: Array.from(encode(doc, h, settings, range)) };
}

export function forgetTokens(uri: string): void {
  sent.delete(uri);
}
