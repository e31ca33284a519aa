import { CodeActionKind, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Commands, ServeDocumentNotification, SummaryRequest } from './protocol';
import { analyze } from './core/analyze';
import { WorkspaceIndex } from './lsp/workspaceIndex';
import { ArticleCache, type Highlighted, type Served } from './lsp/articles';
import type { Highlights } from './core/spans';
import { SettingsStore } from './lsp/settings';
import { runSafe } from './lsp/runSafe';
import { toOffset } from './lsp/positions';
import { EntityFiles } from './lsp/entityFiles';
import { DiagnosticsPublisher } from './lsp/diagnosticsPublisher';
import { legend, fullTokens, deltaTokens, rangeTokens, forgetTokens } from './features/semanticTokens';
import { hover } from './features/hover';
import { codeActions, RemoveBoilerplateKind, RemoveDuplicatesKind } from './features/codeActions';
import { references, highlights, documentSymbols } from './features/navigation';
import { codeLenses, summary } from './features/codeLens';
import { inlayHints } from './features/inlayHints';
import { workspaceSymbols } from './features/workspaceSymbols';
import { folderPaths } from './features/workspaceDedupe';
import { executeCommand } from './features/commands';

/** Capabilities, documents and one line per handler; the work is in features/ and core/. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let canPullConfiguration = false;
  const settings = new SettingsStore(connection, () => canPullConfiguration);
  const entityFiles = new EntityFiles(connection, settings);
  const articles = new ArticleCache((s) => entityFiles.options(s));
  const index = new WorkspaceIndex(
    settings,
    async (text, uri) => analyze(text, entityFiles.options(await settings.get(uri)).options),
    (uri) => withModel(uri, (doc, s) => ({ doc, model: s.model })).then((r) => r ?? undefined),
  );
  const ctx = { connection, documents, settings, articles, entityFiles, index };

  /** Runs fn on the document's model if the document is served; null otherwise. */
  const withModel = async <T>(uri: string, fn: (doc: TextDocument, served: Extract<Served, { ok: true }>) => T): Promise<T | null> => {
    const doc = documents.get(uri);
    if (!doc) return null;
    const served = await articles.serve(doc, await settings.get(uri), () => documents.get(uri));
    return served.ok ? fn(served.doc, served) : null;
  };

  /** Runs fn on the document's highlights once `enough` for it; null if the document is not served. */
  const withHighlights = async <T>(uri: string, enough: (doc: TextDocument) => (h: Highlights) => boolean, fn: (doc: TextDocument, h: Extract<Highlighted, { ok: true }>) => T): Promise<T | null> => {
    const doc = documents.get(uri);
    if (!doc) return null;
    const served = await articles.highlights(doc, await settings.get(uri), () => documents.get(uri), enough(doc));
    return served.ok ? fn(served.doc, served) : null;
  };

  const publisher = new DiagnosticsPublisher(connection, documents, settings, articles);
  const refreshAll = () => {
    articles.clear();
    for (const doc of documents.all()) publisher.schedule(doc);
    // Clients that cannot refresh a view answer with an error; the next request refreshes it anyway.
    connection.languages.semanticTokens.refresh().catch(() => undefined);
    connection.languages.inlayHint.refresh().catch(() => undefined);
    connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  };

  connection.onInitialize((params): InitializeResult => {
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    entityFiles.setFolders(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        semanticTokensProvider: { legend, full: { delta: true }, range: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, RemoveDuplicatesKind, RemoveBoilerplateKind], resolveProvider: false },
        executeCommandProvider: { commands: [Commands.removeDuplicates, Commands.removeBoilerplate, Commands.removeDuplicatesInWorkspace, Commands.exportFindings, Commands.entityMentions, Commands.articleReport] },
        referencesProvider: true,
        documentHighlightProvider: true,
        documentSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: { resolveProvider: false },
        workspaceSymbolProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'conflict-lens' },
    };
  });
  connection.onInitialized(() => {
    void entityFiles.load(refreshAll);
  });
  connection.onDidChangeConfiguration(() => {
    settings.clear();
    void entityFiles.load(refreshAll);
  });
  connection.onDidChangeWatchedFiles(() => void entityFiles.load(refreshAll));
  connection.onNotification(ServeDocumentNotification, (p: { uri: string }) => {
    articles.forced.add(p.uri);
    const doc = documents.get(p.uri);
    if (doc) publisher.schedule(doc);
    void connection.languages.semanticTokens.refresh();
  });

  documents.onDidChangeContent((e) => publisher.schedule(e.document));
  documents.onDidClose((e) => {
    articles.forget(e.document.uri);
    forgetTokens(e.document.uri);
    publisher.forget(e.document.uri);
  });

  // Tokens need only the highlights: full and delta ones once every section is resolved (not
  // waiting for duplicates), a range once the sections up to its end are (the first screen of a
  // long document is coloured while the rest is still being analysed).
  const complete = (h: Highlights) => h.complete;
  connection.languages.semanticTokens.on((p, token) => runSafe(connection, 'semantic tokens', token, () => withHighlights(p.textDocument.uri, () => complete, (doc, s) => fullTokens(doc, s.highlights, s.settings)).then((r) => r ?? { data: [] })));
  connection.languages.semanticTokens.onDelta((p, token) => runSafe(connection, 'semantic tokens', token, () => withHighlights(p.textDocument.uri, () => complete, (doc, s) => deltaTokens(doc, s.highlights, s.settings, p.previousResultId)).then((r) => r ?? { data: [] })));
  connection.languages.semanticTokens.onRange((p, token) =>
    runSafe(connection, 'semantic tokens', token, () =>
      withHighlights(
        p.textDocument.uri,
        (doc) => (h) => h.complete || h.upTo >= toOffset(doc, p.range.end),
        (doc, s) => rangeTokens(doc, s.highlights, s.settings, { start: toOffset(doc, p.range.start), end: toOffset(doc, p.range.end) }),
      ).then((r) => r ?? { data: [] }),
    ),
  );
  connection.onHover((p, token) => runSafe(connection, 'hover', token, () => withModel(p.textDocument.uri, (doc, s) => hover(doc, s.model, toOffset(doc, p.position)))));
  connection.onCodeAction((p, token) => runSafe(connection, 'code actions', token, () => withModel(p.textDocument.uri, (doc, s) => codeActions(doc, s.model, p)).then((r) => r ?? [])));
  connection.onReferences((p, token) => runSafe(connection, 'references', token, () => withModel(p.textDocument.uri, (doc, s) => references(doc, s.model, toOffset(doc, p.position))).then((r) => r ?? [])));
  connection.onDocumentHighlight((p, token) => runSafe(connection, 'highlights', token, () => withModel(p.textDocument.uri, (doc, s) => highlights(doc, s.model, toOffset(doc, p.position))).then((r) => r ?? [])));
  connection.onDocumentSymbol((p, token) => runSafe(connection, 'symbols', token, () => withModel(p.textDocument.uri, (doc, s) => documentSymbols(doc, s.model)).then((r) => r ?? [])));
  connection.onCodeLens((p, token) => runSafe(connection, 'code lens', token, () => withModel(p.textDocument.uri, (doc, s) => codeLenses(doc, s.model)).then((r) => r ?? [])));
  connection.languages.inlayHint.on((p, token) => runSafe(connection, 'inlay hints', token, () => withModel(p.textDocument.uri, (doc, s) => (s.settings.inlayHints.casualties ? inlayHints(doc, s.model, { start: toOffset(doc, p.range.start), end: toOffset(doc, p.range.end) }) : [])).then((r) => r ?? [])));
  connection.onWorkspaceSymbol((p, token) => runSafe(connection, 'workspace symbols', token, async () => workspaceSymbols(await index.mentions(folderPaths(await connection.workspace.getWorkspaceFolders()), () => token.isCancellationRequested), p.query)));
  connection.onRequest(SummaryRequest, (p: { uri: string }, token) => runSafe(connection, 'summary', token, () => withModel(p.uri, (_doc, s) => summary(s.model))));
  connection.onExecuteCommand((p, token) => runSafe(connection, p.command, token, () => executeCommand(ctx, withModel, p.command, p.arguments ?? [], token)));

  documents.listen(connection);
  connection.listen();
}
