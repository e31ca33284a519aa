import type { TextDocument } from 'vscode-languageserver-textdocument';
import { uriPath } from './uris';
import { IncrementalAnalyzer } from '../core/analyze';
import { checkText } from '../core/text/inputCheck';
import type { AnalyzeOptions, ArticleModel } from '../core/types';
import { matchesAny } from './glob';
import type { Settings } from './settings';

export type Served = { ok: true; model: ArticleModel; settings: Settings } | { ok: false; reason?: string };

/**
 * Decides which documents are served and keeps one ArticleModel per document version (and per
 * analysis options), so every feature reads the same model and none re-analyses.
 */
export class ArticleCache {
  private readonly models = new Map<string, { version: number; optionsKey: string; model: ArticleModel }>();
  /** One incremental analyser per document: an edit re-scans only the paragraphs it touched. */
  private readonly analyzers = new Map<string, IncrementalAnalyzer>();
  /** Documents the user asked to analyse although they match no glob ("Analyse This File"). */
  readonly forced = new Set<string>();

  constructor(private readonly options: (settings: Settings) => { options: AnalyzeOptions; key: string }) {}

  serve(doc: TextDocument, settings: Settings): Served {
    if (!this.isServedUri(doc, settings)) return { ok: false };
    const hit = this.models.get(doc.uri);
    const { options, key } = this.options(settings);
    if (hit && hit.version === doc.version && hit.optionsKey === key) return { ok: true, model: hit.model, settings };
    const text = doc.getText();
    const problem = checkText(text, settings.maxFileSizeMB);
    if (problem) return { ok: false, reason: problem };
    let analyzer = this.analyzers.get(doc.uri);
    if (!analyzer) this.analyzers.set(doc.uri, (analyzer = new IncrementalAnalyzer()));
    const model = analyzer.analyze(text, options, key);
    this.models.set(doc.uri, { version: doc.version, optionsKey: key, model });
    return { ok: true, model, settings };
  }

  /** The model already computed for this version, if any (never analyses). */
  peek(doc: TextDocument): ArticleModel | undefined {
    const hit = this.models.get(doc.uri);
    return hit && hit.version === doc.version ? hit.model : undefined;
  }

  isServedUri(doc: { uri: string; languageId: string }, settings: Settings): boolean {
    if (doc.languageId === 'article' || this.forced.has(doc.uri)) return true;
    const path = uriPath(doc.uri);
    return path !== undefined && matchesAny(path, settings.files);
  }

  forget(uri: string): void {
    this.models.delete(uri);
    this.analyzers.delete(uri);
  }

  /** Drops the models (settings or entity files changed); the analysers drop their scans when the options key changes. */
  clear(): void {
    this.models.clear();
  }
}
