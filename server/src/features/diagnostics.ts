import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel, BoilerplateFinding, DuplicateFinding } from '../core/types';
import { DiagnosticCodes, DiagnosticSource } from '../protocol';
import { toRange } from '../lsp/positions';
import type { Settings, Severity } from '../lsp/settings';

const SEVERITY: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * One diagnostic per later copy of a paragraph and per boilerplate paragraph, in document order,
 * the first `settings.maxDiagnostics` of them (0: all); `omitted` counts those left out.
 */
export function diagnostics(doc: TextDocument, model: ArticleModel, settings: Settings): { diagnostics: Diagnostic[]; omitted: number } {
  const out: Diagnostic[] = [];
  const dup = settings.diagnostics[DiagnosticCodes.duplicate];
  const bp = settings.diagnostics[DiagnosticCodes.boilerplate];
  const dups = dup === 'off' ? [] : model.duplicates;
  const boiler = bp === 'off' ? [] : model.boilerplate;
  const total = dups.length + boiler.length;
  const max = settings.maxDiagnostics > 0 ? Math.min(settings.maxDiagnostics, total) : total;
  // Both lists are in document order: merged, so that a limit keeps the first in the document.
  let i = 0;
  let j = 0;
  while (out.length < max) {
    if (j >= boiler.length || (i < dups.length && dups[i].start <= boiler[j].start)) out.push(duplicateDiagnostic(doc, dups[i++], dup as Exclude<Severity, 'off'>));
    else out.push(boilerplateDiagnostic(doc, boiler[j++], bp as Exclude<Severity, 'off'>));
  }
  return { diagnostics: out, omitted: total - out.length };
}

function duplicateDiagnostic(doc: TextDocument, d: DuplicateFinding, severity: Exclude<Severity, 'off'>): Diagnostic {
  const original = toRange(doc, { start: d.originalStart, end: d.originalEnd });
  const line = original.start.line + 1;
  return {
    range: toRange(doc, d),
    severity: SEVERITY[severity],
    source: DiagnosticSource,
    code: DiagnosticCodes.duplicate,
    message: d.kind === 'exact' ? `Duplicate paragraph: the same text is on line ${line}.` : `Near-duplicate paragraph (${Math.round(d.similarity * 100)}% of it is on line ${line}).`,
    tags: [DiagnosticTag.Unnecessary],
    relatedInformation: [{ location: { uri: doc.uri, range: original }, message: 'First occurrence' }],
    data: { paragraph: d.paragraph },
  };
}

function boilerplateDiagnostic(doc: TextDocument, b: BoilerplateFinding, severity: Exclude<Severity, 'off'>): Diagnostic {
  return {
    range: toRange(doc, b),
    severity: SEVERITY[severity],
    source: DiagnosticSource,
    code: DiagnosticCodes.boilerplate,
    message: `Boilerplate (${b.rule.replace(/-/g, ' ')}): site furniture, not part of the story.`,
    tags: [DiagnosticTag.Unnecessary],
    data: { paragraph: b.paragraph },
  };
}
