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
import { boilerplateFromRules, paragraphRule } from './duplicates/boilerplate';

/** What each recogniser reads from one paragraph alone: a pure function of its text and the options. */
interface ParagraphScans {
  places: PlaceScan;
  actors: ActorScan;
  casualties: CasualtyScan;
  fingerprint: ParagraphFingerprint;
  /** The boilerplate rule the paragraph matches on its own. */
  boilerplate: string | undefined;
}

/** What lookUp found: every text it saw maps to its scans (set for the fresh ones once scanned). */
interface LookUp {
  known: Map<string, ParagraphScans | undefined>;
  fresh: string[];
  scans: (ParagraphScans | undefined)[];
  /** Whether some paragraph's scans were not cached. */
  missing: boolean;
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
    const paragraphs = splitParagraphs(text);
    const look = this.lookUp(paragraphs, optionsKey);
    const { known, fresh } = look;
    scanParagraphs(fresh, options).forEach((s, k) => known.set(fresh[k], s));
    return this.finish(text, paragraphs, look, options);
  }

  /**
   * The same analysis in slices: between slices of about `sliceMs` of scanning it awaits
   * `pause()` (the server lets other requests run there) and gives up, returning undefined, once
   * `isStale()` says a newer version has arrived. Scans finished before giving up are kept, so the
   * next run starts where this one stopped.
   */
  async analyzeInSlices(text: string, options: AnalyzeOptions = defaultOptions, optionsKey: unknown, pause: () => Promise<void>, isStale: () => boolean, sliceMs = 10): Promise<ArticleModel | undefined> {
    const paragraphs = splitParagraphs(text);
    const look = this.lookUp(paragraphs, optionsKey);
    const { known, fresh } = look;
    let sliceStart = performance.now();
    // Paragraphs are scanned in batches (see scanParagraphs) that grow while a slice has time left.
    let batch = 1;
    for (let k = 0; k < fresh.length; ) {
      const part = fresh.slice(k, k + batch);
      scanParagraphs(part, options).forEach((s, x) => {
        this.partial.set(part[x], s);
        known.set(part[x], s);
      });
      k += part.length;
      const elapsed = performance.now() - sliceStart;
      if (elapsed > sliceMs) {
        await pause();
        if (isStale()) return undefined;
        sliceStart = performance.now();
      } else if (elapsed < sliceMs / 2) batch = Math.min(2 * batch, 256);
    }
    return this.finish(text, paragraphs, look, options);
  }

  /**
   * The cached scans of these paragraphs (`scans[k]`, undefined when paragraph k's text has none
   * yet), and the distinct paragraph texts that have none. One map look-up per paragraph: the
   * paragraph strings are new each version, so each look-up hashes the text.
   */
  private lookUp(paragraphs: Paragraph[], optionsKey: unknown): LookUp {
    if (optionsKey !== this.optionsKey) {
      this.scans = new Map();
      this.partial = new Map();
      this.optionsKey = optionsKey;
    }
    const known = new Map<string, ParagraphScans | undefined>();
    const fresh: string[] = [];
    const scans: (ParagraphScans | undefined)[] = new Array(paragraphs.length);
    let missing = false;
    for (let k = 0; k < paragraphs.length; k++) {
      const t = paragraphs[k].text;
      let s = known.get(t);
      if (s === undefined) {
        if (known.has(t)) {
          missing = true;
          continue;
        }
        s = this.scans.get(t) ?? this.partial.get(t);
        known.set(t, s);
        if (s === undefined) {
          missing = true;
          fresh.push(t);
          continue;
        }
      }
      scans[k] = s;
    }
    return { known, fresh, scans, missing };
  }

  private finish(text: string, paragraphs: Paragraph[], look: LookUp, options: AnalyzeOptions): ArticleModel {
    const { known, scans } = look;
    if (look.missing) for (let k = 0; k < paragraphs.length; k++) scans[k] ??= known.get(paragraphs[k].text);
    this.scans = known as Map<string, ParagraphScans>;
    this.partial = new Map();
    return resolve(text, paragraphs, scans as ParagraphScans[], options);
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

/**
 * Scans paragraphs one recogniser at a time rather than one paragraph at a time: each
 * recogniser's tables then stay in the CPU caches through its whole run (interleaving the four
 * per paragraph made scanning about 1.7× slower).
 */
function scanParagraphs(texts: string[], options: AnalyzeOptions): ParagraphScans[] {
  const flat = texts.map(detach);
  const places = flat.map((t) => scanPlaces(t, options));
  const actors = flat.map((t) => scanActors(t, options));
  const casualties = flat.map((t) => scanCasualties(t));
  return flat.map((t, k) => ({ places: places[k], actors: actors[k], casualties: casualties[k], fingerprint: paragraphFingerprint(t), boilerplate: paragraphRule(t) }));
}

function resolve(text: string, paragraphs: Paragraph[], scans: ParagraphScans[], options: AnalyzeOptions): ArticleModel {
  const places = resolvePlaces(text, paragraphs, scans.map((s) => s.places), options);
  const actors = resolveActors(text, paragraphs, scans.map((s) => s.actors), places, options);
  const entities = mergeEntities(places, actors);
  const casualties = linkCasualties(text, paragraphs, scans.map((s) => s.casualties), entities);
  const boilerplate = boilerplateFromRules(paragraphs, scans.map((s) => s.boilerplate));
  const duplicates = findDuplicatesFromFingerprints(paragraphs, scans.map((s) => s.fingerprint), options.nearDuplicateThreshold);
  return { text, paragraphs, entities, casualties, duplicates, boilerplate };
}

/**
 * A copy of a paragraph's text that does not hold on to the document: `text.slice()` may share the
 * whole document's memory, and a cached scan that keeps its text would then keep old versions of
 * the document alive. Slicing a concatenation makes V8 copy the concatenation into a new flat
 * string first, and the result shares only that (checked with 200 one-megabyte documents: 4 MB of
 * heap kept, against 200 MB for the bare slices); about 15× cheaper than a JSON round trip.
 */
function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
