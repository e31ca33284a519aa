import { TextDocumentEdit, TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { removalEdits } from '../core/duplicates/removal';
import type { ArticleModel } from '../core/types';
import { toRange } from '../lsp/positions';

export type RemovalKind = 'duplicates' | 'boilerplate';

/** Paragraph indices a removal takes out: every later copy, or every boilerplate paragraph. */
export function paragraphsToRemove(model: ArticleModel, kind: RemovalKind): number[] {
  return kind === 'duplicates' ? model.duplicates.map((d) => d.paragraph) : model.boilerplate.map((b) => b.paragraph);
}

/**
 * A workspace edit removing the given paragraphs. It carries the document version, so the client
 * refuses it if the document changed after the fix was computed.
 */
export function removalEdit(doc: TextDocument, model: ArticleModel, paragraphs: number[]): WorkspaceEdit {
  const edits = removalEdits(model.text, model.paragraphs, paragraphs).map((e) => TextEdit.replace(toRange(doc, e), e.newText));
  return { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, edits)] };
}
