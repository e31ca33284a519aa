import * as path from 'node:path';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { Commands, ServeDocumentNotification, SummaryRequest, type SummaryResult } from '../../server/src/protocol';
import nodeFlags from '../../server/node-flags.json';

let client: LanguageClient | undefined;

/** Server commands that act on a document: from the palette they get the active editor's URI. */
const DOCUMENT_COMMANDS = new Set<string>([Commands.removeDuplicates, Commands.removeBoilerplate, Commands.exportFindings, Commands.articleReport]);

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: nodeFlags.execArgv } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...nodeFlags.execArgv, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'article' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    synchronize: {
      configurationSection: 'conflictLens',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.conflict-lens/*.json'),
    },
    errorHandler: restartingErrorHandler(),
    middleware: {
      executeCommand: (command, args, next) => {
        if (DOCUMENT_COMMANDS.has(command) && args.length === 0) {
          const uri = vscode.window.activeTextEditor?.document.uri.toString();
          if (!uri) return vscode.window.showWarningMessage('Conflict Lens: open an article first.');
          args = [uri];
        }
        if (command === Commands.removeDuplicatesInWorkspace && args.length === 0) args = [{ preview: true }];
        return next(command, args);
      },
    },
  };
  client = new LanguageClient('conflictLens', 'Conflict Lens', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem('conflictLens.summary', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Conflict Lens';
  status.command = Commands.showReport;
  context.subscriptions.push(
    status,
    vscode.commands.registerCommand(Commands.analyseFile, analyseActiveFile),
    vscode.commands.registerCommand(Commands.exportFile, exportActiveFile),
    vscode.commands.registerCommand(Commands.exportWorkspace, exportWorkspace),
    vscode.commands.registerCommand(Commands.showEntity, showEntity),
    vscode.commands.registerCommand(Commands.showReport, showReport),
    vscode.window.onDidChangeActiveTextEditor(() => void updateStatus(status)),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (e.uris.some((u) => u.toString() === active)) void updateStatus(status);
    }),
  );
  await client.start();
  void updateStatus(status);
}

/** The status bar shows the active article's summary; hidden for documents the server does not serve. */
async function updateStatus(status: vscode.StatusBarItem): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || !client) return void status.hide();
  try {
    const r = await client.sendRequest<SummaryResult | null>(SummaryRequest, { uri: doc.uri.toString() });
    if (!r || vscode.window.activeTextEditor?.document !== doc) return void status.hide();
    status.text = `$(eye) ${r.text}`;
    status.tooltip = `${r.tooltip}\nClick for the Article Report.`;
    status.show();
  } catch {
    status.hide();
  }
}

/** Peeks every mention of the entity under the cursor in the workspace, whatever alias it used. */
async function showEntity(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const position = editor.selection.active;
  const found = await vscode.commands.executeCommand<{ uri: string; range: { start: vscode.Position; end: vscode.Position } }[]>(Commands.entityMentions, editor.document.uri.toString(), { line: position.line, character: position.character });
  if (!found?.length) return void vscode.window.showInformationMessage('Conflict Lens: no actor or place under the cursor.');
  const locations = found.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(l.range.start.line, l.range.start.character, l.range.end.line, l.range.end.character)));
  await vscode.commands.executeCommand('editor.action.showReferences', editor.document.uri, position, locations);
}

/** The Article Report of the active document in a webview: tables and a static map, no scripts. */
async function showReport(): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) return void vscode.window.showWarningMessage('Conflict Lens: open an article first.');
  const html = await vscode.commands.executeCommand<string | null>(Commands.articleReport, doc.uri.toString());
  if (!html) return void vscode.window.showWarningMessage('Conflict Lens: this document is not analysed.');
  const panel = vscode.window.createWebviewPanel('conflictLens.report', `Report: ${path.basename(doc.fileName)}`, vscode.ViewColumn.Beside, { enableScripts: false });
  panel.webview.html = html;
}

/**
 * If the server process dies, restart it and say so; after five deaths in three minutes, stop and
 * say that instead (a crash loop helps no one).
 */
function restartingErrorHandler(): NonNullable<LanguageClientOptions['errorHandler']> {
  const deaths: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      deaths.push(now);
      while (deaths.length && now - deaths[0] > 3 * 60_000) deaths.shift();
      if (deaths.length > 5) return { action: CloseAction.DoNotRestart, message: 'Conflict Lens: the language server stopped five times in three minutes and will not be restarted. See the "Conflict Lens" output channel.' };
      void vscode.window.showWarningMessage('Conflict Lens: the language server stopped unexpectedly and was restarted.');
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

/** Serves the active document even if no glob matches it: plain text is flagged, other languages become `article`. */
async function analyseActiveFile(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return;
  const doc = editor.document;
  if (doc.languageId === 'plaintext') await client.sendNotification(ServeDocumentNotification, { uri: doc.uri.toString() });
  else if (doc.languageId !== 'article') await vscode.languages.setTextDocumentLanguage(doc, 'article');
}

/** Asks for a format and a file name, and writes the entities and casualty figures of the active article. */
async function exportActiveFile(): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) return void vscode.window.showWarningMessage('Conflict Lens: open an article first.');
  await exportTo(doc.uri.toString(), doc.uri.with({ path: doc.uri.path.replace(/\.[^./]*$/, '') }));
}

/** The same for every served file of the workspace, in one file. */
async function exportWorkspace(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return void vscode.window.showWarningMessage('Conflict Lens: open a folder first.');
  await exportTo(null, vscode.Uri.joinPath(folder.uri, 'conflict-lens-export'));
}

async function exportTo(uri: string | null, base: vscode.Uri): Promise<void> {
  const format = await vscode.window.showQuickPick(['csv', 'jsonl', 'geojson', 'json'], { placeHolder: 'Export format' });
  if (!format) return;
  const text = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Conflict Lens: exporting…' }, () =>
    vscode.commands.executeCommand<string | null>(Commands.exportFindings, uri, format),
  );
  if (text == null) return void vscode.window.showWarningMessage('Conflict Lens: this document is not analysed.');
  const target = await vscode.window.showSaveDialog({ defaultUri: base.with({ path: `${base.path}.conflict-lens.${format}` }) });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
  void vscode.window.showInformationMessage(`Conflict Lens: exported to ${target.fsPath}`);
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
