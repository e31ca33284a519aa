import type { ActorType } from '../types';

/** One entry of the actor dictionary (server/data/actors.json, user entity files). */
export interface ActorEntry {
  /** Canonical name. */
  name: string;
  type: ActorType;
  /** Wikidata id, e.g. "Q2429253". */
  wikidata?: string;
  side?: string;
  /** Spellings matched case-insensitively (after folding). */
  aliases?: string[];
  /** Short forms matched only with exact case (acronyms: IS, UN, SDF). */
  acronyms?: string[];
}
