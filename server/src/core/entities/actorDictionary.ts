import type { ActorEntry } from './actorTypes';
import { ActorTokens, CAP, fastFold } from './actorTokens';
import { HashTrie } from './actorTrie';
import { hashString, HashSet, pairHash } from './actorHash';
import data from '../../../data/actors.json';

/** How an alias names its entry. */
export type AliasRole = 'name' | 'context' | 'capital' | 'generic-forces' | 'generic-army' | 'generic-ministry';

/** One trie value: an alias of an entry. */
export interface AliasValue {
  entry: ActorEntry;
  role: AliasRole;
  /** Bit i set: token i of the alias is capitalised and must be capitalised in the text. */
  caps: number;
  /** Leading tokens left out of the span: a determiner ("the monitor"), a base ("Britain-based monitor"). */
  skip: number;
  /** Single word context aliases ("regime") are refused after "anti-"/"pro-". */
  single: boolean;
}

export interface ActorDictionary {
  fold: HashTrie<AliasValue>;
  exact: HashTrie<AliasValue>;
  entries: ActorEntry[];
  /** ISO code → state entry. */
  stateByIso: Map<string, ActorEntry>;
  /** Folded country name / alias → ISO code (for place mentions' `country`). */
  isoByName: Map<string, string>;
  /** Folded demonym → ISO code. */
  isoByDemonym: Map<string, string>;
  /** Hashes of the demonyms' keys, and of the demonyms' and country names' keys (see ActorTokens.fh). */
  demonymHashes: HashSet;
  countryHashes: HashSet;
  /**
   * Folded-key hashes of every alias's first token (exact-case aliases too), of the one-word
   * aliases, and pair hashes of the first two tokens of longer ones: a few bitmap reads turn away
   * most tokens, even those starting some alias ("the", "al"), before any trie is walked.
   */
  starts: HashSet;
  alone: HashSet;
  pairs: HashSet;
  /** ISO → entry for "<demonym> forces" when the story's country is known ("government forces"). */
  forcesByIso: Map<string, ActorEntry>;
  /** The hand-kept forces entry of a country (no generated one): what "the army" of its stories is. */
  armyByIso: Map<string, ActorEntry>;
  /** ISO → the government entry (hand-kept or generated) a ministry of the country stands for. */
  governmentByIso: Map<string, ActorEntry>;
  /** ISO → the country's health ministry (generated): a source of tolls, an organisation. */
  healthByIso: Map<string, ActorEntry>;
}

const FORCE_NOUNS = ['forces', 'army', 'troops', 'military', 'soldiers', 'armed forces', 'security forces', 'special forces', 'air force', 'navy', 'warplanes'];
const GOVERNMENT_NOUNS = ['government', 'authorities', 'regime', 'government forces'];
// A ministry acting in the story is its country's government: "the interior ministry said", "Russia's
// defence ministry", "the Syrian Defense Ministry" (annotation guide: a government acting is a state-force).
const MINISTRIES = [
  'interior ministry', 'defence ministry', 'defense ministry', 'foreign ministry', 'information ministry',
  'ministry of interior', 'ministry of the interior', 'ministry of defence', 'ministry of defense', 'ministry of foreign affairs',
];
// A health ministry, the usual source of tolls, is an organisation of its own ("Lebanon's Health Ministry").
const HEALTH_MINISTRIES = ['health ministry', 'ministry of health', 'ministry of public health'];
const GENERIC_FORCES = ['government forces', 'government troops', 'pro-government forces', 'security forces'];
// The army of the story's country, where it has one of its own in the dictionary: in a Gaza story "the army" is Israel's.
const GENERIC_ARMY = ['the army', 'army units', 'army troops', 'army unit', 'the military', 'the junta'];
const DETERMINERS = new Set(['the', 'a', 'an']);

let builtIn: ActorDictionary | undefined;

/** The built-in dictionary, built once on first use. */
export function builtInDictionary(): ActorDictionary {
  return (builtIn ??= buildDictionary((data as { actors: ActorEntry[] }).actors));
}

const cache = new WeakMap<ActorEntry[], ActorDictionary>();

/** The built-in dictionary plus user entries (user entries come first and win ties); cached per array. */
export function dictionaryWith(extra: ActorEntry[] | undefined): ActorDictionary {
  if (!extra || extra.length === 0) return builtInDictionary();
  let d = cache.get(extra);
  if (!d) cache.set(extra, (d = buildDictionary([...extra, ...(data as { actors: ActorEntry[] }).actors])));
  return d;
}

export function buildDictionary(entries: ActorEntry[]): ActorDictionary {
  const d: ActorDictionary = {
    fold: new HashTrie(true),
    exact: new HashTrie(false),
    entries,
    stateByIso: new Map(),
    isoByName: new Map(),
    isoByDemonym: new Map(),
    forcesByIso: new Map(),
    armyByIso: new Map(),
    governmentByIso: new Map(),
    healthByIso: new Map(),
    demonymHashes: new HashSet(),
    countryHashes: new HashSet(),
    starts: new HashSet(),
    alone: new HashSet(),
    pairs: new HashSet(),
  };
  const toks = new ActorTokens();
  const seen = new Set<string>();
  const add = (alias: string, entry: ActorEntry, role: AliasRole, exact: boolean) => {
    toks.reset(alias);
    if (toks.n === 0) return;
    const keys: string[] = [];
    let caps = 0;
    for (let b = 0; b < toks.n; b++) {
      keys.push(exact ? toks.exact(b) : toks.fold(b));
      if (!exact && toks.flags[b] & CAP) caps |= 1 << b;
    }
    const id = `${exact ? 'x' : 'f'}|${role}|${caps}|${keys.join(' ')}|${entry.name}`;
    if (seen.has(id)) return;
    seen.add(id);
    // Left out of the span: a determiner ("the monitor"), a base ("Britain-based monitor": Britain is a place).
    const skip = toks.n > 1 && DETERMINERS.has(toks.text(0)) ? 1 : toks.n > 2 && toks.fold(1) === 'based' ? 2 : 0;
    d.starts.add(toks.fh[0]);
    if (toks.n === 1) d.alone.add(toks.fh[0]);
    else d.pairs.add(pairHash(toks.fh[0], toks.fh[1]));
    (exact ? d.exact : d.fold).add(keys, { entry, role, caps, skip, single: toks.n === 1 });
  };
  const taken = new Set<string>();
  for (const e of entries) {
    for (const a of [e.name, ...(e.aliases ?? [])]) {
      if (isAcronym(a)) add(a, e, 'name', true);
      else add(a, e, 'name', false);
      taken.add(fastFold(a));
    }
    for (const a of e.acronyms ?? []) add(a, e, 'name', true);
    for (const a of e.contextAliases ?? []) add(a, e, 'context', false);
    if (e.type === 'state' && e.iso) {
      d.stateByIso.set(e.iso, e);
      for (const n of [e.name, ...(e.aliases ?? []), ...(e.acronyms ?? [])]) d.isoByName.set(fastFold(n), e.iso);
      for (const c of e.capitals ?? []) add(c, e, 'capital', false);
      for (const dem of e.demonyms ?? []) d.isoByDemonym.set(fastFold(dem), e.iso);
    }
    if (e.forcesOf && !d.forcesByIso.has(e.forcesOf)) d.forcesByIso.set(e.forcesOf, e);
  }
  // "<demonym> forces / army / government": to the state's own forces or government entry when the
  // dictionary has one, otherwise to a generated "<Demonym> armed forces" / "<Demonym> government".
  const forcesOf = new Map<string, ActorEntry>();
  const governmentOf = new Map<string, ActorEntry>();
  for (const e of entries) {
    if (e.forcesOf && !forcesOf.has(e.forcesOf)) forcesOf.set(e.forcesOf, e);
    if (e.governmentOf && !governmentOf.has(e.governmentOf)) governmentOf.set(e.governmentOf, e);
  }
  for (const state of entries) {
    if (state.type !== 'state' || !state.iso || !state.demonyms?.length) continue;
    const iso = state.iso;
    const forces = forcesOf.get(iso) ?? generated(`${state.demonyms[0]} armed forces`, iso, 'forcesOf');
    const government = governmentOf.get(iso) ?? generated(`${state.demonyms[0]} government`, iso, 'governmentOf');
    const police = generated(`${state.demonyms[0]} police`, iso, 'forcesOf');
    if (!d.forcesByIso.has(iso)) d.forcesByIso.set(iso, forces);
    if (!d.governmentByIso.has(iso)) d.governmentByIso.set(iso, government);
    const health: ActorEntry = { name: `${state.demonyms[0]} Health Ministry`, type: 'organisation', side: 'government', country: iso };
    if (!d.healthByIso.has(iso)) d.healthByIso.set(iso, health);
    for (const dem of state.demonyms) {
      for (const n of FORCE_NOUNS) addGenerated(`${dem} ${n}`, forces);
      for (const n of GOVERNMENT_NOUNS) addGenerated(`${dem} ${n}`, government);
      for (const n of MINISTRIES) addGenerated(`${dem} ${n}`, government);
      for (const n of HEALTH_MINISTRIES) addGenerated(`${dem} ${n}`, health);
      addGenerated(`${dem} police`, police);
    }
  }
  function addGenerated(alias: string, entry: ActorEntry) {
    if (taken.has(fastFold(alias))) return;
    taken.add(fastFold(alias));
    add(alias, entry, 'name', false);
  }
  for (const a of GENERIC_FORCES) add(a, GENERIC, 'generic-forces', false);
  for (const a of GENERIC_ARMY) add(a, GENERIC, 'generic-army', false);
  for (const a of MINISTRIES) add(a, GENERIC, 'generic-ministry', false);
  for (const a of HEALTH_MINISTRIES) add(a, GENERIC_HEALTH, 'generic-ministry', false);
  d.armyByIso = forcesOf;
  for (const k of d.isoByDemonym.keys()) d.demonymHashes.add(hashString(k));
  for (const k of [...d.isoByDemonym.keys(), ...d.isoByName.keys()]) d.countryHashes.add(hashString(k));
  return d;
}

/** Stands for "the armed forces of the story's country" until resolved. */
export const GENERIC: ActorEntry = { name: 'government forces', type: 'state-force', side: 'government' };
/** Stands for "the health ministry of the story's country" until resolved. */
export const GENERIC_HEALTH: ActorEntry = { name: 'health ministry', type: 'organisation', side: 'government' };

function generated(name: string, iso: string, role: 'forcesOf' | 'governmentOf'): ActorEntry {
  return { name, type: 'state-force', side: 'government', country: iso, [role]: iso };
}

/** An alias written all in capitals (with digits or hyphens) is matched with exact case. */
function isAcronym(s: string): boolean {
  return /^[A-Z0-9-]+$/.test(s) && /[A-Z]/.test(s) && s.length <= 8;
}

/** The key that groups every mention of an entry in a document. */
export function entryKey(e: ActorEntry): string {
  return e.wikidata ? `actor:${e.wikidata}` : `actor:${e.name}`;
}
