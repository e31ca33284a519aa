// Helpers for the real-editor suite: polling (never sleeping), opening the seed copy, decoding tokens.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/**
 * Calls `check` until it stops throwing and returns its result; after `timeoutMs` the last failure is
 * rethrown, so a timeout reports what was actually wrong rather than "timed out".
 */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 30_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * The copy of seed 000 that test/e2e/run.mjs put in the workspace folder; refuses to touch
 * anything inside the real seeds folder.
 */
export function seedCopy(prefix = '000_'): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder: run the suite through test/e2e/run.mjs');
  const name = fs.readdirSync(folder.uri.fsPath).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!name) throw new Error(`no ${prefix}*.txt in the workspace folder ${folder.uri.fsPath}`);
  const file = path.join(folder.uri.fsPath, name);
  if (/[\\/]shared[\\/]seeds[\\/]/.test(file)) throw new Error(`refusing to edit the real seed ${file}`);
  return vscode.Uri.file(file);
}

export interface DecodedToken {
  type: string;
  modifiers: string[];
  range: vscode.Range;
  text: string;
}

/** Asks the editor for the document's semantic tokens (as the renderer would) and decodes them. */
export async function semanticTokens(doc: vscode.TextDocument): Promise<DecodedToken[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>(
    'vscode.provideDocumentSemanticTokensLegend', doc.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>(
    'vscode.provideDocumentSemanticTokens', doc.uri);
  if (!legend || !tokens) return [];
  const out: DecodedToken[] = [];
  const d = tokens.data;
  let line = 0;
  let char = 0;
  for (let i = 0; i + 4 < d.length; i += 5) {
    line += d[i];
    char = d[i] === 0 ? char + d[i + 1] : d[i + 1];
    const range = new vscode.Range(line, char, line, char + d[i + 2]);
    const modifiers = legend.tokenModifiers.filter((_, bit) => (d[i + 4] >> bit) & 1);
    out.push({ type: legend.tokenTypes[d[i + 3]] ?? `#${d[i + 3]}`, modifiers, range, text: doc.getText(range) });
  }
  return out;
}

/** Ranges of every occurrence of `phrase` in the document. */
export function occurrences(doc: vscode.TextDocument, phrase: string): vscode.Range[] {
  const text = doc.getText();
  const out: vscode.Range[] = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    out.push(new vscode.Range(doc.positionAt(at), doc.positionAt(at + phrase.length)));
  }
  return out;
}

/** The plain text of every hover the editor's hover providers give at `pos`. */
export async function hoverText(uri: vscode.Uri, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Non-empty lines (this corpus has one paragraph per line), trimmed. */
export function paragraphs(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
}

export function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}
