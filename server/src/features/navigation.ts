import { DocumentHighlightKind, SymbolKind, type DocumentHighlight, type DocumentSymbol, type Location } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { boundsText, mentionsOf } from '../core/present/describe';
import type { ArticleModel, EntityMention } from '../core/types';
import { spanAt, toRange } from '../lsp/positions';

/** Every mention of the entity under the cursor, whatever alias it used. */
export function references(doc: TextDocument, model: ArticleModel, offset: number): Location[] {
  const e = spanAt(model.entities, offset);
  return e ? mentionsOf(model, e).map((m) => ({ uri: doc.uri, range: toRange(doc, m) })) : [];
}

export function highlights(doc: TextDocument, model: ArticleModel, offset: number): DocumentHighlight[] {
  const e = spanAt(model.entities, offset);
  return e ? mentionsOf(model, e).map((m) => ({ range: toRange(doc, m), kind: DocumentHighlightKind.Text })) : [];
}

/** Outline: the headline (first paragraph), then actors, places (one per entity) and casualty figures. */
export function documentSymbols(doc: TextDocument, model: ArticleModel): DocumentSymbol[] {
  const first = model.paragraphs[0];
  if (!first) return [];
  const group = (name: string, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol | undefined =>
    children.length ? { name, kind, range: children[0].range, selectionRange: children[0].selectionRange, children } : undefined;
  const entity = (want: 'actor' | 'place', kind: SymbolKind) =>
    distinct(model.entities.filter((e) => e.kind === want)).map(({ e, count }) => ({
      name: e.canonical,
      detail: `${e.type} · ${count}×`,
      kind,
      range: toRange(doc, e),
      selectionRange: toRange(doc, e),
    }));
  const figures = model.casualties.map((c) => ({ name: `${boundsText(c)} ${c.outcome}`, detail: c.victims, kind: SymbolKind.Number, range: toRange(doc, c), selectionRange: toRange(doc, c) }));
  const children = [group('Actors', SymbolKind.Namespace, entity('actor', SymbolKind.Class)), group('Places', SymbolKind.Namespace, entity('place', SymbolKind.Field)), group('Casualty figures', SymbolKind.Namespace, figures)].filter((g): g is DocumentSymbol => !!g);
  const headline = first.text.length > 100 ? first.text.slice(0, 97) + '…' : first.text;
  const whole = toRange(doc, { start: first.start, end: model.text.length });
  return [{ name: headline, kind: SymbolKind.File, range: whole, selectionRange: toRange(doc, first), children }];
}

function distinct(mentions: EntityMention[]): { e: EntityMention; count: number }[] {
  const seen = new Map<string, { e: EntityMention; count: number }>();
  for (const m of mentions) {
    const hit = seen.get(m.key);
    if (hit) hit.count++;
    else seen.set(m.key, { e: m, count: 1 });
  }
  return [...seen.values()];
}
