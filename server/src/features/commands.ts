import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Exporter, type ExportFormat } from '../core/present/records';
import { uriPath } from '../lsp/uris';
import type { ArticleModel } from '../core/types';
import { Commands } from '../protocol';
import type { SettingsStore } from '../lsp/settings';
import type { WorkspaceIndex } from '../lsp/workspaceIndex';
import { articleReportHtml } from '../core/present/report';
import { spanAt } from '../lsp/positions';
import { mentionsOfKey } from './workspaceSymbols';
import { paragraphsToRemove, removalEdit, type RemovalKind } from './removals';
import { dedupeWorkspace, folderPaths, type WorkspaceDedupeResult } from './workspaceDedupe';

interface Ctx {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  settings: SettingsStore;
  index: WorkspaceIndex;
}
type WithModel = <T>(uri: string, fn: (doc: TextDocument, served: { model: ArticleModel }) => T) => Promise<T | null>;

/** workspace/executeCommand: the ids in protocol.ts. Bad arguments get an error message, not a crash. */
export async function executeCommand(ctx: Ctx, withModel: WithModel, command: string, args: unknown[], token: CancellationToken): Promise<unknown> {
  switch (command) {
    case Commands.removeDuplicates:
      return removeFromDocument(ctx, withModel, uriArg(args), 'duplicates');
    case Commands.removeBoilerplate:
      return removeFromDocument(ctx, withModel, uriArg(args), 'boilerplate');
    case Commands.removeDuplicatesInWorkspace: {
      const preview = (args[0] as { preview?: boolean } | undefined)?.preview ?? true;
      const folders = folderPaths(await ctx.connection.workspace.getWorkspaceFolders());
      if (folders.length === 0) {
        void ctx.connection.window.showWarningMessage('Conflict Lens: open a folder to remove duplicates across a workspace.');
        return null;
      }
      const r = await dedupeWorkspace(ctx.connection, ctx.documents, ctx.settings, folders, preview, token);
      for (const line of [...r.copies, ...r.skipped]) ctx.connection.console.warn(line);
      void ctx.connection.window.showInformationMessage(workspaceSummary(r));
      return r;
    }
    case Commands.exportFindings: {
      const format = args[1] ?? 'jsonl';
      if (format !== 'jsonl' && format !== 'csv' && format !== 'geojson' && format !== 'json') throw new Error(`format must be json, jsonl, csv or geojson, not ${JSON.stringify(format)}`);
      if (args[0] === null) return exportWorkspace(ctx, format, token);
      const uri = uriArg(args);
      return withModel(uri, (_doc, { model }) => {
        let text = '';
        const exporter = new Exporter(format, (chunk) => (text += chunk));
        exporter.add(uriPath(uri) ?? uri, model);
        exporter.end();
        return text;
      });
    }
    case Commands.entityMentions: {
      const uri = uriArg(args);
      const position = args[1] as { line?: unknown; character?: unknown } | undefined;
      if (typeof position?.line !== 'number' || typeof position.character !== 'number') throw new Error('expected a position { line, character } as the second argument');
      const key = await withModel(uri, (doc, { model }) => spanAt(model.entities, doc.offsetAt(position as { line: number; character: number }))?.key);
      if (!key) return [];
      const folders = folderPaths(await ctx.connection.workspace.getWorkspaceFolders());
      const inWorkspace = mentionsOfKey(await ctx.index.mentions(folders, () => token.isCancellationRequested), key);
      if (inWorkspace.some((l) => l.uri === uri)) return inWorkspace;
      // The document is outside the workspace folders: its own mentions first.
      const own = await withModel(uri, (doc, { model }) => model.entities.filter((e) => e.key === key).map((e) => ({ uri, range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) } })));
      return [...(own ?? []), ...inWorkspace];
    }
    case Commands.articleReport: {
      const uri = uriArg(args);
      return withModel(uri, (_doc, { model }) => articleReportHtml(model.paragraphs[0]?.text.slice(0, 120) ?? uri, model));
    }
    default:
      throw new Error(`unknown command ${command}`);
  }
}

function uriArg(args: unknown[]): string {
  const a = args[0];
  const uri = typeof a === 'string' ? a : typeof a === 'object' && a && 'uri' in a ? String((a as { uri: unknown }).uri) : undefined;
  if (!uri) throw new Error('expected a document URI as the first argument');
  return uri;
}

async function removeFromDocument(ctx: Ctx, withModel: WithModel, uri: string, kind: RemovalKind): Promise<{ removed: number; applied: boolean }> {
  const planned = await withModel(uri, (doc, { model }) => {
    const remove = paragraphsToRemove(model, kind);
    return { remove, edit: removalEdit(doc, model, remove) };
  });
  if (!planned) throw new Error(`${uri} is not open or not served by Conflict Lens`);
  const what = kind === 'duplicates' ? 'duplicate' : 'boilerplate';
  if (planned.remove.length === 0) {
    void ctx.connection.window.showInformationMessage(`Conflict Lens: no ${what} paragraphs to remove.`);
    return { removed: 0, applied: false };
  }
  const result = await ctx.connection.workspace.applyEdit({ label: `Remove ${what} paragraphs`, edit: planned.edit });
  if (!result.applied) void ctx.connection.window.showWarningMessage(`Conflict Lens: the document changed; nothing was removed. ${result.failureReason ?? ''}`);
  return { removed: result.applied ? planned.remove.length : 0, applied: result.applied };
}

/** Entities and casualty figures of every served file in the workspace, in one export. */
async function exportWorkspace(ctx: Ctx, format: ExportFormat, token: CancellationToken): Promise<string> {
  const folders = folderPaths(await ctx.connection.workspace.getWorkspaceFolders());
  let text = '';
  const exporter = new Exporter(format, (chunk) => (text += chunk));
  await ctx.index.eachModel(folders, () => token.isCancellationRequested, (path, model) => exporter.add(path, model));
  exporter.end();
  return text;
}

function workspaceSummary(r: WorkspaceDedupeResult): string {
  if (r.cancelled) return 'Conflict Lens: cancelled; nothing was changed.';
  const verb = r.applied ? 'Removed' : r.paragraphsRemoved ? 'Found (not applied)' : 'Found';
  const parts = [`${verb} ${r.paragraphsRemoved} duplicate paragraph${r.paragraphsRemoved === 1 ? '' : 's'} in ${r.filesChanged} of ${r.files} files, ${(r.bytesSaved / 1024).toFixed(1)} KB`];
  if (r.copies.length) parts.push(`${r.copies.length} file${r.copies.length === 1 ? ' holds' : 's hold'} the same article as another (listed in the output channel)`);
  if (r.skipped.length) parts.push(`${r.skipped.length} skipped (see the output channel)`);
  return `Conflict Lens: ${parts.join('; ')}.`;
}
