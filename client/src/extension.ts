import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { Commands, ServeDocumentNotification } from '../../server/src/protocol';

let client: LanguageClient | undefined;

/** Server commands that act on a document: from the palette they get the active editor's URI. */
const DOCUMENT_COMMANDS = new Set<string>([Commands.removeDuplicates, Commands.removeBoilerplate, Commands.exportFindings]);

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
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

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.analyseFile, analyseActiveFile),
    vscode.commands.registerCommand('conflictLens.exportFile', exportActiveFile),
  );
  await client.start();
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
  const format = await vscode.window.showQuickPick(['csv', 'jsonl', 'geojson'], { placeHolder: 'Export format' });
  if (!format) return;
  const text = await vscode.commands.executeCommand<string | null>(Commands.exportFindings, doc.uri.toString(), format);
  if (text == null) return void vscode.window.showWarningMessage('Conflict Lens: this document is not analysed.');
  const target = await vscode.window.showSaveDialog({ defaultUri: doc.uri.with({ path: doc.uri.path.replace(/\.[^./]*$/, '') + `.conflict-lens.${format}` }) });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
  void vscode.window.showInformationMessage(`Conflict Lens: exported to ${target.fsPath}`);
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
