import type { AnalyzeOptions, ArticleModel, Paragraph } from './types';
import { defaultOptions } from './types';
import { splitParagraphs } from './text/paragraphs';
import { resolvePlaces, scanPlaces, type PlaceScan } from './entities/places';
import { scanActors, type ActorScan } from './entities/actorScan';
import { resolveActors } from './entities/actorResolve';
import { mergeEntities } from './entities/resolve';
import { scanCasualties, type CasualtyScan } from './casualties/scan';
import { linkCasualties } from './casualties/link';
import { findDuplicatesFromFingerprints } from './duplicates/duplicates';
import { paragraphFingerprint, type ParagraphFingerprint } from './duplicates/fingerprint';
import { findBoilerplate } from './duplicates/boilerplate';

/** What each recogniser reads from one paragraph alone: a pure function of its text and the options. */
interface ParagraphScans {
  places: PlaceScan;
  actors: ActorScan;
  casualties: CasualtyScan;
  fingerprint: ParagraphFingerprint;
}

/**
 * Analyses successive versions of one document. The expensive work — scanning a paragraph for
 * places, actors, casualty figures and shingle hashes — is keyed by the paragraph's text, so an
 * edit re-scans only the paragraphs it touched (and a repeated paragraph is scanned once); the
 * document-level passes (disambiguation by the article's country, states acting, coreference,
 * linking figures to entities, duplicate links) are cheap and run over the cached scans.
 */
export class IncrementalAnalyzer {
  private scans = new Map<string, ParagraphScans>();
  /** Scans made by a sliced run that was given up, kept for the next run. */
  private partial = new Map<string, ParagraphScans>();
  private optionsKey: unknown;

  /** `optionsKey` identifies the options (defaults to the object itself); a new key drops every scan. */
  analyze(text: string, options: AnalyzeOptions = defaultOptions, optionsKey: unknown = options): ArticleModel {
    if (optionsKey !== this.optionsKey) {
      this.scans = new Map();
      this.partial = new Map();
      this.optionsKey = optionsKey;
    }
    const paragraphs = splitParagraphs(text);
    const next = new Map<string, ParagraphScans>();
    const scans = paragraphs.map((p) => {
      let s = next.get(p.text) ?? this.scans.get(p.text) ?? this.partial.get(p.text);
      if (!s) s = scanParagraph(detach(p.text), options);
      next.set(p.text, s);
      return s;
    });
    this.scans = next;
    this.partial = new Map();
    return resolve(text, paragraphs, scans, options);
  }

  /**
   * The same analysis in slices: between slices of about `sliceMs` of scanning it awaits
   * `pause()` (the server lets other requests run there) and gives up, returning undefined, once
   * `isStale()` says a newer version has arrived. Scans finished before giving up are kept, so the
   * next run starts where this one stopped.
   */
  async analyzeInSlices(text: string, options: AnalyzeOptions = defaultOptions, optionsKey: unknown, pause: () => Promise<void>, isStale: () => boolean, sliceMs = 10): Promise<ArticleModel | undefined> {
    if (optionsKey !== this.optionsKey) {
      this.scans = new Map();
      this.partial = new Map();
      this.optionsKey = optionsKey;
    }
    const paragraphs = splitParagraphs(text);
    const next = new Map<string, ParagraphScans>();
    const scans: ParagraphScans[] = new Array(paragraphs.length);
    let sliceStart = performance.now();
    for (let i = 0; i < paragraphs.length; i++) {
      const p = paragraphs[i];
      let s = next.get(p.text) ?? this.scans.get(p.text) ?? this.partial.get(p.text);
      if (!s) {
        s = scanParagraph(detach(p.text), options);
        this.partial.set(p.text, s);
        if (performance.now() - sliceStart > sliceMs) {
          await pause();
          if (isStale()) return undefined;
          sliceStart = performance.now();
        }
      }
      next.set(p.text, s);
      scans[i] = s;
    }
    this.scans = next;
    this.partial = new Map();
    return resolve(text, paragraphs, scans, options);
  }

  /** Paragraph texts with cached scans (for tests and memory accounting). */
  get cachedParagraphs(): number {
    return this.scans.size;
  }
}

/** Text in, ArticleModel out: the one entry point every shell (LSP, CLI, tests, bench) calls. */
export function analyze(text: string, options: AnalyzeOptions = defaultOptions): ArticleModel {
  return new IncrementalAnalyzer().analyze(text, options);
}

function scanParagraph(text: string, options: AnalyzeOptions): ParagraphScans {
  return { places: scanPlaces(text, options), actors: scanActors(text, options), casualties: scanCasualties(text), fingerprint: paragraphFingerprint(text) };
}

function resolve(text: string, paragraphs: Paragraph[], scans: ParagraphScans[], options: AnalyzeOptions): ArticleModel {
  const places = resolvePlaces(text, paragraphs, scans.map((s) => s.places), options);
  const actors = resolveActors(text, paragraphs, scans.map((s) => s.actors), places, options);
  const entities = mergeEntities(places, actors);
  const casualties = linkCasualties(text, paragraphs, scans.map((s) => s.casualties), entities);
  const boilerplate = findBoilerplate(paragraphs);
  const duplicates = findDuplicatesFromFingerprints(paragraphs, scans.map((s) => s.fingerprint), options.nearDuplicateThreshold);
  return { text, paragraphs, entities, casualties, duplicates, boilerplate };
}

/**
 * A flat copy of a paragraph's text: `text.slice()` may share the whole document's memory, and a
 * cached scan that keeps its text would then keep old versions of the document alive. JSON.parse
 * always allocates a new string.
 */
function detach(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
