import type { ActorType } from '../types';

/** One entry of the actor dictionary (server/data/actors.json, user entity files). */
export interface ActorEntry {
  /** Canonical name. */
  name: string;
  type: ActorType;
  /** Wikidata id, e.g. "Q2429253". */
  wikidata?: string;
  side?: string;
  /** Spellings matched case-insensitively (after folding); capitalised alias words must be capitalised in the text. */
  aliases?: string[];
  /** Short forms matched only with exact case (acronyms: IS, UN, SDF). */
  acronyms?: string[];
  /** ISO 3166-1 alpha-2 code of the actor's country (picks the entry for context aliases). */
  country?: string;
  /** Generic phrases ("the regime", "government forces") meaning this actor only in a story about its country. */
  contextAliases?: string[];
  /** Take this entry for its context aliases when the story's country is unknown. */
  contextFallback?: boolean;
  /** ISO code: this entry is that state's armed forces. */
  forcesOf?: string;
  /** ISO code: this entry is that state's government. */
  governmentOf?: string;
  /** States: ISO code, demonyms ("Syrian") and capitals standing for the government ("Damascus"). */
  iso?: string;
  demonyms?: string[];
  capitals?: string[];
}

export const ACTOR_TYPES: readonly ActorType[] = ['armed-group', 'state-force', 'state', 'organisation', 'media', 'person'];
