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
      // (Not into the next count: "eight Iranians, two Syrians and one Lebanese".)
      if (t.raw === ',' && personEnd >= 0 && next?.kind === 'word' && !(next.bits & NP_STOP_WORD) && !harmAt(toks, j + 1) && !next.w.endsWith('ly') && !reportedBy(toks, j + 1) && !parseNumberAt(toks, j + 1)) continue;
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
      // A lower-case modifier hyphened onto the next word, before a name: "the pro-government National Defence Forces".
      const modifier = (x: number) => toks[x].kind === 'word' && x + 2 < toks.length && glued(toks[x + 1]) && toks[x + 2].kind === 'word';
      const nameWord = (x: number) => x < toks.length && (toks[x].bits & CAPITALISED || glued(toks[x]) || (toks[x].kind === 'word' && (glued(toks[x - 1]) || article(x) || modifier(x))) || ordinal(x));
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
          for (let x = j + 1; x <= j + 4 && x < toks.length && !ends(x) && !(toks[x].bits & NP_STOP_WORD); x++) if (groupAt(x)) tailEnd = x + 1;
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
