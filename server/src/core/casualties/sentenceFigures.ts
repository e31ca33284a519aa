import type { Tok } from './sentenceTokens';
import type { NumberPhrase } from './numberWords';
import { findNumbers, parseNumberAt } from './numberWords';
import type { VictimPhrase } from './nounPhrase';
import { parseVictimPhrase } from './nounPhrase';
import { HARMED_GROUPS, isNotAHeadCount } from './headCount';
import { harmAt } from './harmWords';
import type { Link } from './linking';
import { linkAfter, skipAside } from './linking';
import { afterListItems } from './listItems';
import { linkBefore } from './linkBefore';
import { COLLECTIVE, DISPLACED_NOUNS, PERSON_NOUNS } from './victimWords';
import { inheritFromLists } from './figureLists';
import { pastToll } from './tolls';
import { OF_WHOM, colonHarm, hypothetical, labelBefore, opensSubset } from './clauseCues';

/** A casualty figure found in one sentence, before context (place, source, period) is added. */
export interface SentenceFigure {
  num: NumberPhrase;
  np: VictimPhrase;
  link: Link;
  victims: string;
  /** Index (in this sentence's figures) of the parent figure, or 'previous' for the last figure before this sentence. */
  subsetOf?: number | 'previous';
}

/** A count being read: its number and victim phrase, and what it turns out to be linked to. */
export interface Candidate {
  num: NumberPhrase;
  np: VictimPhrase;
  link?: Link;
  victims?: string;
  /** Candidate index of the parent, 'previous' for one before the sentence, 'next' for "3 Pakistanis among 7 …". */
  parent?: number | 'previous' | 'next';
  ofThem?: boolean;
  /** "five of the wounded": its victims are a group named by their harm. */
  harmedGroup?: boolean;
  /** "30 war-wounded": the victim noun is a compound of the harm. */
  warWounded?: boolean;
}

/** The victim phrase of "war-wounded" at j: the person noun after the compound, if any. */
function woundedPhrase(toks: Tok[], j: number, num: NumberPhrase): VictimPhrase {
  const after = parseVictimPhrase(toks, j + 3, num);
  return after.cls === 'person' ? { ...after, start: j } : { start: j, end: j + 3, cls: 'person', head: 'people' };
}

const INCLUDED = new Set(['included', 'include', 'includes']);
const PARTITIVE = new Set(['their', 'the', 'his', 'its', 'her', 'our', 'my']);
// Captured suspects and militants are arrested (by the state), not kidnapped: "14 militants had been captured".
const SUSPECTS = new Set(['suspects', 'suspect', 'detainees', 'wanted', 'militants', 'terrorists', 'jihadists', 'insurgents', 'attackers', 'assailants', 'gunmen', 'bombers']);

/** Finds the casualty figures of one tokenised sentence. */
export function analyseSentence(toks: Tok[]): SentenceFigure[] {
  const cands: Candidate[] = [];
  // The first tokens of wholes already read as a part's ("the 15" of "Two of the 15 hostages").
  const wholes = new Set<number>();
  for (const num of findNumbers(toks)) {
    if (wholes.has(num.first)) continue;
    let j = num.last + 1;
    // "135 of them civilians", "12 of whom were women"
    const ofThem = toks[j]?.w === 'of' && OF_WHOM.has(toks[j + 1]?.w ?? '');
    if (ofThem) j += toks[j + 2]?.w === 'were' || toks[j + 2]?.w === 'are' ? 3 : 2;
    // A partitive: "12 of their fighters", "five of the wounded", "two of his bodyguards".
    const partitive = !ofThem && toks[j]?.w === 'of' && PARTITIVE.has(toks[j + 1]?.w ?? '');
    if (partitive) j += 2;
    // "45 of 62 drones", "30 of the 35 missiles": a part of things counted is not a head count.
    const partOf = toks[j]?.w === 'of' && !num.vague ? j + 1 : toks[j - 2]?.w === 'of' && PARTITIVE.has(toks[j - 1].w) ? j : -1;
    const whole = partOf > 0 ? parseNumberAt(toks, partOf) : null;
    const wholeNp = whole ? parseVictimPhrase(toks, whole.last + 1, whole) : null;
    if (wholeNp?.cls === 'nonperson') continue;
    // "Two of the 15 hostages were killed": the part is of the whole's people, and the whole is no figure of its own.
    if (whole && wholeNp?.cls === 'person') {
      wholes.add(whole.first);
      j = whole.last + 1;
    }
    // "an eight-member family": the count of a household, glued to its noun.
    const member = toks[j]?.raw === '-' && !toks[j].spaced && toks[j + 1]?.w === 'member' && COLLECTIVE.has(toks[j + 2]?.w ?? '');
    if (member) j += 2;
    // "Three of the wounded died": the harmed named as a group are the victims; the verb after them says what befell them.
    const harmedGroup = partitive && HARMED_GROUPS.has(toks[j]?.w ?? '');
    // "more than 30 war-wounded (patients)": the compound says their harm; a person noun may follow.
    const warWounded = toks[j]?.w === 'war' && toks[j + 1]?.raw === '-' && !toks[j + 1].spaced && HARMED_GROUPS.has(toks[j + 2]?.w ?? '');
    const np = harmedGroup ? { start: j, end: j + 1, cls: 'person' as const, head: 'people' } : warWounded ? woundedPhrase(toks, j, num) : parseVictimPhrase(toks, j, num);
    if (member ? !num.fraction && num.min > 1 && np.cls === 'person' : !isNotAHeadCount(toks, num, np)) cands.push({ num, np, ofThem, harmedGroup, warWounded });
  }
  if (cands.length === 0) return [];
  // The last figure that can be a parent, tracked as we go (a long list must stay linear).
  let parent: number | undefined;
  cands.forEach((c, i) => {
    attach(toks, cands, c, parent);
    if (c.link && typeof c.parent !== 'number') parent = i;
  });
  inheritFromLists(toks, cands);
  // "3 Pakistanis among 7 …": the parent is the next linked count.
  const nextLinked: (number | undefined)[] = [];
  for (let i = cands.length - 1, n: number | undefined; i >= 0; i--) {
    nextLinked[i] = n;
    if (cands[i].link) n = i;
  }
  for (const [i, c] of cands.entries()) {
    const n = nextLinked[i];
    if (c.parent === 'next' && !c.link && n !== undefined) c.link = { ...cands[n].link!, kind: 'after' };
  }
  // Candidate index -> index among the kept figures (-1: not a figure).
  const keptIndex: number[] = [];
  let nKept = 0;
  for (const c of cands) keptIndex.push(c.link ? nKept++ : -1);
  const out: SentenceFigure[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (!c.link || hypothetical(toks, c)) continue;
    let subsetOf: number | 'previous' | undefined;
    const parent = typeof c.parent === 'number' ? c.parent : c.parent === 'next' ? nextLinked[i] : undefined;
    if (parent !== undefined && keptIndex[parent] >= 0) subsetOf = keptIndex[parent];
    else if (c.parent === 'previous') subsetOf = 'previous';
    const victims = c.victims ?? c.np.head ?? c.link.victimsAfter ?? 'people';
    // "Security forces seized 12 suspects": suspects are arrested, not kidnapped ("killed five militants and captured two others" too).
    // ("… militants had been killed and that dozens had been captured": a bare count after them is of them.)
    const ofThose = (victims === 'others' || c.np.cls === 'empty') && i > 0 && SUSPECTS.has(cands[i - 1].np.head ?? '');
    const suspects = SUSPECTS.has(victims) || ofThose || (typeof subsetOf === 'number' && out[subsetOf]?.link.outcome === 'arrested');
    const link = c.link.outcome === 'kidnapped' && suspects ? { ...c.link, outcome: 'arrested' as const } : c.link;
    out.push({ num: pastToll(toks, c.num, link), np: c.np, link, victims, subsetOf });
  }
  return out;
}

/** Decides whether a candidate is a figure, and of what, from the words around it. */
function attach(toks: Tok[], cands: Candidate[], c: Candidate, parent: number | undefined): void {
  // "including 41 civilians", "among them four children", "135 of them civilians"
  if (c.ofThem || opensSubset(toks, c.num.first)) {
    // "… 24 wounded, and that the dead soldiers included two officers": the group before "included" is the whole.
    const named = parent !== undefined && INCLUDED.has(toks[c.num.first - 1]?.w ?? '') ? linkBefore(toks, c.num, c.np) : null;
    if (named && named.outcome !== cands[parent!].link!.outcome) {
      c.link = named;
      return;
    }
    if (parent !== undefined) {
      // "took 200 prisoners and executed dozens of them", "150 wounded, seven of whom died": a verb of
      // its own gives the subset its outcome.
      const later = c.ofThem && c.np.cls !== 'person' ? linkAfter(toks, c.np, c.num) : null;
      const own = later ?? (c.ofThem ? linkBefore(toks, c.num, c.np) : null);
      c.link = { ...(own && own.kind !== 'among' && own.kind !== 'toll' ? own : cands[parent].link!), kind: 'after' };
      c.parent = parent;
      return;
    }
    // "The dead were distributed as follows: 12 civilians …": the harm named before the colon.
    const harm = colonHarm(toks, c.num.first);
    if (harm) {
      c.link = harm;
      return;
    }
  }
  if (c.warWounded) {
    c.link = { outcome: 'wounded', kind: 'bare', harmEnd: c.np.start + 3 };
    return;
  }
  const after = linkAfter(toks, c.np, c.num);
  const before = linkBefore(toks, c.num, c.np);
  const link = after?.kind === 'after' && !(after.relative && before) ? after : before ?? after;
  if (link) {
    c.link = link;
    if (link.kind === 'among') c.parent = parent ?? 'previous';
    return;
  }
  // "- Lattakia governorate: 762 civilians, …": a count of people after a label opening the sentence
  // is an item of a breakdown of the figure before it.
  if (c.np.cls === 'person' && parent === undefined && labelBefore(toks, c.num.first)) {
    c.parent = 'previous';
    c.link = { outcome: 'killed', kind: 'among', harmEnd: -1 };
    return;
  }
  // "Five of the wounded are in critical condition": no verb of harm after them, the group says it.
  if (c.harmedGroup) {
    // "… three of the wounded being treated there had died": a death later in their clause.
    for (let k = c.np.end; k < toks.length && k < c.np.end + 8 && toks[k].kind !== 'punct'; k++) {
      const h = harmAt(toks, k);
      if (h?.outcome === 'killed' && h.part !== 'noun') {
        c.link = { outcome: 'killed', kind: 'after', harmEnd: k + h.len };
        return;
      }
    }
    c.link = { outcome: 'wounded', kind: 'bare', harmEnd: c.np.end };
    return;
  }
  // "6.5 million refugees": the noun itself says they were displaced.
  if (c.np.cls === 'person' && DISPLACED_NOUNS.has(toks[c.np.end - 1]?.w ?? '')) {
    c.link = { outcome: 'displaced', kind: 'bare', harmEnd: c.np.end };
    return;
  }
  let at = c.np.end;
  // ("Four Americans – two US service members, … and a contractor – were among": past a dashed aside.)
  if (toks[at]?.raw === '–' || toks[at]?.raw === '—') at = skipAside(toks, at, false) || at;
  // ("two US service members, a civilian employee and a contractor – were among": past the list's other items.)
  else if (toks[at]?.raw === ',' || toks[at]?.w === 'and') at = afterListItems(toks, at);
  if (toks[at]?.w === 'were' || toks[at]?.w === 'are') at += toks[at + 1]?.w === 'among' ? 1 : 0;
  // "3 Pakistanis among 7 terrorists gunned down": a subset of the count that follows.
  if (toks[at]?.w === 'among' && c.np.cls === 'person') {
    c.parent = 'next';
    return;
  }
  // "22 of the dead were fighters … and 17 were from the Giants Brigades": a further part of the same whole.
  if (c.np.cls === 'empty' && parent !== undefined && (toks[at]?.w === 'were' || toks[at]?.w === 'are') && toks[at + 1]?.w === 'from') {
    c.parent = cands[parent].parent ?? parent;
    c.link = { ...cands[parent].link!, kind: 'after' };
    return;
  }
  // "seven were women and two were children": a breakdown of the figure before it.
  if (c.np.cls === 'empty' && (toks[at]?.w === 'were' || toks[at]?.w === 'are')) {
    let k = at + 1;
    while (toks[k]?.w === 'all' || toks[k]?.w === 'also' || toks[k]?.w === 'reportedly') k++;
    if (toks[k] && PERSON_NOUNS.has(toks[k].w)) {
      c.victims = toks[k].w;
      c.parent = parent ?? 'previous';
      c.link = parent !== undefined ? { ...cands[parent].link!, kind: 'after' } : { outcome: 'killed', kind: 'among', harmEnd: -1 };
    }
  }
}
