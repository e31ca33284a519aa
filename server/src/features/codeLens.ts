import type { CodeLens } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { totalsByOutcome } from '../core/present/describe';
import type { ArticleModel } from '../core/types';
import { toRange } from '../lsp/positions';
import type { SummaryResult } from '../protocol';

/** "12 actors · 9 places · ≥ 71 killed, ≥ 20 wounded" above the headline. */
export function summaryText(model: ArticleModel): string {
  const count = (kind: 'actor' | 'place') => new Set(model.entities.filter((e) => e.kind === kind).map((e) => e.key)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const totals = totalsByOutcome(model).map((t) => `${t.open ? '≥ ' : ''}${t.min.toLocaleString('en-US')} ${t.outcome}`);
  const parts = [plural(count('actor'), 'actor'), plural(count('place'), 'place')];
  if (totals.length) parts.push(totals.join(', '));
  if (model.duplicates.length) parts.push(plural(model.duplicates.length, 'duplicate paragraph'));
  return parts.join(' · ');
}

export function codeLenses(doc: TextDocument, model: ArticleModel): CodeLens[] {
  const first = model.paragraphs[0];
  if (!first) return [];
  return [{ range: toRange(doc, { start: first.start, end: first.start }), command: { title: summaryText(model), command: '' } }];
}

/** The status-bar summary of a document: the code lens text, with a tooltip that names the parts. */
export function summary(model: ArticleModel): SummaryResult {
  return { text: summaryText(model), tooltip: `Conflict Lens: ${model.paragraphs.length} paragraphs, ${model.entities.length} entity mentions, ${model.casualties.length} casualty figures, ${model.boilerplate.length} boilerplate paragraphs` };
}
