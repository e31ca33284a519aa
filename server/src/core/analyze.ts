import type { AnalyzeOptions, ArticleModel } from './types';
import { defaultOptions } from './types';
import { boilerplateFromRules } from './duplicates/boilerplate';
import { DuplicateTracker } from './duplicates/tracker';
import { assemble, resolveSection, sectionStarts, type Section } from './sections';
import { matchSections, type Placed } from './sectionMatch';
import { GROUP, opening, scanInChunks } from './opening';
import { scanHeavy, type HeavyScans, type ParagraphScans } from './scans';
import { ParagraphStore } from './paragraphStore';
import type { Highlights, Part } from './spans';

/** How a sliced run pauses, learns it is stale, and reports progress (see analyzeInSlices). */
export interface SliceControl {
  pause: () => Promise<void>;
  isStale: () => boolean;
  /** Hears of the highlights resolved so far; true to pause at once (someone is waiting for them). */
  onProgress?: (highlights: Highlights) => boolean | void;
  /** Milliseconds of work between pauses (default 10). */
  sliceMs?: number;
}

/** Paragraphs of recently re-resolved sections whose heavy scans are kept for the next edit. */
const HOT_PARAGRAPHS = 2000;

/**
 * Analyses successive versions of one document. Paragraph scans are kept per paragraph, so an edit
 * scans only the paragraphs it touched (and a repeated paragraph is scanned once); the
 * document-level passes run per article section and keep the sections an edit did not touch; the
 * recognisers' bulky per-paragraph candidates are kept only for the sections being edited.
 */
export class IncrementalAnalyzer {
  /** The paragraphs and their scans. */
  private readonly store = new ParagraphStore();
  private optionsKey: unknown;
  /** Resolved sections by key (see sectionKey): this version's, and a few edited away. */
  private sections = new Map<string, Section>();
  /** The last finished run's paragraphs, scans and sections (paragraph bounds a, b per section). */
  private prev: Placed | undefined;
  /** The scans of the sections resolved most recently (an edit's), which keep their heavy part. */
  private hot: ParagraphScans[][] = [];
  /** Duplicate detection, kept so that an edit resumes it from the first changed paragraph. */
  private duplicates = new DuplicateTracker(true);

  /** `optionsKey` identifies the options (defaults to the object itself); a new key drops every scan. */
  analyze(text: string, options: AnalyzeOptions = defaultOptions, optionsKey: unknown = options): ArticleModel {
    const steps = this.steps(text, options, optionsKey);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * The same analysis in slices: between slices of about `sliceMs` it awaits `pause()` (the server
   * lets other requests run there) and gives up, returning undefined, once `isStale()` says a newer
   * version has arrived. Scans and sections finished before giving up are kept, so the next run
   * starts where this one stopped. `onProgress` hears of the highlights as their sections are
   * resolved (the editor can colour the top of a long document before the rest is analysed).
   */
  async analyzeInSlices(text: string, options: AnalyzeOptions = defaultOptions, optionsKey: unknown, run: SliceControl): Promise<ArticleModel | undefined> {
    const steps = this.steps(text, options, optionsKey);
    const sliceMs = run.sliceMs ?? 10;
    let sliceStart = performance.now();
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      const wanted = r.value !== undefined && run.onProgress?.(r.value) === true;
      if (wanted || performance.now() - sliceStart > sliceMs) {
        await run.pause();
        if (run.isStale()) return undefined;
        sliceStart = performance.now();
      }
    }
  }

  /** Paragraph texts with scans kept (for tests and memory accounting). */
  get cachedParagraphs(): number {
    return this.store.size;
  }

  /** Paragraphs whose heavy scans are held (for tests and memory accounting). */
  get heavyParagraphs(): number {
    return this.store.heavy;
  }

  /** The analysis, yielding wherever a sliced run may pause. */
  private *steps(text: string, options: AnalyzeOptions, optionsKey: unknown): Generator<Highlights | undefined, ArticleModel> {
    if (optionsKey !== this.optionsKey) {
      this.store.forgetScans();
      this.sections = new Map();
      this.duplicates = new DuplicateTracker(true);
      this.hot = [];
      this.prev = undefined;
      this.optionsKey = optionsKey;
    }
    const paragraphs = this.store.split(text);
    const first = !this.prev && this.sections.size === 0;
    const opened = first ? yield* opening(this.store, this.sections, text, paragraphs, options) : 0;
    const all = yield* this.store.scan(paragraphs);
    // What the whole-document passes read of every paragraph, gathered in one loop.
    const n = paragraphs.length;
    const datelines: boolean[] = new Array(n);
    const keyA = new Int32Array(n);
    const rules: (string | undefined)[] = new Array(n);
    const fingerprints: ParagraphScans['fingerprint'][] = new Array(n);
    for (let k = 0; k < n; k++) {
      const x = all[k];
      datelines[k] = x.dateline;
      keyA[k] = x.fingerprint.keyA;
      rules[k] = x.boilerplate;
      fingerprints[k] = x.fingerprint;
    }

    // The document passes, section by section (see sectionStarts): a section whose paragraphs and
    // their spacing are unchanged keeps its entities and figures, moved to where it now starts.
    // It is found at the same position among the last run's sections, or the same distance from
    // the end, by comparing scans; else by its key (sectionKey).
    const starts = sectionStarts(paragraphs, datelines, keyA);
    const done: Placed = { paragraphs, scans: all, bounds: [], sections: [] };
    // Pass 1: the sections found again; the others, by key, still to resolve.
    const { missing, keys } = matchSections(this.prev, this.sections, done, starts);
    // The resolved sections in document order, reported as they become available (see Highlights).
    const placed: Part[] = [];
    let reported = opened > 0 ? opened : -1;
    const ready = (): Highlights | undefined => {
      for (let i = placed.length; i < done.sections.length; i++) {
        const section = done.sections[i] ?? this.sections.get(keys[i]);
        if (!section) break;
        done.sections[i] = section;
        placed.push({ section, start: paragraphs[done.bounds[2 * i]].start });
      }
      if (placed.length === reported) return undefined;
      reported = placed.length;
      const complete = placed.length === done.sections.length;
      return { parts: placed, count: placed.length, upTo: complete ? text.length : paragraphs[done.bounds[2 * placed.length]].start, complete };
    };
    yield ready();
    // Pass 2: heavy scans for runs of missing sections together (each recogniser over many
    // paragraphs at once keeps its tables in the CPU caches), then each section resolved, and its
    // heavy scans dropped on opening, kept for the sections of an edit.
    const todo = [...missing];
    for (let t = 0; t < todo.length; ) {
      const group: typeof todo = [];
      for (let size = 0; t < todo.length && size < GROUP; t++) {
        group.push(todo[t]);
        size += todo[t][1].b - todo[t][1].a;
      }
      const parts = group.map(([, { a, b }]) => all.slice(a, b));
      yield* scanInChunks(parts.flat(), options);
      for (let g = 0; g < group.length; g++) {
        const [key, { a, b }] = group[g];
        const part = parts[g];
        scanHeavy(part, options); // only a paragraph shared with a section resolved (and dropped) before lacks one
        this.sections.set(key, resolveSection(text, paragraphs.slice(a, b), part.map((x) => x.heavy as HeavyScans), options, key));
        if (first) for (const x of part) x.heavy = undefined;
        else this.hot.push(part);
        yield ready();
      }
    }
    this.prev = done;
    // Sections by key: those of this version, once others (edited away) outnumber them.
    if (this.sections.size > 2 * done.sections.length + 64) this.sections = new Map(done.sections.map((x) => [x.key, x]));
    this.cool();
    const boilerplate = boilerplateFromRules(paragraphs, rules);
    const duplicates = yield* this.duplicates.steps(paragraphs, fingerprints, options.nearDuplicateThreshold);
    return assemble(text, paragraphs, placed, duplicates, boilerplate);
  }

  /** Drops the heavy scans of all but the most recently resolved HOT_PARAGRAPHS paragraphs. */
  private cool(): void {
    let total = 0;
    for (const part of this.hot) total += part.length;
    while (total > HOT_PARAGRAPHS && this.hot.length) {
      const part = this.hot.shift()!;
      total -= part.length;
      for (const s of part) s.heavy = undefined;
    }
  }
}

/** Text in, ArticleModel out: the one entry point every shell (LSP, CLI, tests, bench) calls. */
export function analyze(text: string, options: AnalyzeOptions = defaultOptions): ArticleModel {
  return new IncrementalAnalyzer().analyze(text, options);
}
