import type { PlaceType } from '../types';
import type { Place, PlaceEntry } from './placeTypes';
import { ARTICLES, foldToken } from '../text/fold';
import { tokenize } from '../text/tokens';
import gazetteerData from '../../../data/gazetteer.json';
import extraData from '../../../data/places-extra.json';

interface GazetteerJson {
  countries: Record<string, [string, string[], string[], number, number]>;
  admin1: Record<string, [string, string[], number, number, number, number]>;
  places: [number, string, string, string, string, number, number, number, string, string][];
}

const TYPES: Record<string, PlaceType> = { c: 'city', t: 'town', v: 'village', d: 'district' };
/** Below this population a GeoNames village needs a cue or the article's country. */
export const MINOR_POPULATION = 20000;

/**
 * The place index: transliteration-folded names (the folds of their words, concatenated) → places,
 * plus every word-boundary prefix of those keys so that a scan stops as soon as no name can match.
 * Short all-capital names (US, UK, UAE) are matched on exact case only.
 */
export class PlaceIndex {
  readonly byKey = new Map<string, Place[]>();
  readonly prefixes = new Set<string>();
  /** Keys of names written with lower-case words ("Mezzeh military airport"). */
  readonly lowerOk = new Set<string>();
  readonly exact = new Map<string, Place[]>();
  readonly byId = new Map<number, Place>();

  add(name: string, place: Place): void {
    if (/^[A-Z][A-Z.]{1,4}$/.test(name) && !/^[A-Z][a-z]/.test(name)) {
      push(this.exact, name, place);
      return;
    }
    const words = tokenize(name);
    let key = '';
    let lower = false;
    for (const w of words) {
      const k = foldToken(w.text);
      if (k === '') continue;
      if (w.text[0] === w.text[0].toLowerCase() && !ARTICLES.has(w.text.toLowerCase())) lower = true;
      key += k;
      this.prefixes.add(key);
    }
    this.index(key, place, lower);
  }

  /** Adds a name by its stored key: word folds joined by spaces, "~" first when it has lower-case words. */
  addKey(stored: string, place: Place): void {
    const lower = stored.startsWith('~');
    const words = (lower ? stored.slice(1) : stored).split(' ');
    let key = '';
    for (const w of words) {
      key += w;
      this.prefixes.add(key);
    }
    this.index(key, place, lower);
  }

  /** Files a place under its full key; `lower` marks names that keep lower-case words ("Deir ez-Zor"). */
  private index(key: string, place: Place, lower: boolean): void {
    if (key.length < 2) return;
    if (this.byKey.get(key)?.includes(place)) return;
    push(this.byKey, key, place);
    if (lower) this.lowerOk.add(key);
  }

  get(key: string): Place[] | undefined {
    return this.byKey.get(key);
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

let base: PlaceIndex | undefined;
let demonyms: Map<string, string> | undefined;
const countryNames = new Map<string, string>();

/** The gazetteer index, built once on first use (the JSON is bundled; building takes tens of ms). */
export function placeIndex(): PlaceIndex {
  if (!base) base = build();
  return base;
}

/** Demonym (lower case) → ISO country code: "syrian" → "SY". Demonyms are evidence, never places. */
export function demonymCountries(): Map<string, string> {
  if (!demonyms) placeIndex();
  return demonyms!;
}

function build(): PlaceIndex {
  const g = gazetteerData as unknown as GazetteerJson;
  const index = new PlaceIndex();
  demonyms = new Map();
  const countryName = (cc?: string) => (cc ? countryNames.get(cc) : undefined);
  for (const [cc, [name, aliases, dems, lat, lon]] of Object.entries(g.countries)) {
    countryNames.set(cc, name);
    const p: Place = { key: `place:country:${cc}`, name, type: 'country', cc, country: name, lat, lon, population: 1e9, aliases, major: true };
    for (const n of [name, ...aliases]) index.add(n, p);
    for (const d of dems) demonyms.set(d.toLowerCase(), cc);
  }
  const admin1ByCode = new Map<string, Place>();
  const admin1ByName = new Map<string, string>();
  for (const [code, [name, aliases, cueOnly, lat, lon, hand]] of Object.entries(g.admin1)) {
    const cc = code.slice(0, 2);
    const p: Place = {
      key: `place:admin1:${code}`, name, type: 'admin1', cc, admin1Code: code, admin1: name, country: countryName(cc),
      lat, lon, population: 5e8, aliases, cueOnly: cueOnly === 1, major: true,
    };
    admin1ByCode.set(code, p);
    admin1ByName.set(`${cc}:${name.toLowerCase()}`, code);
    if (hand) for (const n of [name, ...aliases]) index.add(n, p);
  }
  for (const [id, name, t, cc, a1, lat, lon, pop, aliasText, keyText] of g.places) {
    const code = `${cc}.${a1}`;
    const division = admin1ByCode.get(code);
    const p: Place = {
      key: `place:geonames:${id}`, id: `geonames:${id}`, name, type: TYPES[t] ?? 'place', cc,
      admin1Code: division ? code : undefined, admin1: division?.name, country: countryName(cc), lat, lon, population: pop,
      aliases: aliasText ? aliasText.split('|') : [], major: t === 'c' || pop >= MINOR_POPULATION,
    };
    index.byId.set(id, p);
    for (const k of keyText.split('|')) index.addKey(k, p);
  }
  addEntries(index, (extraData as { places: PlaceEntry[] }).places, 'extra', admin1ByName, countryName);
  return index;
}

/**
 * Adds hand-kept or user entries: alias rows extend a GeoNames place; other entries become places,
 * unless the index already holds a place of that name in the same country within 15 km (then
 * their aliases join it).
 */
export function addEntries(
  index: PlaceIndex,
  entries: PlaceEntry[],
  source: string,
  admin1ByName: Map<string, string> = new Map(),
  countryName: (cc?: string) => string | undefined = (cc) => cc,
  lookup: PlaceIndex = index,
): void {
  for (const e of entries) {
    let target = e.geonames !== undefined ? lookup.byId.get(e.geonames) : undefined;
    if (!target && e.name && e.lat !== undefined && e.lon !== undefined) {
      const key = tokenize(e.name).map((t) => foldToken(t.text)).join('');
      target = lookup.get(key)?.find((p) => p.cc === e.cc && p.lat !== undefined && km(p.lat, p.lon!, e.lat!, e.lon!) < 15);
    }
    if (target) {
      // The base gazetteer's own places may be edited while it is built; a user overlay only indexes them.
      const own = lookup === index;
      if (own && e.geonames !== undefined && e.name) target.name = e.name;
      for (const a of [e.name, ...(e.aliases ?? [])]) {
        if (!a) continue;
        if (own && !target.aliases.includes(a)) target.aliases.push(a);
        index.add(a, target);
      }
      continue;
    }
    if (!e.name) continue;
    const code = e.cc && e.admin1 ? admin1ByName.get(`${e.cc}:${e.admin1.toLowerCase()}`) : undefined;
    const p: Place = {
      key: `place:${source}:${e.cc ?? 'xx'}:${e.name}`, id: e.geonames ? `geonames:${e.geonames}` : undefined, name: e.name,
      type: e.type ?? 'place', cc: e.cc, admin1Code: code, admin1: e.admin1, country: countryName(e.cc), lat: e.lat, lon: e.lon,
      population: e.population ?? 0, aliases: e.aliases ?? [], major: true,
    };
    for (const n of [e.name, ...p.aliases]) index.add(n, p);
  }
}

/** Great-circle distance in km. */
export function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

const overlays = new WeakMap<PlaceEntry[], PlaceIndex>();

/** A small index of the user's places (from AnalyzeOptions.extraPlaces), cached per entry list. */
export function userIndex(entries: PlaceEntry[] | undefined): PlaceIndex | undefined {
  if (!entries || entries.length === 0) return undefined;
  let idx = overlays.get(entries);
  if (!idx) {
    idx = new PlaceIndex();
    const b = placeIndex();
    addEntries(idx, entries, 'user', new Map(), (cc) => (cc ? (countryNames.get(cc) ?? cc) : undefined), b);
    overlays.set(entries, idx);
  }
  return idx;
}
