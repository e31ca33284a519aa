import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel } from '../core/types';
import { DiagnosticCodes, DiagnosticSource } from '../protocol';
import { toRange } from '../lsp/positions';
import type { Settings, Severity } from '../lsp/settings';

const SEVERITY: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** One diagnostic per later copy of a paragraph and per boilerplate paragraph. */
export function diagnostics(doc: TextDocument, model: ArticleModel, settings: Settings): Diagnostic[] {
  const out: Diagnostic[] = [];
  const dup = settings.diagnostics[DiagnosticCodes.duplicate];
  if (dup !== 'off') {
    for (const d of model.duplicates) {
      const original = toRange(doc, { start: d.originalStart, end: d.originalEnd });
      const line = original.start.line + 1;
      out.push({
        range: toRange(doc, d),
        severity: SEVERITY[dup],
        source: DiagnosticSource,
        code: DiagnosticCodes.duplicate,
        message: d.kind === 'exact' ? `Duplicate paragraph: the same text is on line ${line}.` : `Near-duplicate paragraph (${Math.round(d.similarity * 100)}% of it is on line ${line}).`,
        tags: [DiagnosticTag.Unnecessary],
        relatedInformation: [{ location: { uri: doc.uri, range: original }, message: 'First occurrence' }],
        data: { paragraph: d.paragraph },
      });
    }
  }
  const bp = settings.diagnostics[DiagnosticCodes.boilerplate];
  if (bp !== 'off') {
    for (const b of model.boilerplate) {
      out.push({
        range: toRange(doc, b),
        severity: SEVERITY[bp],
        source: DiagnosticSource,
        code: DiagnosticCodes.boilerplate,
        message: `Boilerplate (${b.rule.replace(/-/g, ' ')}): site furniture, not part of the story.`,
        tags: [DiagnosticTag.Unnecessary],
        data: { paragraph: b.paragraph },
      });
    }
  }
  return out;
}
