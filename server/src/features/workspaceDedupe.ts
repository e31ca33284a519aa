import { statSync } from 'node:fs';
import { TextDocumentEdit, TextEdit, type CancellationToken, type Connection, type TextDocuments, type WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findDuplicates } from '../core/duplicates/duplicates';
import { removalEdits } from '../core/duplicates/removal';
import { splitParagraphs } from '../core/text/paragraphs';
import { readArticle } from '../io/readArticle';
import { walkFiles } from '../io/walk';
import { matchesAny } from '../lsp/glob';
import type { SettingsStore } from '../lsp/settings';
import { fileUri, uriPath } from '../lsp/uris';

export interface WorkspaceDedupeResult {
  files: number;
  filesChanged: number;
  paragraphsRemoved: number;
  bytesSaved: number;
  skipped: string[];
  applied: boolean;
}

interface Planned {
  uri: string;
  version: number | null;
  path?: string;
  mtimeMs?: number;
  size?: number;
  edits: TextEdit[];
  removed: number;
  bytes: number;
}

/**
 * Removes every later copy of a paragraph in every served file of the workspace: open documents
 * from the editor's buffer (their edits carry the version), closed files from disk (skipped if
 * they changed on disk between reading and applying). Reports progress, honours cancellation, and
 * applies one workspace edit so a single Undo restores everything the editor applied.
 */
export async function dedupeWorkspace(connection: Connection, documents: TextDocuments<TextDocument>, settings: SettingsStore, folders: string[], preview: boolean, token: CancellationToken): Promise<WorkspaceDedupeResult> {
  const skipped: string[] = [];
  const progress = await connection.window.createWorkDoneProgress();
  progress.begin('Conflict Lens: removing duplicate paragraphs', 0, 'Finding files…', true);
  try {
    const candidates = walkFiles(folders, () => true, (m) => skipped.push(m));
    const plans: Planned[] = [];
    let done = 0;
    for (const path of candidates) {
      if (token.isCancellationRequested || progress.token.isCancellationRequested) {
        return { files: done, filesChanged: 0, paragraphsRemoved: 0, bytesSaved: 0, skipped, applied: false };
      }
      const uri = fileUri(path);
      const s = await settings.get(uri);
      if (!matchesAny(path, s.files)) continue;
      done++;
      progress.report(Math.round((100 * done) / candidates.length), path);
      const open = documents.get(uri);
      const plan = open ? planFor(open, s.nearDuplicateThreshold, open.version) : planFile(path, uri, s.nearDuplicateThreshold, s.maxFileSizeMB, skipped);
      if (plan && plan.removed > 0) plans.push(plan);
      await new Promise((r) => setImmediate(r)); // let hovers and cancellation through
    }
    const result = { files: done, filesChanged: plans.length, paragraphsRemoved: sum(plans, 'removed'), bytesSaved: sum(plans, 'bytes'), skipped, applied: false };
    if (plans.length === 0) return result;
    const fresh = plans.filter((p) => {
      if (!p.path) return true;
      const st = statSync(p.path, { throwIfNoEntry: false });
      const same = st && st.mtimeMs === p.mtimeMs && st.size === p.size;
      if (!same) skipped.push(`${p.path}: changed on disk since it was read; left alone`);
      return same;
    });
    const edit: WorkspaceEdit = {
      documentChanges: fresh.map((p) => TextDocumentEdit.create({ uri: p.uri, version: p.version }, preview ? p.edits.map((e) => ({ ...e, annotationId: 'dedupe' })) : p.edits)),
      ...(preview && { changeAnnotations: { dedupe: { label: 'Remove duplicate paragraphs', needsConfirmation: true, description: 'Conflict Lens' } } }),
    };
    const applied = await connection.workspace.applyEdit({ label: 'Remove duplicate paragraphs in workspace', edit });
    return { ...result, filesChanged: fresh.length, paragraphsRemoved: sum(fresh, 'removed'), bytesSaved: sum(fresh, 'bytes'), applied: applied.applied };
  } finally {
    progress.done();
  }
}

function planFor(doc: TextDocument, threshold: number, version: number | null, extra?: Partial<Planned>): Planned {
  const text = doc.getText();
  const paragraphs = splitParagraphs(text);
  const remove = findDuplicates(paragraphs, threshold).map((d) => d.paragraph);
  const offsets = removalEdits(text, paragraphs, remove);
  const edits = offsets.map((e) => TextEdit.replace({ start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, e.newText));
  const bytes = offsets.reduce((n, e) => n + Buffer.byteLength(text.slice(e.start, e.end)) - Buffer.byteLength(e.newText), 0);
  return { uri: doc.uri, version, edits, removed: remove.length, bytes, ...extra };
}

function planFile(path: string, uri: string, threshold: number, maxMB: number, skipped: string[]): Planned | undefined {
  const read = readArticle(path, maxMB * 1048576);
  if (!read.ok) return void skipped.push(read.error);
  if (read.warning) return void skipped.push(`${path}: ${read.warning}; not rewritten`);
  return planFor(TextDocument.create(uri, 'plaintext', 0, read.text), threshold, null, { path, mtimeMs: read.mtimeMs, size: read.size });
}

const sum = (plans: Planned[], key: 'removed' | 'bytes') => plans.reduce((n, p) => n + p[key], 0);

export function folderPaths(folders: { uri: string }[] | null): string[] {
  return (folders ?? []).map((f) => uriPath(f.uri)).filter((p): p is string => !!p);
}
