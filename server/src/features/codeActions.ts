import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel } from '../core/types';
import { DiagnosticCodes } from '../protocol';
import { paragraphsToRemove, removalEdit, type RemovalKind } from './removals';

export const RemoveDuplicatesKind = `${CodeActionKind.Source}.conflictLens.removeDuplicates`;
export const RemoveBoilerplateKind = `${CodeActionKind.Source}.conflictLens.removeBoilerplate`;

const FIXES: Record<string, { kind: RemovalKind; one: string; all: (n: number) => string; source: string }> = {
  [DiagnosticCodes.duplicate]: { kind: 'duplicates', one: 'Remove duplicate paragraph', all: (n) => `Remove all ${n} duplicate paragraphs`, source: RemoveDuplicatesKind },
  [DiagnosticCodes.boilerplate]: { kind: 'boilerplate', one: 'Remove boilerplate', all: (n) => `Remove all ${n} boilerplate paragraphs`, source: RemoveBoilerplateKind },
};

/** Quick fixes for our diagnostics, and the whole-document source actions. */
export function codeActions(doc: TextDocument, model: ArticleModel, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
  const out: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      const fix = typeof diagnostic.code === 'string' ? FIXES[diagnostic.code] : undefined;
      const paragraph = (diagnostic.data as { paragraph?: number } | undefined)?.paragraph;
      if (!fix || typeof paragraph !== 'number' || !paragraphsToRemove(model, fix.kind).includes(paragraph)) continue;
      out.push({ title: fix.one, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: removalEdit(doc, model, [paragraph]) });
      const all = paragraphsToRemove(model, fix.kind);
      if (all.length > 1) out.push({ title: fix.all(all.length), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: removalEdit(doc, model, all) });
    }
  }
  for (const fix of Object.values(FIXES)) {
    const all = paragraphsToRemove(model, fix.kind);
    if (all.length > 0 && wants(fix.source)) out.push({ title: fix.all(all.length), kind: fix.source, edit: removalEdit(doc, model, all) });
  }
  return out;
}
