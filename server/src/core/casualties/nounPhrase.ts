import type { Tok } from './sentenceTokens';
import type { NumberPhrase } from './numberWords';
import { parseNumberAt } from './numberWords';
import { harmAt } from './harmWords';
import { wordBit } from './wordTable';
import { CAPITALISED, NON_PERSON_WORD, NP_STOP_WORD, PEOPLE_WORD, PERSON_WORD } from './victimWords';

/** The noun phrase after a count: "IS militants", "troops, pro-regime militia and rebels". */
export interface VictimPhrase {
  /** Token range [start, end): ends after the last person noun (or its "of X" tail) when there is one. */
  start: number;
  end: number;
  cls: 'person' | 'nonperson' | 'unknown' | 'empty';
  /** The victim noun(s), "civilians", "women and children". */
  head?: string;
}

const ACRONYM = wordBit((w, raw) => raw.length >= 2 && raw === raw.toUpperCase() && /[A-Z]/.test(raw));
const isAcronym = (t: Tok) => (t.bits & ACRONYM) !== 0;
const isPerson = (t: Tok) => (t.bits & PEOPLE_WORD) !== 0;

/** Parses the victim phrase that starts at token j (after a count). */
export function parseVictimPhrase(toks: Tok[], j: number, num: NumberPhrase): VictimPhrase {
  // "dozens of civilians", "thousands of people": the "of" belongs to the count.
  if (num.vague && toks[j]?.w === 'of') j++;
  const start = j;
  let personEnd = -1;
  let lastWord = -1;
  // Common nouns ("women", "children") name the victims better than demonyms ("Druze", "Kurds").
  const heads: string[] = [];
  const names: string[] = [];
  let nonPerson = false;
  for (let n = 0; j < toks.length && n < 16; j++, n++) {
    const t = toks[j];
    if (t.kind === 'num') break;
    if (t.kind === 'punct') {
      if ((t.raw === '-' || t.raw === "'" || t.raw === '’') && !t.spaced) continue;
      // A comma continues a list of victim groups: "troops, pro-regime militia and rebels".
      const next = toks[j + 1];
      if (t.raw === ',' && personEnd >= 0 && next?.kind === 'word' && !(next.bits & NP_STOP_WORD) && !harmAt(toks, j + 1) && !next.w.endsWith('ly') && !reportedBy(toks, j + 1)) continue;
      break;
    }
    if (isPerson(t) && !harmAt(toks, j)) {
      // "two more soldiers": "more" names the victims only when no noun follows.
      if (t.w === 'more' && toks[j + 1] && isPerson(toks[j + 1]) && !harmAt(toks, j + 1)) continue;
      if ((t.bits & (PERSON_WORD | CAPITALISED)) === PERSON_WORD) heads.push(t.w);
      else names.push(t.raw);
      personEnd = j + 1;
      lastWord = j;
      continue;
    }
    if (harmAt(toks, j)) break;
    if (t.w === 'and' || t.w === '&') {
      // "53 soldiers and a civilian": a determiner before a further victim noun.
      if ((toks[j + 1]?.w === 'a' || toks[j + 1]?.w === 'an') && toks[j + 2] && isPerson(toks[j + 2])) { j++; continue; }
      const next = toks[j + 1];
      if (!next || next.kind !== 'word' || next.bits & NP_STOP_WORD || harmAt(toks, j + 1) || parseNumberAt(toks, j + 1)) break;
      continue;
    }
    if (t.w === 'of' || (t.w === 'from' && namedAfter(toks, j + 1))) {
      // "members of Al-Nusra Front", "fighters from Hayat Tahrir al-Sham": keep the named tail.
      if (personEnd !== j) break;
      let k = j + 1;
      if (toks[k]?.w === 'the') k++;
      // "soldiers from the army's Danab special forces": an owner before the name.
      if (isOwner(toks, k)) k++;
      let tailEnd = -1;
      // Capitalised words, and lower-case ones glued on by a hyphen ("Al-Qaeda-affiliated Al-Nusra Front").
      const glued = (x: Tok) => (x.raw === '-' || x.raw === "'" || x.raw === '’') && !x.spaced;
      // Arabic articles stay lower-case inside names: "Hayat Tahrir al-Sham".
      const article = (x: number) => /^(?:al|el|ad|as|ash|ar|an|at|az)$/.test(toks[x].raw) && toks[x + 1] !== undefined && glued(toks[x + 1]);
      // Ordinals in unit names: "the Russian-backed 8th Brigade".
      const ordinal = (x: number) => toks[x].kind === 'num' && toks[x + 1]?.kind === 'word' && !toks[x + 1].spaced && /^(?:st|nd|rd|th)$/.test(toks[x + 1].w);
      const nameWord = (x: number) => x < toks.length && (toks[x].bits & CAPITALISED || glued(toks[x]) || (toks[x].kind === 'word' && (glued(toks[x - 1]) || article(x))) || ordinal(x));
      for (;;) {
        while (nameWord(k)) {
          if (ordinal(k)) k++;
          if (toks[k].kind === 'word') tailEnd = k + 1;
          k++;
        }
        if (tailEnd !== k) break;
        // "of the Syrian Democratic Forces (SDF) and the Internal Security Forces (Asayish)": an
        // acronym in brackets, and a further name joined by "and", stay in the tail.
        if (toks[k]?.raw === '(' && toks[k + 1]?.bits & CAPITALISED && toks[k + 2]?.raw === ')') tailEnd = k += 3;
        const next = toks[k]?.w === 'and' ? (toks[k + 1]?.w === 'the' ? k + 2 : k + 1) : -1;
        if (next < 0 || !(toks[next]?.bits & CAPITALISED)) break;
        k = next;
      }
      // "members of the Turkish-backed factions": a hyphenated modifier takes the noun after it;
      // "of the General Security forces", "the Danab special forces": so does a name, when a group noun follows.
      if (tailEnd > 0 && tailEnd === k) {
        const hyphened = glued(toks[k - 2]);
        for (let m = 0, x = k; m < 2 && x < toks.length && toks[x].kind === 'word' && !(toks[x].bits & NP_STOP_WORD) && !harmAt(toks, x); m++) {
          x++;
          if (hyphened || GROUP_NOUNS.has(toks[x - 1].w) || isPerson(toks[x - 1])) tailEnd = k = x;
        }
      }
      // "members of one family", "of the same clan": a short lower-case tail; without a determiner, one
      // that ends at a group or person noun ("members of regime forces").
      if (tailEnd < 0) {
        const ends = (x: number) => toks[x].kind !== 'word' || harmAt(toks, x) || toks[x].w === 'and' || toks[x].w === 'or';
        const groupAt = (x: number) => GROUP_NOUNS.has(toks[x].w) || isPerson(toks[x]);
        if (/^(?:one|the|a|same)$/.test(toks[j + 1]?.w ?? '')) {
          for (k = j + 1; k < toks.length && k <= j + 4 && !ends(k) && (!(toks[k].bits & NP_STOP_WORD) || k === j + 1); k++) tailEnd = k + 1;
        } else {
          for (let x = j + 1; x <= j + 3 && x < toks.length && !ends(x) && !(toks[x].bits & NP_STOP_WORD); x++) if (groupAt(x)) tailEnd = x + 1;
        }
        // "members of the factions and jihadist groups": a second group joined by "and" ends at its noun;
        // "of the security forces and the Ministry of Defence": a named one at its name's last word.
        if (tailEnd > 0 && toks[tailEnd]?.w === 'and') {
          const from = tailEnd;
          let x = toks[from + 1]?.w === 'the' ? from + 2 : from + 1;
          if (toks[x]?.bits & CAPITALISED) {
            for (; x < toks.length && x <= from + 7 && (toks[x].bits & CAPITALISED || (toks[x].w === 'of' && toks[x + 1]?.bits & CAPITALISED)); x++) tailEnd = x + 1;
          } else {
            for (x = from + 1; x <= from + 3 && x < toks.length && !ends(x) && !(toks[x].bits & NP_STOP_WORD); x++) if (groupAt(x)) tailEnd = x + 1;
          }
        }
      }
      if (tailEnd < 0) break;
      personEnd = tailEnd;
      j = tailEnd - 1;
      continue;
    }
    if (t.bits & NP_STOP_WORD && !isAcronym(t)) break;
    if (t.w.length > 4 && t.w.endsWith('ly')) break;
    if (t.bits & NON_PERSON_WORD && personEnd < 0 && !isAcronym(t)) {
      nonPerson = true;
      break;
    }
    lastWord = j;
  }
  if (nonPerson) return { start, end: j + 1, cls: 'nonperson' };
  if (personEnd >= 0) return { start, end: personEnd, cls: 'person', head: joinHeads(heads.length ? heads : names) };
  if (lastWord >= 0) return { start, end: lastWord + 1, cls: 'unknown' };
  return { start, end: start, cls: 'empty' };
}

// Nouns for armed bodies that end a named victim group: "the General Security forces".
// (Also the bodies of a security apparatus: "the Military Security branch", "the Political Security directorate".)
const GROUP_NOUNS = new Set([
  'forces', 'force', 'units', 'unit', 'brigade', 'brigades', 'battalion', 'battalions', 'division', 'militia', 'militias', 'faction', 'factions', 'group', 'groups', 'army', 'police', 'guard', 'guards', 'corps', 'movement', 'service', 'services',
  'branch', 'branches', 'directorate', 'department', 'agency', 'apparatus', 'command', 'wing', 'regiment', 'squad', 'squads', 'patrol', 'patrols', 'detachment', 'team', 'teams', 'cell', 'cells',
]);

/** A lower-case possessive owner before a name: "the army's Danab forces". */
function isOwner(toks: Tok[], k: number): boolean {
  return toks[k]?.kind === 'word' && toks[k].w.endsWith("'s") && !(toks[k].bits & CAPITALISED) && (toks[k + 1]?.bits & CAPITALISED) !== 0;
}

/** A name (or "the" name, or an owner's name) after "from": "fighters from Hayat Tahrir al-Sham". */
function namedAfter(toks: Tok[], k: number): boolean {
  if (toks[k]?.w === 'the') k++;
  return (toks[k]?.bits & CAPITALISED) !== 0 || isOwner(toks, k);
}

/** "…, officials said": a speaker after the comma, not another victim group. */
function reportedBy(toks: Tok[], j: number): boolean {
  for (let m = j; m < j + 6 && toks[m]?.kind === 'word'; m++) if (toks[m].w === 'said' || toks[m].w === 'says' || toks[m].w === 'told') return true;
  return false;
}

/** "troops", "women and children", "troops, militia and rebels". */
function joinHeads(h: string[]): string {
  if (h.length === 1) return h[0];
  const u = [...new Set(h)];
  return u.length <= 2 ? u.join(' and ') : `${u.slice(0, -1).join(', ')} and ${u[u.length - 1]}`;
}

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const LABELS = new Set(['district', 'zone', 'area', 'resolution', 'route', 'highway', 'article', 'no', 'number', 'brigade', 'division', 'unit', 'flight', 'sector', 'section', 'chapter', 'phase', 'level', 'road', 'gate', 'building', 'block', 'battalion', 'regiment', 'corps', 'page', 'version', 'verse']);
/** The harmed named as a group: "Three of the wounded died". */
export const HARMED_GROUPS: ReadonlySet<string> = new Set(['wounded', 'injured']);
const KIN_OF = new Set(['mother', 'father', 'parents', 'family', 'husband', 'wife', 'grandmother', 'grandfather', 'head', 'none', 'neither', 'one', 'each', 'any']);
const CURRENCY = new Set(['$', '€', '£', '¥', '#']);

/** True when the number is plainly not a head count: a date, year, age, time, unit, label, money or fraction. */
export function isNotAHeadCount(toks: Tok[], num: NumberPhrase, np: VictimPhrase): boolean {
  if (num.fraction || num.min + (num.max ?? 0) === 0) return true;
  if (np.cls === 'nonperson') return true;
  if (num.yearLike && np.cls !== 'person') return true;
  const first = toks[num.first];
  const core = toks[num.core];
  const last = toks[num.last];
  const prev = toks[num.first - 1];
  const prev2 = toks[num.first - 2];
  const next = toks[num.last + 1];
  // Dates: "July 25", "Oct. 5", "25 July".
  if (prev && (MONTHS.has(prev.w) || (prev.raw === '.' && prev2 && MONTHS.has(prev2.w))) && core.kind === 'num') return true;
  if (next && MONTHS.has(next.w) && next.w !== 'may' && last.kind === 'num') return true;
  // Glued to letters or other tokens: "F-16", "M4", "21st", "10km", "5pm", "2,000-year-old", "12:30".
  if (!first.spaced && prev && (prev.kind !== 'punct' || prev.raw === '-' || prev.raw === '/' || prev.raw === '.' || prev.raw === ':')) return true;
  // (A colon only between digits, "12:30": "the toll stands at 481: 231 soldiers …" ends a count.)
  const clock = next?.raw === ':' && toks[num.last + 2]?.kind === 'num' && !toks[num.last + 2].spaced;
  if (next && !next.spaced && (next.kind !== 'punct' || next.raw === '-' || next.raw === '/' || clock || next.raw === '%')) {
    // "twenty-three" was consumed by the parser; anything still glued on is a compound or a unit.
    return true;
  }
  if (next && (next.raw === '%' || next.w === 'percent' || (next.w === 'per' && toks[num.last + 2]?.w === 'cent'))) return true;
  if (prev && CURRENCY.has(prev.raw)) return true;
  if (prev && (prev.w === 'aged' || prev.w === 'ages' || (prev.w === 'of' && prev2?.w === 'age'))) return true;
  // The later ages of a list: "aged 9 and 12", "aged 10, 13 and 15".
  for (let j = num.first - 1; j >= num.first - 8 && j >= 0 && (toks[j].kind === 'num' || toks[j].raw === ',' || toks[j].w === 'and'); j--) {
    if (toks[j - 1]?.w === 'aged' || toks[j - 1]?.w === 'ages') return true;
  }
  if (next?.w === 'years' && toks[num.last + 2]?.w === 'old') return true;
  if (prev && LABELS.has(prev.w) && prev.bits & CAPITALISED && core.kind === 'num') return true;
  // "mother of 10 children", "none of the 12 passengers", "one of 12"
  if (prev?.w === 'of' && prev2 && KIN_OF.has(prev2.w)) return true;
  if (prev?.w === 'the' && prev2?.w === 'of' && KIN_OF.has(toks[num.first - 3]?.w ?? '')) return true;
  // "one" is mostly a pronoun or determiner: "one of", "no one", "one side".
  // (But "one of the wounded died": one of the harmed, counted by what befell them.)
  const ofHarmed = next?.w === 'of' && toks[num.last + 2]?.w === 'the' && HARMED_GROUPS.has(toks[num.last + 3]?.w ?? '');
  if (num.one && !ofHarmed && (next?.w === 'of' || next?.w === 'another' || prev?.w === 'no' || prev?.w === 'every' || prev?.w === 'any')) return true;
  if (num.one && (np.cls === 'unknown' || prev?.w === 'of')) return true;
  return false;
}
