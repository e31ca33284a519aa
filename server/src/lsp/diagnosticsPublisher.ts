import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnostics } from '../features/diagnostics';
import type { ArticleCache } from './articles';
import type { SettingsStore } from './settings';
import { uriName } from './uris';

/**
 * Pushes diagnostics after each change, once the edits already queued are in (a timer of 0 ms:
 * the changes of one burst arrive together, and a longer wait only delays every edit). An analysis
 * overtaken by a newer version publishes nothing (the newer one does), and a document that cannot
 * be served (binary, too large) gets no diagnostics and one message saying why.
 */
export class DiagnosticsPublisher {
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly told = new Set<string>();
  /** Documents whose diagnostics were cut at conflictLens.maxDiagnostics, told once. */
  private readonly toldLimit = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly articles: ArticleCache,
  ) {}

  schedule(doc: TextDocument): void {
    clearTimeout(this.pending.get(doc.uri));
    this.pending.set(doc.uri, setTimeout(() => void this.publish(doc), 0));
  }

  forget(uri: string): void {
    clearTimeout(this.pending.get(uri));
    this.pending.delete(uri);
    this.told.delete(uri);
    this.toldLimit.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async publish(doc: TextDocument): Promise<void> {
    this.pending.delete(doc.uri);
    const isCurrent = () => this.documents.get(doc.uri)?.version === doc.version;
    if (!isCurrent()) return;
    try {
      const s = await this.settings.get(doc.uri);
      const served = await this.articles.serve(doc, s, () => this.documents.get(doc.uri));
      if (!isCurrent()) return;
      if (!served.ok && served.reason && !this.told.has(doc.uri)) {
        this.told.add(doc.uri);
        void this.connection.window.showWarningMessage(served.reason);
      }
      const { diagnostics: list, omitted } = served.ok ? diagnostics(doc, served.model, s) : { diagnostics: [], omitted: 0 };
      if (omitted > 0 && !this.toldLimit.has(doc.uri)) {
        this.toldLimit.add(doc.uri);
        const total = list.length + omitted;
        void this.connection.window.showInformationMessage(
          `Conflict Lens lists the first ${list.length} of ${total} duplicate and boilerplate paragraphs in ${uriName(doc.uri)} as problems (setting conflictLens.maxDiagnostics); the status bar counts them all and the Remove commands remove them all.`,
        );
      }
      await this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: list });
    } catch (e) {
      this.connection.console.error(`Conflict Lens: analysing ${doc.uri} failed: ${(e as Error).stack ?? e}`);
    }
  }
}
