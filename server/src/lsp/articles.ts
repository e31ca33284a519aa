import type { TextDocument } from 'vscode-languageserver-textdocument';
import { uriPath } from './uris';
import { IncrementalAnalyzer } from '../core/analyze';
import { checkText } from '../core/text/inputCheck';
import type { AnalyzeOptions, ArticleModel } from '../core/types';
import { highlightsOf, type Highlights } from '../core/spans';
import { matchesAny } from './glob';
import type { Settings } from './settings';

/** A served document: the model and the exact document version it was computed from. */
export type Served = { ok: true; model: ArticleModel; settings: Settings; doc: TextDocument } | { ok: false; reason?: string };

/** A served document's highlights, possibly of a partly analysed version (see Highlights). */
export type Highlighted = { ok: true; highlights: Highlights; settings: Settings; doc: TextDocument } | { ok: false; reason?: string };

type Run = { version: number; optionsKey: string; promise: Promise<ArticleModel | undefined>; highlights?: Highlights; waiters: Set<() => boolean> };

/**
 * Decides which documents are served and keeps one ArticleModel per document version (and per
 * analysis options), so every feature reads the same model and none re-analyses.
 */
export class ArticleCache {
  private readonly models = new Map<string, { version: number; optionsKey: string; model: ArticleModel }>();
  /** One incremental analyser per document: an edit re-scans only the paragraphs it touched. */
  private readonly analyzers = new Map<string, IncrementalAnalyzer>();
  private readonly running = new Map<string, Run>();
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
      const run = this.run(doc, settings, current);
      if (!run) return { ok: false };
      if ('reason' in run) return { ok: false, reason: run.reason };
      if ('model' in run) return { ok: true, model: run.model, settings, doc };
      const model = await run.promise;
      if (model) return { ok: true, model, settings, doc };
      const newer = current();
      if (!newer) return { ok: false };
      doc = newer;
    }
  }

  /**
   * The highlights of this document version once they are `enough` — as soon as the sections they
   * need are resolved, before the rest of the analysis (duplicates, later sections) is done.
   */
  async highlights(doc: TextDocument, settings: Settings, current: () => TextDocument | undefined, enough: (h: Highlights) => boolean): Promise<Highlighted> {
    for (;;) {
      const run = this.run(doc, settings, current);
      if (!run) return { ok: false };
      if ('reason' in run) return { ok: false, reason: run.reason };
      if ('model' in run) return { ok: true, highlights: highlightsOf(run.model), settings, doc };
      if (run.highlights && enough(run.highlights)) return { ok: true, highlights: run.highlights, settings, doc };
      let wake!: () => void;
      const progressed = new Promise<void>((resolve) => (wake = resolve));
      const waiter = () => {
        const now = !!run.highlights && enough(run.highlights);
        if (now) wake();
        return now;
      };
      run.waiters.add(waiter);
      const model = await Promise.race([run.promise, progressed.then(() => null)]).finally(() => run.waiters.delete(waiter));
      if (model === null || model) continue;
      const newer = current();
      if (!newer) return { ok: false };
      doc = newer;
    }
  }

  /**
   * This version's model if made, else its analysis (started here unless running); undefined for a
   * document not served, a reason for one that cannot be (too big, binary).
   */
  private run(doc: TextDocument, settings: Settings, current: () => TextDocument | undefined): Run | { model: ArticleModel } | { reason: string } | undefined {
    if (!this.isServedUri(doc, settings)) return undefined;
    const { options, key } = this.options(settings);
    const hit = this.models.get(doc.uri);
    if (hit && hit.version === doc.version && hit.optionsKey === key) return { model: hit.model };
    let run = this.running.get(doc.uri);
    if (run && run.version === doc.version && run.optionsKey === key) return run;
    const text = doc.getText();
    const problem = checkText(text, settings.maxFileSizeMB);
    if (problem) return { reason: problem };
    let analyzer = this.analyzers.get(doc.uri);
    if (!analyzer) this.analyzers.set(doc.uri, (analyzer = new IncrementalAnalyzer()));
    const version = doc.version;
    const started: Run = { version, optionsKey: key, promise: undefined as never, waiters: new Set() };
    started.promise = analyzer.analyzeInSlices(text, options, key, {
      pause,
      // Overtaken by a newer version, by other options, or the document closed.
      isStale: () => current()?.version !== version || this.running.get(doc.uri) !== started,
      // Someone waiting for highlights this progress satisfies gets them at the next pause, now.
      onProgress: (h) => {
        started.highlights = h;
        let woken = false;
        for (const waiter of started.waiters) woken = waiter() || woken;
        return woken;
      },
    });
    this.running.set(doc.uri, (run = started));
    void started.promise.then((model) => {
      if (this.running.get(doc.uri) === started) this.running.delete(doc.uri);
      if (model) this.models.set(doc.uri, { version, optionsKey: key, model });
    }, () => {
      if (this.running.get(doc.uri) === started) this.running.delete(doc.uri);
    });
    return run;
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
