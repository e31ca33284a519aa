import type { AnalyzeOptions, ArticleModel, BoilerplateFinding, CasualtyFigure, DuplicateFinding, EntityMention, Paragraph } from './types';
import { HEADLINES, articleSections } from './entities/actorStories';
import { resolvePlaces } from './entities/places';
import { resolveActors } from './entities/actorResolve';
import { mergeEntities } from './entities/resolve';
import { linkCasualties } from './casualties/link';
import type { HeavyScans, ParagraphScans } from './scans';
import { registerParts, type Part } from './spans';
import { boxed, intern } from './text/shared';

/**
 * Where the document-level passes may cut a document: the first paragraph of each section.
 * Sections are the articles a file holds (a dateline paragraph and the headline and byline above
 * it open one, see articleSections), and an article longer than LONG paragraphs is cut further at
 * content-defined points: before a paragraph whose word-sequence hash has its low bits clear,
 * once MIN_RUN paragraphs have passed since the last cut. Being chosen by content, not by
 * position, a cut survives edits elsewhere, so the language server can keep every section an edit
 * did not touch (see IncrementalAnalyzer). A single article of ordinary length is one section.
 */
export function sectionStarts(paragraphs: readonly Paragraph[], datelines: boolean[], hashes: ArrayLike<number>): number[] {
  const n = paragraphs.length;
  const article = articleSections(datelines, paragraphs);
  const out = [0];
  let from = 0;
  for (let p = 1; p <= n; p++) {
    if (p < n && article[p] === article[p - 1]) continue;
    if (p - from > LONG) {
      let last = from;
      for (let q = from + MIN_RUN; q <= p - MIN_RUN; q++) {
        if (q - last >= MIN_RUN && (hashes[q] & CUT_MASK) === 0) {
          out.push(q);
          last = q;
        }
      }
    }
    if (p < n) out.push(p);
    from = p;
  }
  return out;
}

/**
 * How many of `starts` (sectionStarts of the first m paragraphs of a document of n) begin
 * sections that are the document's own whatever paragraphs m..n hold: so the top of a long
 * document can be resolved before the rest is scanned. A later dateline can open an article at
 * most HEADLINES paragraphs before itself, so no new boundary comes before `safe` = m − HEADLINES;
 * one may shorten the article holding `safe`, whose content-defined cuts then stand only up to
 * MIN_RUN paragraphs before `safe`, and only if it is long however short it becomes (each cut
 * depends only on the ones before it). Earlier articles stand whole.
 */
export function settledSections(starts: readonly number[], datelines: boolean[], paragraphs: readonly Paragraph[], m: number, n: number): number {
  if (m >= n) return starts.length;
  const safe = m - HEADLINES;
  if (safe <= 0) return 0;
  const article = articleSections(datelines, paragraphs);
  let from = safe;
  while (from > 0 && article[from - 1] === article[safe]) from--;
  const bound = safe - from > LONG ? safe - MIN_RUN : from;
  let k = 0;
  while (k + 1 < starts.length && starts[k + 1] <= bound) k++;
  return k;
}

/** An article of more paragraphs than this is cut at content-defined points. */
const LONG = 120;
/** Paragraphs at least between two content-defined cuts. */
const MIN_RUN = 40;
/** A cut is allowed before one paragraph in 32, on average. */
const CUT_MASK = 31;

/** One section's resolved entities and figures, offsets as of when it started at `start`. */
export interface Section {
  /** Its key (see sectionKey), to find it again when it moved. */
  key: string;
  start: number;
  entities: EntityMention[];
  casualties: CasualtyFigure[];
}

/** What a section's resolution depends on: its paragraphs' scans and their offsets in the section. */
export function sectionKey(paragraphs: Paragraph[], scans: readonly ParagraphScans[], a: number, b: number): string {
  const base = paragraphs[a].start;
  // Joined, the key is one flat string: built by +=, a kept key is a chain of as many pieces.
  const parts: string[] = new Array(b - a);
  for (let p = a; p < b; p++) parts[p - a] = `${scans[p].id}@${paragraphs[p].start - base} `;
  return parts.join('');
}

/** Resolves one section as if it were a document of its own (its paragraphs indexed from 0). */
export function resolveSection(text: string, part: Paragraph[], heavy: HeavyScans[], options: AnalyzeOptions, key: string): Section {
  const paragraphs = part.map((p, index) => ({ start: p.start, end: p.end, index, text: p.text }));
  const places = resolvePlaces(text, paragraphs, heavy.map((s) => s.places), options);
  const actors = resolveActors(text, paragraphs, heavy.map((s) => s.actors), places, options);
  const entities = mergeEntities(places, actors).map(ownEntity);
  const casualties = linkCasualties(text, paragraphs, heavy.map((s) => s.casualties), entities).map(ownFigure);
  return { key, start: part[0].start, entities, casualties };
}

/** Appends a section's entities and figures, moved to `start`, figure indices (subsetOf) renumbered. */
function place(section: Part['section'], start: number, entities: EntityMention[], casualties: CasualtyFigure[]): void {
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

/**
 * A resolved mention in the fixed shape, its strings interned: a recogniser's strings may be
 * slices of the document, and a section kept across edits would keep that version alive.
 */
function ownEntity(e: EntityMention): EntityMention {
  const m = movedEntity(e, 0);
  m.text = intern(e.text);
  m.canonical = intern(e.canonical);
  m.key = intern(e.key);
  if (e.lat !== undefined) m.lat = boxed(e.lat);
  if (e.lon !== undefined) m.lon = boxed(e.lon);
  return m;
}

function ownFigure(c: CasualtyFigure): CasualtyFigure {
  const f = movedFigure(c, 0, 0);
  f.text = intern(c.text);
  f.victims = intern(c.victims);
  for (const k of ['victimActor', 'place', 'period', 'source'] as const) if (c[k] !== undefined) f[k] = intern(c[k]);
  return f;
}

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
 * The model, its entities and figures gathered from the sections on first read: after an edit,
 * diagnostics (duplicates and boilerplate) do not wait for every later mention to be moved.
 */
export function assemble(text: string, paragraphs: Paragraph[], placed: readonly Part[], duplicates: DuplicateFinding[], boilerplate: BoilerplateFinding[]): ArticleModel {
  let entities: EntityMention[] | undefined;
  let casualties: CasualtyFigure[] | undefined;
  const gather = () => {
    entities = [];
    casualties = [];
    for (const { section, start } of placed) place(section, start, entities, casualties);
  };
  const model: ArticleModel = {
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
  registerParts(model, placed);
  return model;
}

