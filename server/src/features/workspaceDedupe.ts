import { statSync } from 'node:fs';
import { TextDocumentEdit, TextEdit, type CancellationToken, type Connection, type TextDocuments, type WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findCrossFileDuplicates, type CrossFileDocument } from '../core/duplicates/crossFile';
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
  /** "b.txt is a copy of a.txt (97%)": whole-article copies are reported, never deleted. */
  copies: string[];
  skipped: string[];
  applied: boolean;
  cancelled: boolean;
}

interface Source extends CrossFileDocument {
  doc: TextDocument;
  /** Null for closed files: their edit is not versioned, so they are re-checked on disk instead. */
  version: number | null;
  path: string;
  mtimeMs?: number;
  size?: number;
  threshold: number;
}

/**
 * Removes every later copy of a paragraph in every served file of the workspace — copies inside a
 * file, and paragraphs shared by several files (a site's footer) from all but the first — and
 * reports files that hold the same article as another. Open documents are read from the editor
 * (their edits carry the version), closed files from disk (skipped if they changed on disk before
 * the edit is applied). Reports progress, honours cancellation, and applies one workspace edit,
 * after asking (remove, review each change in the refactor preview, or cancel) when `preview`, so
 * one Undo restores what the editor applied.
 */
export async function dedupeWorkspace(connection: Connection, documents: TextDocuments<TextDocument>, settings: SettingsStore, folders: string[], preview: boolean, token: CancellationToken): Promise<WorkspaceDedupeResult> {
  const result: WorkspaceDedupeResult = { files: 0, filesChanged: 0, paragraphsRemoved: 0, bytesSaved: 0, copies: [], skipped: [], applied: false, cancelled: false };
  const progress = await connection.window.createWorkDoneProgress();
  progress.begin('Conflict Lens: duplicate paragraphs', 0, 'Finding files…', true);
  const cancelled = () => token.isCancellationRequested || progress.token.isCancellationRequested;
  let done = false;
  try {
    const paths = walkFiles(folders, () => true, (m) => result.skipped.push(m));
    const sources: Source[] = [];
    for (let i = 0; i < paths.length; i++) {
      if (cancelled()) return { ...result, cancelled: true };
      const source = await load(paths[i], documents, settings, result.skipped);
      if (source) sources.push(source);
      progress.report(Math.round((50 * (i + 1)) / paths.length), `Reading ${paths[i]}`);
      if (i % 20 === 0) await yieldToOtherRequests();
    }
    result.files = sources.length;
    progress.report(60, 'Comparing files…');
    const cross = findCrossFileDuplicates(sources);
    const changes: TextDocumentEdit[] = [];
    for (let i = 0; i < sources.length; i++) {
      if (cancelled()) return { ...result, cancelled: true };
      const s = sources[i];
      const remove = new Set(findDuplicates(s.paragraphs, s.threshold).map((d) => d.paragraph));
      for (const f of cross[i].findings) {
        if (f.kind === 'shared-paragraph' && f.paragraph !== undefined) remove.add(f.paragraph);
        if (f.kind === 'same-article') result.copies.push(`${s.path} holds the same article as ${f.originalFile} (${Math.round(f.similarity * 100)}% similar)`);
      }
      if (remove.size === 0 || !unchangedOnDisk(s, result.skipped)) continue;
      const offsets = removalEdits(s.text, s.paragraphs, [...remove]);
      const edits = offsets.map((e) => TextEdit.replace({ start: s.doc.positionAt(e.start), end: s.doc.positionAt(e.end) }, e.newText));
      changes.push(TextDocumentEdit.create({ uri: s.doc.uri, version: s.version }, edits));
      result.filesChanged++;
      result.paragraphsRemoved += remove.size;
      result.bytesSaved += offsets.reduce((n, e) => n + Buffer.byteLength(s.text.slice(e.start, e.end)) - Buffer.byteLength(e.newText), 0);
      progress.report(60 + Math.round((40 * (i + 1)) / sources.length));
    }
    progress.done();
    done = true;
    if (changes.length === 0) return result;
    const choice = preview ? await ask(connection, result) : 'apply';
    if (choice === 'cancel') return { ...result, cancelled: true };
    const edit: WorkspaceEdit = choice === 'apply' ? { documentChanges: changes } : annotated(changes);
    const applied = await connection.workspace.applyEdit({ label: 'Remove duplicate paragraphs in workspace', edit });
    return { ...result, applied: applied.applied };
  } finally {
    if (!done) progress.done();
  }
}

/** Asks before changing many files: remove now, review each change first, or leave everything. */
async function ask(connection: Connection, r: WorkspaceDedupeResult): Promise<'apply' | 'review' | 'cancel'> {
  const remove = 'Remove';
  const review = 'Review Changes…';
  const picked = await connection.window.showInformationMessage(
    `Conflict Lens found ${r.paragraphsRemoved} duplicate paragraph${r.paragraphsRemoved === 1 ? '' : 's'} in ${r.filesChanged} of ${r.files} files (${(r.bytesSaved / 1024).toFixed(1)} KB). Remove them?`,
    { title: remove },
    { title: review },
  );
  return picked?.title === remove ? 'apply' : picked?.title === review ? 'review' : 'cancel';
}

/** The edit with every change marked as needing confirmation: the editor shows its refactor preview, where the user ticks what to apply. */
function annotated(changes: TextDocumentEdit[]): WorkspaceEdit {
  return {
    documentChanges: changes.map((c) => ({ ...c, edits: c.edits.map((e) => ({ ...e, annotationId: 'dedupe' })) })),
    changeAnnotations: { dedupe: { label: 'Remove duplicate paragraphs', needsConfirmation: true, description: 'Conflict Lens' } },
  };
}

async function load(path: string, documents: TextDocuments<TextDocument>, settings: SettingsStore, skipped: string[]): Promise<Source | undefined> {
  const uri = fileUri(path);
  const s = await settings.get(uri);
  if (!matchesAny(path, s.files)) return undefined;
  const open = documents.get(uri);
  if (open) return source(open, open.version, path, s.nearDuplicateThreshold);
  const read = readArticle(path, s.maxFileSizeMB * 1048576);
  if (!read.ok) return void skipped.push(read.error);
  if (read.warning) return void skipped.push(`${path}: ${read.warning}; left alone`);
  return { ...source(TextDocument.create(uri, 'plaintext', 0, read.text), null, path, s.nearDuplicateThreshold), mtimeMs: read.mtimeMs, size: read.size };
}

function source(doc: TextDocument, version: number | null, path: string, threshold: number): Source {
  const text = doc.getText();
  return { id: path, text, paragraphs: splitParagraphs(text), doc, version, path, threshold };
}

function unchangedOnDisk(s: Source, skipped: string[]): boolean {
  if (s.version !== null) return true;
  const st = statSync(s.path, { throwIfNoEntry: false });
  if (st && st.mtimeMs === s.mtimeMs && st.size === s.size) return true;
  skipped.push(`${s.path}: changed on disk since it was read; left alone`);
  return false;
}

const yieldToOtherRequests = () => new Promise((r) => setImmediate(r));

export function folderPaths(folders: { uri: string }[] | null): string[] {
  return (folders ?? []).map((f) => uriPath(f.uri)).filter((p): p is string => !!p);
}
