import type { AnalyzeOptions, ArticleModel, BoilerplateFinding, CasualtyFigure, DuplicateFinding, EntityMention, Paragraph } from './types';
import { defaultOptions } from './types';
import { plainLines, splitParagraphs } from './text/paragraphs';
import { resplit } from './text/resplit';
import { resolvePlaces, scanPlaces, type PlaceScan } from './entities/places';
import { scanActors, type ActorScan } from './entities/actorScan';
import { resolveActors } from './entities/actorResolve';
import { mergeEntities } from './entities/resolve';
import { scanCasualties, type CasualtyScan } from './casualties/scan';
import { linkCasualties } from './casualties/link';
import { DuplicateTracker } from './duplicates/tracker';
import { paragraphFingerprint, type ParagraphFingerprint } from './duplicates/fingerprint';
import { boilerplateFromRules, paragraphRule } from './duplicates/boilerplate';
import { sectionStarts } from './sections';

/** What each recogniser reads from one paragraph alone: a pure function of its text and the options. */
interface ParagraphScans {
  /** Unique per scan made: section keys are built from it. */
  id: number;
  /** The paragraph's text, detached from its document (see detach). */
  text: string;
  places: PlaceScan;
  actors: ActorScan;
  casualties: CasualtyScan;
  fingerprint: ParagraphFingerprint;
  /** The boilerplate rule the paragraph matches on its own. */
  boilerplate: string | undefined;
}

/** What lookUp found: the cached scans by paragraph, and the distinct texts still to scan. */
interface LookUp {
  /** scans[k]: paragraph k's scans, undefined while its text is among `fresh`. */
  scans: (ParagraphScans | undefined)[];
  fresh: string[];
}

/**
 * Analyses successive versions of one document. The expensive work — scanning a paragraph for
 * places, actors, casualty figures and shingle hashes — is kept per paragraph text, so an edit
 * re-scans only the paragraphs it touched (and a repeated paragraph is scanned once); the
 * document-level passes run per article section and keep the sections an edit did not touch.
 */
export class IncrementalAnalyzer {
  /** Scans by paragraph text (detached copies): found here when a paragraph moved or repeats. */
  private byText = new Map<string, ParagraphScans>();
  /** The last version's paragraph texts and their scans, by position: most look-ups end here. */
  private lastTexts: string[] = [];
  private lastScans: ParagraphScans[] = [];
  /** Scans made by a sliced run that was given up, kept for the next run. */
  private partial = new Map<string, ParagraphScans>();
  private optionsKey: unknown;
  /** Resolved sections by key (see sectionKey), from the last run. */
  private sections = new Map<string, Section>();
  /** The last version's text and paragraphs: the next version is split again only around its changes. */
  private lastText: string | undefined;
  private lastParagraphs: Paragraph[] = [];
  /** Whether every line of the last text ends in \n or \r\n (see plainLines). */
  private lastPlain = true;
  /** Duplicate detection, kept so that an edit resumes it from the first changed paragraph. */
  private duplicates = new DuplicateTracker(true);

  /** `optionsKey` identifies the options (defaults to the object itself); a new key drops every scan. */
  analyze(text: string, options: AnalyzeOptions = defaultOptions, optionsKey: unknown = options): ArticleModel {
    const paragraphs = this.split(text);
    const look = this.lookUp(paragraphs, optionsKey);
    return this.finish(text, paragraphs, look, scanParagraphs(look.fresh, options), options);
  }

  /**
   * The same analysis in slices: between slices of about `sliceMs` of scanning it awaits
   * `pause()` (the server lets other requests run there) and gives up, returning undefined, once
   * `isStale()` says a newer version has arrived. Scans finished before giving up are kept, so the
   * next run starts where this one stopped.
   */
  async analyzeInSlices(text: string, options: AnalyzeOptions = defaultOptions, optionsKey: unknown, pause: () => Promise<void>, isStale: () => boolean, sliceMs = 10): Promise<ArticleModel | undefined> {
    const paragraphs = this.split(text);
    const look = this.lookUp(paragraphs, optionsKey);
    const { fresh } = look;
    const made: ParagraphScans[] = [];
    let sliceStart = performance.now();
    // Paragraphs are scanned in batches (see scanParagraphs) that grow while a slice has time left.
    let batch = 1;
    for (let k = 0; k < fresh.length; ) {
      for (const s of scanParagraphs(fresh.slice(k, k + batch), options)) {
        this.partial.set(s.text, s);
        made.push(s);
      }
      k = made.length;
      const elapsed = performance.now() - sliceStart;
      if (elapsed > sliceMs) {
        await pause();
        if (isStale()) return undefined;
        sliceStart = performance.now();
      } else if (elapsed < sliceMs / 2) batch = Math.min(2 * batch, 256);
    }
    return this.finish(text, paragraphs, look, made, options);
  }

  private split(text: string): Paragraph[] {
    let paragraphs: Paragraph[];
    if (this.lastText === undefined) [paragraphs, this.lastPlain] = [splitParagraphs(text), plainLines(text)];
    else ({ paragraphs, plain: this.lastPlain } = resplit(this.lastText, this.lastParagraphs, text, this.lastPlain));
    this.lastText = text;
    this.lastParagraphs = paragraphs;
    return paragraphs;
  }

  /**
   * The cached scans of these paragraphs, and the distinct texts that have none. A paragraph is
   * first compared with the last version's paragraph at the same position, or at the same distance
   * from the end (an edit moves the paragraphs after it by as many as it added): equal strings
   * compare at memory speed, where a map look-up would hash every paragraph of the document on
   * every keystroke. Only the paragraphs that fail both go to the map.
   */
  private lookUp(paragraphs: Paragraph[], optionsKey: unknown): LookUp {
    if (optionsKey !== this.optionsKey) {
      this.byText = new Map();
      this.partial = new Map();
      this.sections = new Map();
      this.duplicates = new DuplicateTracker(true);
      this.lastTexts = [];
      this.lastScans = [];
      this.optionsKey = optionsKey;
    }
    const { lastTexts: last, lastScans } = this;
    const n = paragraphs.length;
    const m = last.length;
    const shift = m - n;
    const used = new Uint8Array(m);
    const fresh: string[] = [];
    const seen = new Set<string>();
    const scans: (ParagraphScans | undefined)[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const t = paragraphs[k].text;
      const j = k < m && last[k] === t ? k : k + shift >= 0 && k + shift < m && last[k + shift] === t ? k + shift : -1;
      if (j >= 0) {
        used[j] = 1;
        scans[k] = lastScans[j];
        continue;
      }
      const s = this.byText.get(t) ?? this.partial.get(t);
      if (s) scans[k] = s;
      else if (!seen.has(t)) {
        seen.add(t);
        fresh.push(t);
      }
    }
    // The old versions of edited paragraphs leave the map (a text still used elsewhere in the
    // document was found by position; at worst a paragraph that moves later is scanned again).
    for (let j = 0; j < m; j++) if (!used[j] && !seen.has(last[j])) this.byText.delete(last[j]);
    return { scans, fresh };
  }

  private finish(text: string, paragraphs: Paragraph[], look: LookUp, made: ParagraphScans[], options: AnalyzeOptions): ArticleModel {
    const { scans, fresh } = look;
    if (fresh.length) {
      const got = new Map<string, ParagraphScans>();
      made.forEach((s, k) => got.set(fresh[k], s));
      for (let k = 0; k < paragraphs.length; k++) scans[k] ??= got.get(paragraphs[k].text);
      for (const s of made) this.byText.set(s.text, s);
    }
    const all = scans as ParagraphScans[];
    // Entries of paragraphs gone from the document without a trace at their position (a deleted
    // paragraph) are dropped once they outnumber the live ones.
    if (this.byText.size > 2 * paragraphs.length + 1024) this.byText = new Map(all.map((s) => [s.text, s]));
    this.lastTexts = paragraphs.map((p) => p.text);
    this.lastScans = all;
    this.partial = new Map();
    return this.resolve(text, paragraphs, all, options);
  }

  /** Paragraph texts with cached scans (for tests and memory accounting). */
  get cachedParagraphs(): number {
    return this.byText.size;
  }

  /**
   * The document-level passes, section by section (see sectionStarts): a section whose paragraphs
   * and their spacing are unchanged since the last run keeps its entities and figures, moved to
   * where it now starts, so an edit re-resolves only the section it touched. Duplicates and
   * boilerplate are found over the whole document (a copy may be anywhere).
   */
  private resolve(text: string, paragraphs: Paragraph[], scans: ParagraphScans[], options: AnalyzeOptions): ArticleModel {
    const starts = sectionStarts(paragraphs, scans.map((s) => s.actors.dateline), scans.map((s) => s.fingerprint.keyA));
    const next = new Map<string, Section>();
    const placed: { section: Section; start: number }[] = [];
    for (let k = 0; k < starts.length; k++) {
      const a = starts[k];
      const b = k + 1 < starts.length ? starts[k + 1] : paragraphs.length;
      if (a === b) continue;
      const key = sectionKey(paragraphs, scans, a, b);
      let section = next.get(key) ?? this.sections.get(key);
      section ??= resolveSection(text, paragraphs.slice(a, b), scans.slice(a, b), options);
      next.set(key, section);
      placed.push({ section, start: paragraphs[a].start });
    }
    this.sections = next;
    const boilerplate = boilerplateFromRules(paragraphs, scans.map((s) => s.boilerplate));
    const duplicates = this.duplicates.update(paragraphs, scans.map((s) => s.fingerprint), options.nearDuplicateThreshold);
    return assemble(text, paragraphs, placed, duplicates, boilerplate);
  }
}

/**
 * The model, its entities and figures gathered from the sections on first read: after an edit,
 * diagnostics (duplicates and boilerplate) do not wait for every later mention to be moved.
 */
function assemble(text: string, paragraphs: Paragraph[], placed: { section: Section; start: number }[], duplicates: DuplicateFinding[], boilerplate: BoilerplateFinding[]): ArticleModel {
  let entities: EntityMention[] | undefined;
  let casualties: CasualtyFigure[] | undefined;
  const gather = () => {
    entities = [];
    casualties = [];
    for (const { section, start } of placed) place(section, start, entities, casualties);
  };
  return {
    text,
    paragraphs,
    get entities() {
      if (!entities) gather();
      return entities!;
    },
    get casualties() {
      if (!casualties) gather();
      return casualties!;
    },
    duplicates,
    boilerplate,
  };
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
  return flat.map((t, k) => ({ id: nextScanId++, text: t, places: places[k], actors: actors[k], casualties: casualties[k], fingerprint: paragraphFingerprint(t), boilerplate: paragraphRule(t) }));
}

let nextScanId = 0;

/** One section's resolved entities and figures, offsets as of when it started at `start`. */
interface Section {
  start: number;
  entities: EntityMention[];
  casualties: CasualtyFigure[];
}

/** What a section's resolution depends on: its paragraphs' scans and their offsets in the section. */
function sectionKey(paragraphs: Paragraph[], scans: ParagraphScans[], a: number, b: number): string {
  const base = paragraphs[a].start;
  let key = '';
  for (let p = a; p < b; p++) key += `${scans[p].id}@${paragraphs[p].start - base} `;
  return key;
}

/** Resolves one section as if it were a document of its own (its paragraphs indexed from 0). */
function resolveSection(text: string, part: Paragraph[], scans: ParagraphScans[], options: AnalyzeOptions): Section {
  const paragraphs = part.map((p, index) => ({ start: p.start, end: p.end, index, text: p.text }));
  const places = resolvePlaces(text, paragraphs, scans.map((s) => s.places), options);
  const actors = resolveActors(text, paragraphs, scans.map((s) => s.actors), places, options);
  const entities = mergeEntities(places, actors).map((e) => movedEntity(e, 0));
  const casualties = linkCasualties(text, paragraphs, scans.map((s) => s.casualties), entities).map((c) => movedFigure(c, 0, 0));
  return { start: part[0].start, entities, casualties };
}

/** Appends a section's entities and figures, moved to `start`, figure indices (subsetOf) renumbered. */
function place(section: Section, start: number, entities: EntityMention[], casualties: CasualtyFigure[]): void {
  const d = start - section.start;
  const first = casualties.length;
  if (d === 0) for (const e of section.entities) entities.push(e);
  else for (const e of section.entities) entities.push(movedEntity(e, d));
  if (d === 0 && first === 0) for (const c of section.casualties) casualties.push(c);
  else for (const c of section.casualties) casualties.push(movedFigure(c, d, first));
}

/*
 * Copies made field by field into one fixed shape (absent fields undefined): moving every mention
 * after an edit is then some 10× cheaper than copying with spread over the handful of shapes the
 * recognisers produce, and every consumer reads objects of one hidden class.
 */

function movedEntity(e: EntityMention, d: number): EntityMention {
  return { kind: e.kind, start: e.start + d, end: e.end + d, text: e.text, canonical: e.canonical, type: e.type, id: e.id, side: e.side, admin1: e.admin1, country: e.country, lat: e.lat, lon: e.lon, aliases: e.aliases, inDictionary: e.inDictionary, key: e.key };
}

function movedFigure(c: CasualtyFigure, d: number, first: number): CasualtyFigure {
  return {
    start: c.start + d, end: c.end + d, text: c.text, min: c.min, max: c.max, approximate: c.approximate, outcome: c.outcome, victims: c.victims,
    victimActor: c.victimActor, place: c.place, period: c.period, source: c.source, subsetOf: c.subsetOf === undefined ? undefined : c.subsetOf + first,
  };
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
