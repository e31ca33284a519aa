import { ACTOR_TYPES, OUTCOMES, spansOfSection, type Part } from '../core/spans';
import { TokenModifiers } from '../protocol';
import type { Settings } from '../lsp/settings';

const bit = (name: string) => {
  const i = (TokenModifiers as readonly string[]).indexOf(name);
  return i < 0 ? 0 : 1 << i;
};
/** Modifier bits by the core's span detail: each actor type, each casualty outcome. */
const ACTOR_BITS = ACTOR_TYPES.map((t) => bit(({ 'armed-group': 'armedGroup', 'state-force': 'stateForce' } as Record<string, string>)[t] ?? t));
const OUTCOME_BITS = OUTCOMES.map(bit);
const INFERRED = bit('inferred');

/** One section's highlight spans as tokens: in order, never overlapping, offsets relative to the section's start. */
export interface TokenSpans {
  start: Int32Array;
  end: Int32Array;
  type: Uint8Array;
  modifiers: Uint32Array;
  length: number;
}

/** What of the settings the tokens depend on: which kinds are highlighted. */
export const highlightKey = (settings: Settings) => `${settings.highlight.actors}${settings.highlight.places}${settings.highlight.casualties}`;

const cache = new WeakMap<Part['section'], { key: string; spans: TokenSpans }>();

/** A section's token spans, made once per section and highlight settings (see tokenSpansOf). */
export function sectionTokens(section: Part['section'], settings: Settings): TokenSpans {
  const key = highlightKey(settings);
  const hit = cache.get(section);
  if (hit?.key === key) return hit.spans;
  const spans = tokenSpansOf(section, settings);
  cache.set(section, { key, spans });
  return spans;
}

/**
 * The enabled kinds of the core's spans of a section (see spansOfSection). Semantic tokens may not
 * overlap: where a figure and a name overlap ("Suwayda 24"), the one starting first wins (the
 * entity, at the same start). Spans never cross paragraphs, so never sections.
 */
function tokenSpansOf(section: Part['section'], settings: Settings): TokenSpans {
  const on = [settings.highlight.actors, settings.highlight.places, settings.highlight.casualties];
  const all = spansOfSection(section);
  const n = all.length;
  const out: TokenSpans = { start: new Int32Array(n), end: new Int32Array(n), type: new Uint8Array(n), modifiers: new Uint32Array(n), length: 0 };
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
