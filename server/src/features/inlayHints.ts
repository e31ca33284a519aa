import { InlayHintKind, type InlayHint } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { boundsText } from '../core/present/describe';
import type { ArticleModel, Span } from '../core/types';

/** After each casualty figure in the range: its normalised reading, "≥ 21 killed · civilians". */
export function inlayHints(doc: TextDocument, model: ArticleModel, range: Span): InlayHint[] {
  return model.casualties
    .filter((c) => c.end > range.start && c.start < range.end)
    .map((c) => ({
      position: doc.positionAt(c.end),
      label: `${boundsText(c)} ${c.outcome} · ${c.victimActor ? `${c.victims} (${c.victimActor})` : c.victims}`,
      kind: InlayHintKind.Parameter,
      paddingLeft: true,
    }));
}
