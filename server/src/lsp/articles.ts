import type { TextDocument } from 'vscode-languageserver-textdocument';
import { uriPath } from './uris';
import { IncrementalAnalyzer } from '../core/analyze';
import { checkText } from '../core/text/inputCheck';
import type { AnalyzeOptions, ArticleModel } from '../core/types';
import { matchesAny } from './glob';
import type { Settings } from './settings';

/** A served document: the model and the exact document version it was computed from. */
export type Served = { ok: true; model: ArticleModel; settings: Settings; doc: TextDocument } | { ok: false; reason?: string };

/**
 * Decides which documents are served and keeps one ArticleModel per document version (and per
 * analysis options), so every feature reads the same model and none re-analyses.
 */
export class ArticleCache {
  private readonly models = new Map<string, { version: number; optionsKey: string; model: ArticleModel }>();
  /** One incremental analyser per document: an edit re-scans only the paragraphs it touched. */
  private readonly analyzers = new Map<string, IncrementalAnalyzer>();
  private readonly running = new Map<string, { version: number; optionsKey: string; promise: Promise<ArticleModel | undefined> }>();
  /** Documents the user asked to analyse although they match no glob ("Analyse This File"). */
  readonly forced = new Set<string>();

  constructor(private readonly options: (settings: Settings) => { options: AnalyzeOptions; key: string }) {}

  /**
   * The model of this document version, analysed in slices so that other requests run in between;
   * concurrent callers for one version share one analysis, and an analysis overtaken by a newer
   * version stops early (its finished paragraph scans are kept) and the caller gets the newest model.
   */
  async serve(doc: TextDocument, settings: Settings, current: () => TextDocument | undefined): Promise<Served> {
    for (;;) {
      if (!this.isServedUri(doc, settings)) return { ok: false };
      const { options, key } = this.options(settings);
      const hit = this.models.get(doc.uri);
      if (hit && hit.version === doc.version && hit.optionsKey === key) return { ok: true, model: hit.model, settings, doc };
      const text = doc.getText();
      const problem = checkText(text, settings.maxFileSizeMB);
      if (problem) return { ok: false, reason: problem };
      let run = this.running.get(doc.uri);
      if (!run || run.version !== doc.version || run.optionsKey !== key) {
        let analyzer = this.analyzers.get(doc.uri);
        if (!analyzer) this.analyzers.set(doc.uri, (analyzer = new IncrementalAnalyzer()));
        const version = doc.version;
        const promise = analyzer.analyzeInSlices(text, options, key, pause, () => current()?.version !== version);
        run = { version, optionsKey: key, promise };
        this.running.set(doc.uri, run);
        void promise.then((model) => {
          if (this.running.get(doc.uri) === run) this.running.delete(doc.uri);
          if (model) this.models.set(doc.uri, { version, optionsKey: key, model });
        }, () => this.running.delete(doc.uri));
      }
      const model = await run.promise;
      if (model) return { ok: true, model, settings, doc };
      const newer = current();
      if (!newer) return { ok: false };
      doc = newer;
    }
  }

  isServedUri(doc: { uri: string; languageId: string }, settings: Settings): boolean {
    if (doc.languageId === 'article' || this.forced.has(doc.uri)) return true;
    const path = uriPath(doc.uri);
    return path !== undefined && matchesAny(path, settings.files);
  }

  forget(uri: string): void {
    this.models.delete(uri);
    this.analyzers.delete(uri);
    this.running.delete(uri);
  }

  /** Drops the models (settings or entity files changed); the analysers drop their scans when the options key changes. */
  clear(): void {
    this.models.clear();
  }
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));
