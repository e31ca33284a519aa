import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensDelta } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel, Span } from '../core/types';
import { TokenModifiers, TokenTypes } from '../protocol';
import { lineRanges } from '../lsp/positions';
import type { Settings } from '../lsp/settings';

export const legend = { tokenTypes: [...TokenTypes], tokenModifiers: [...TokenModifiers] };

const MODIFIER_OF: Record<string, string> = {
  'armed-group': 'armedGroup',
  'state-force': 'stateForce',
  state: 'state',
  organisation: 'organisation',
  media: 'media',
  person: 'person',
};

interface Tok extends Span {
  type: number;
  modifiers: number;
}

const cache = new WeakMap<ArticleModel, { key: string; toks: Tok[] }>();

/** The highlight spans of a model, sorted, computed once per model and highlight settings. */
function tokensOf(model: ArticleModel, settings: Settings): Tok[] {
  const key = `${settings.highlight.actors}${settings.highlight.places}${settings.highlight.casualties}`;
  const hit = cache.get(model);
  if (hit?.key === key) return hit.toks;
  const toks = computeTokens(model, settings);
  cache.set(model, { key, toks });
  return toks;
}

function computeTokens(model: ArticleModel, settings: Settings): Tok[] {
  const out: Tok[] = [];
  const bit = (name: string) => {
    const i = (TokenModifiers as readonly string[]).indexOf(name);
    return i < 0 ? 0 : 1 << i;
  };
  for (const e of model.entities) {
    if (e.kind === 'actor' && settings.highlight.actors) {
      out.push({ start: e.start, end: e.end, type: 0, modifiers: bit(MODIFIER_OF[e.type] ?? '') | (e.inDictionary ? 0 : bit('inferred')) });
    } else if (e.kind === 'place' && settings.highlight.places) {
      out.push({ start: e.start, end: e.end, type: 1, modifiers: e.inDictionary ? 0 : bit('inferred') });
    }
  }
  if (settings.highlight.casualties) for (const c of model.casualties) out.push({ start: c.start, end: c.end, type: 2, modifiers: bit(c.outcome) });
  out.sort((a, b) => a.start - b.start);
  // Semantic tokens may not overlap: where a figure and a name overlap ("Suwayda 24"), the first wins.
  return out.filter((t, i) => i === 0 || t.start >= out[i - 1].end);
}

const builders = new Map<string, SemanticTokensBuilder>();

function build(doc: TextDocument, model: ArticleModel, settings: Settings, builder: SemanticTokensBuilder, range?: Span): void {
  const toks = tokensOf(model, settings);
  // Tokens are sorted and never overlap, so a range starts at a binary search and stops at its end.
  let i = 0;
  if (range) {
    let hi = toks.length;
    while (i < hi) {
      const mid = (i + hi) >> 1;
      if (toks[mid].end <= range.start) i = mid + 1;
      else hi = mid;
    }
  }
  for (; i < toks.length; i++) {
    const t = toks[i];
    if (range && t.start >= range.end) break;
    for (const r of lineRanges(doc, t)) builder.push(r.line, r.character, r.length, t.type, t.modifiers);
  }
}

export function fullTokens(doc: TextDocument, model: ArticleModel, settings: Settings): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  builders.set(doc.uri, builder);
  build(doc, model, settings, builder);
  return builder.build();
}

export function deltaTokens(doc: TextDocument, model: ArticleModel, settings: Settings, previousResultId: string): SemanticTokens | SemanticTokensDelta {
  const builder = builders.get(doc.uri);
  if (!builder) return fullTokens(doc, model, settings);
  builder.previousResult(previousResultId);
  build(doc, model, settings, builder);
  return builder.buildEdits();
}

export function rangeTokens(doc: TextDocument, model: ArticleModel, settings: Settings, range: Span): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  build(doc, model, settings, builder, range);
  return builder.build();
}

export function forgetTokens(uri: string): void {
  builders.delete(uri);
}
