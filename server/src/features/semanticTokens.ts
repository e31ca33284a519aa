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

/** The highlight spans of a model, sorted, with token type and modifier bits. */
function tokensOf(model: ArticleModel, settings: Settings): Tok[] {
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
  return out.sort((a, b) => a.start - b.start);
}

const builders = new Map<string, SemanticTokensBuilder>();

function build(doc: TextDocument, model: ArticleModel, settings: Settings, builder: SemanticTokensBuilder, range?: Span): void {
  for (const t of tokensOf(model, settings)) {
    if (range && (t.end <= range.start || t.start >= range.end)) continue;
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
