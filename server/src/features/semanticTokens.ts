import type { SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel, Span } from '../core/types';
import { TokenModifiers, TokenTypes } from '../protocol';
import { lineRanges } from '../lsp/positions';
import type { Settings } from '../lsp/settings';
import { LineCursor } from '../lsp/lineCursor';

export const legend = { tokenTypes: [...TokenTypes], tokenModifiers: [...TokenModifiers] };

const bit = (name: string) => {
  const i = (TokenModifiers as readonly string[]).indexOf(name);
  return i < 0 ? 0 : 1 << i;
};
/** Modifier bits of each actor type, of inferred names and of each casualty outcome. */
const ACTOR_BITS: Record<string, number> = {
  'armed-group': bit('armedGroup'),
  'state-force': bit('stateForce'),
  state: bit('state'),
  organisation: bit('organisation'),
  media: bit('media'),
  person: bit('person'),
};
const INFERRED = bit('inferred');
const OUTCOME_BITS = new Map<string, number>();
const outcomeBits = (outcome: string) => OUTCOME_BITS.get(outcome) ?? (OUTCOME_BITS.set(outcome, bit(outcome)), OUTCOME_BITS.get(outcome)!);

/** The highlight spans of a model in document order, never overlapping, in flat arrays. */
interface Spans {
  start: Int32Array;
  end: Int32Array;
  type: Uint8Array;
  modifiers: Uint32Array;
  length: number;
}

const cache = new WeakMap<ArticleModel, { key: string; spans: Spans }>();

/** The highlight spans of a model, computed once per model and highlight settings. */
function spansOf(model: ArticleModel, settings: Settings): Spans {
  const key = `${settings.highlight.actors}${settings.highlight.places}${settings.highlight.casualties}`;
  const hit = cache.get(model);
  if (hit?.key === key) return hit.spans;
  const spans = computeSpans(model, settings);
  cache.set(model, { key, spans });
  return spans;
}

/**
 * Merges the entities and the figures (each sorted by start) into one list. Semantic tokens may
 * not overlap: where a figure and a name overlap ("Suwayda 24"), the one starting first wins (the
 * entity, at the same start).
 */
function computeSpans(model: ArticleModel, settings: Settings): Spans {
  const { actors, places, casualties } = settings.highlight;
  const ents = inOrder(model.entities.filter((e) => (e.kind === 'actor' ? actors : places)));
  const figs = casualties ? inOrder(model.casualties) : [];
  const n = ents.length + figs.length;
  const out: Spans = { start: new Int32Array(n), end: new Int32Array(n), type: new Uint8Array(n), modifiers: new Uint32Array(n), length: 0 };
  let lastEnd = -1;
  for (let i = 0, j = 0; i < ents.length || j < figs.length; ) {
    let s: number, e: number, type: number, mods: number;
    if (i < ents.length && (j >= figs.length || ents[i].start <= figs[j].start)) {
      const m = ents[i++];
      [s, e] = [m.start, m.end];
      type = m.kind === 'actor' ? 0 : 1;
      mods = (m.kind === 'actor' ? (ACTOR_BITS[m.type] ?? 0) : 0) | (m.inDictionary ? 0 : INFERRED);
    } else {
      const c = figs[j++];
      [s, e, type, mods] = [c.start, c.end, 2, outcomeBits(c.outcome)];
    }
    if (s < lastEnd) continue;
    const k = out.length++;
    [out.start[k], out.end[k], out.type[k], out.modifiers[k]] = [s, e, type, mods];
    lastEnd = e;
  }
  return out;
}

/** The list if sorted by start (it always is, from the core), else a sorted copy. */
function inOrder<T extends Span>(list: readonly T[]): readonly T[] {
  for (let i = 1; i < list.length; i++) if (list[i].start < list[i - 1].start) return [...list].sort((a, b) => a.start - b.start);
  return list;
}

/**
 * Encodes the spans (those meeting `range`, when given) as LSP token data: five numbers a token,
 * line and character relative to the previous token. Lines are followed with a cursor over the
 * text (tokens come in order), not looked up per token.
 */
function encode(doc: TextDocument, model: ArticleModel, settings: Settings, range?: Span): Uint32Array {
  const t = spansOf(model, settings);
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

export function fullTokens(doc: TextDocument, model: ArticleModel, settings: Settings): SemanticTokens {
  const data = encode(doc, model, settings);
  const resultId = String(nextResultId++);
  sent.set(doc.uri, { resultId, data });
  return { resultId, data: Array.from(data) };
}

/** The change from the result the client holds: one edit replacing what lies between the common prefix and suffix. */
export function deltaTokens(doc: TextDocument, model: ArticleModel, settings: Settings, previousResultId: string): SemanticTokens | SemanticTokensDelta {
  const previous = sent.get(doc.uri);
  if (!previous || previous.resultId !== previousResultId) return fullTokens(doc, model, settings);
  const data = encode(doc, model, settings);
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

export function rangeTokens(doc: TextDocument, model: ArticleModel, settings: Settings, range: Span): SemanticTokens {
  return { data: Array.from(encode(doc, model, settings, range)) };
}

export function forgetTokens(uri: string): void {
  sent.delete(uri);
}
