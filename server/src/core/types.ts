/**
 * The plain data the analysis core returns. Every span is [start, end) in UTF-16 code units
 * (JavaScript string indices), the unit LSP positions use.
 */

export interface Span {
  start: number;
  end: number;
}

/** A paragraph: one line in one-paragraph-a-line layout, a blank-line separated block otherwise. */
export interface Paragraph extends Span {
  /** Index in document order. */
  index: number;
  text: string;
}

export type ActorType = 'armed-group' | 'state-force' | 'state' | 'organisation' | 'media' | 'person';
export type PlaceType =
  | 'country'
  | 'admin1'
  | 'admin2'
  | 'city'
  | 'town'
  | 'village'
  | 'district'
  | 'camp'
  | 'feature'
  | 'site'
  | 'place';

/** One mention of an actor or a place. */
export interface EntityMention extends Span {
  kind: 'actor' | 'place';
  text: string;
  /** Canonical name of the entity; mentions of one entity share it. */
  canonical: string;
  /** ActorType for actors, PlaceType for places. */
  type: ActorType | PlaceType;
  /** Stable id: Wikidata id (Q…) for actors, GeoNames id ("geonames:123") for places, when known. */
  id?: string;
  /** Actor side / affiliation (pro-government, opposition, jihadist, Kurdish-led, …). */
  side?: string;
  /** First-level division (governorate / province) of a place. */
  admin1?: string;
  /** Country of a place (English name). */
  country?: string;
  lat?: number;
  lon?: number;
  /** Known aliases of the entity from the dictionary or gazetteer. */
  aliases?: string[];
  /** False when found by cues alone (not in any dictionary). */
  inDictionary: boolean;
  /** Key grouping every mention of the same entity in a document (used by references/highlights). */
  key: string;
}

export type Outcome = 'killed' | 'wounded' | 'kidnapped' | 'missing' | 'executed' | 'arrested' | 'displaced';

export interface CasualtyFigure extends Span {
  text: string;
  min: number;
  /** Undefined when open-ended ("at least 21"). */
  max?: number;
  approximate: boolean;
  outcome: Outcome;
  /** The group counted: civilians, children, women, militants, fighters, rebels, soldiers, loyalists, people… */
  victims: string;
  /** Canonical actor name the victims belong to, when the text says so ("IS militants"). */
  victimActor?: string;
  /** Canonical place name the sentence ties the figure to. */
  place?: string;
  /** "in the past 24 hours", "since Sunday", "since 2011"… */
  period?: string;
  /** Canonical name of who reported it. */
  source?: string;
  /** Index (in the casualties array) of the figure this one is a subset of. */
  subsetOf?: number;
}

export interface DuplicateFinding extends Span {
  originalStart: number;
  originalEnd: number;
  kind: 'exact' | 'near';
  /** 1 for exact copies; estimated shingle containment for near copies. */
  similarity: number;
  /** Paragraph indices of the copy and of its original. */
  paragraph: number;
  originalParagraph: number;
}

export interface BoilerplateFinding extends Span {
  paragraph: number;
  /** Which rule recognised it ("related-articles", "powered-by", "share-prompt", …). */
  rule: string;
}

/** Everything the core knows about one document version. */
export interface ArticleModel {
  text: string;
  paragraphs: Paragraph[];
  entities: EntityMention[];
  casualties: CasualtyFigure[];
  duplicates: DuplicateFinding[];
  boilerplate: BoilerplateFinding[];
}

export interface AnalyzeOptions {
  /** Shingle-containment threshold for near duplicates (0..1). */
  nearDuplicateThreshold: number;
  /** Extra entity entries from user files (already validated). */
  extraActors?: import('./entities/actorTypes').ActorEntry[];
  extraPlaces?: import('./entities/placeTypes').PlaceEntry[];
}

export const defaultOptions: AnalyzeOptions = { nearDuplicateThreshold: 0.8 };
