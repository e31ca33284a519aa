import type { EntityMention } from '../types';

/**
 * The record around a figure, read from its sentence: the actor its victims belong to, the place
 * the sentence ties it to, the period it covers and who reported it. Entities come from the
 * recognisers; everything here also works (returning less) when there are none.
 */

/**
 * Canonical name of an actor named inside the victim phrase ("IS militants" → Islamic State), not
 * a sponsor: in "members of the US-backed SDF" the victims are the SDF's, in "Iran-backed militias" no actor's.
 */
export function victimActorOf(text: string, entities: EntityMention[], start: number, end: number): string | undefined {
  const owns = (e: EntityMention) => e.kind === 'actor' && e.start >= start && e.end <= end && !SPONSOR.test(text.slice(e.end, e.end + 12));
  const first = entities.find(owns);
  // "fighters from Lebanon's Hezbollah movement": a state's possessive before a group is not whose they are.
  if (first?.type === 'state' && POSSESSIVE.test(text.slice(first.end, first.end + 3))) return entities.find((e) => e !== first && owns(e) && e.start >= first.end)?.canonical ?? first.canonical;
  return first?.canonical;
}

const POSSESSIVE = /^['’]s\s/;

const SPONSOR = /^[-‐‑–]\s?(?:backed|led|allied|affiliated|linked|supported|sponsored|funded|armed|trained|aligned)\b/i;

// A place is tied to a figure when a locative word leads up to it ("in the northern Syrian town of Kobane"),
// or a verb of striking whose object it is ("Dozens killed as jets pound rebel-held Eastern Ghouta").
const LOCATIVE_WORDS = new Set([
  'in', 'near', 'at', 'outside', 'around', 'of', 'across', 'from', 'into', 'on', 'inside', 'throughout', 'toward', 'towards', 'between', 'and',
  'pound', 'pounds', 'pounded', 'pounding', 'hit', 'hits', 'hitting', 'shell', 'shells', 'shelled', 'shelling', 'bomb', 'bombs', 'bombed', 'bombing',
  'bombard', 'bombards', 'bombarded', 'bombarding', 'strike', 'strikes', 'struck', 'striking', 'target', 'targets', 'targeted', 'targeting', 'rock', 'rocks', 'rocked',
]);
// Clause breaks between a figure and a place make the place belong to another event.
const CLAUSE_BREAK = /;|,\s+(?:as|while|but|whereas|and|after|when)\b|\bwhile\b|\bwhereas\b|—/i;

/** Canonical name of the place in the same clause, nearest the figure, that a locative word introduces. */
export function placeOf(text: string, sentenceStart: number, entities: EntityMention[], figStart: number, figEnd: number): string | undefined {
  let best: EntityMention | undefined;
  let bestScore = Infinity;
  for (const e of entities) {
    if (e.kind !== 'place') continue;
    if (!locativeLead(text, Math.max(sentenceStart, e.start - 45), e.start)) continue;
    const between = e.start >= figEnd ? text.slice(figEnd, e.start) : text.slice(e.end, figStart);
    let score = between.length + (CLAUSE_BREAK.test(between) ? 1000 : 0) + (e.start < figStart ? 20 : 0);
    // Prefer the town to the country in "Syria's Aleppo" / "in Aleppo, Syria".
    if (e.type === 'country') score += 30;
    if (score < bestScore) { best = e; bestScore = score; }
  }
  // "Idlib: 31 killed, including 9 children" (a toll by place, a line each): the place heading the line.
  if (!best) best = entities.find((e) => e.kind === 'place' && e.start < figStart && HEADING_GAP.test(text.slice(sentenceStart, e.start)) && text.charCodeAt(e.end) === 58);
  // "in the town of Maarat al-Numan in Syria's northwestern Idlib province": the town, not its province.
  for (let k = best ? entities.indexOf(best) - 1 : -1; k >= 0 && best; k--) {
    const e = entities[k];
    if (e.kind !== 'place' || e.type === 'country') continue;
    if (!CONTAINER_GAP.test(text.slice(e.end, best.start)) || !locativeLead(text, Math.max(sentenceStart, e.start - 45), e.start)) break;
    best = e;
  }
  return best?.canonical;
}

// Before a place heading its line: nothing but a bullet and spaces.
const HEADING_GAP = /^[\s•·*–—-]*$/;
// Between a place and the division or town holding it: "X in Syria's northwestern Y", "X, in the Y".
const CONTAINER_GAP = /^,?\s+(?:in|of)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$/u;

import type { Tok } from './sentenceTokens';
import { wordBit } from './wordTable';

// Each period pattern, sticky, tried only at the words that can start it (a bit per pattern).
const PERIODS: RegExp[] = [
  /\b(?:in|over|during|within|throughout)\s+the\s+(?:past|last|previous|first|preceding)\s+(?:(?:\d+|[a-z]+(?:-[a-z]+)?)\s+)?(?:hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?)\b/iy,
  /\bsince\s+(?:(?:the\s+)?(?:start|beginning|outbreak|onset|launch)\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}|(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last\s+\w+)(?:\s+\d{1,4})?|(?:19|20)\d\d|[^,.;]{1,50}?\b(?:19|20)\d\d\b)/iy,
  /\bin\s+(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|recent)\s+(?:hours?|days?|weeks?|months?|years?)\b/iy,
  /\b(?:so\s+far\s+this|earlier\s+this|this|last)\s+(?:year|month|week)\b|\bso\s+far\b|\bto\s+date\b|\bovernight\b/iy,
];
const PERIOD_STARTS = new Map<string, number>([
  ['in', 0b101], ['over', 1], ['during', 1], ['within', 1], ['throughout', 1], ['since', 0b10],
  ['so', 0b1000], ['earlier', 0b1000], ['this', 0b1000], ['last', 0b1000], ['to', 0b1000], ['overnight', 0b1000],
]);
const PERIOD_START = wordBit((w) => PERIOD_STARTS.has(w));

/**
 * The period a figure covers: "in the past 24 hours", "since Sunday", "since 2011", "in four days".
 * `sentence` is text[offset, …) and `toks` its tokens. The first pattern that matches anywhere wins.
 */
export function periodOf(sentence: string, toks: readonly Tok[], offset: number): string | undefined {
  // One pass finds the words that can start a pattern (most sentences have a few: "in", "to", "last").
  let any = 0;
  let n = 0;
  for (const t of toks) {
    if (!(t.bits & PERIOD_START)) continue;
    const bits = PERIOD_STARTS.get(t.w)!;
    any |= bits;
    starts[n] = t.start;
    startBits[n++] = bits;
  }
  for (let r = 0; r < PERIODS.length; r++) {
    if (!(any & (1 << r))) continue;
    const re = PERIODS[r];
    for (let k = 0; k < n; k++) {
      if (!(startBits[k] & (1 << r))) continue;
      re.lastIndex = starts[k] - offset;
      const m = re.exec(sentence);
      if (m) return tidy(m[0]);
    }
  }
  return undefined;
}

// The candidate starts of periodOf, reused (a sentence has at most as many as it has words).
const starts: number[] = [];
const startBits: number[] = [];

// Collapse whitespace and drop a dangling preposition: "since the start of the campaign in" → "… campaign".
function tidy(period: string): string {
  const p = /^\S+(?: \S+)*$/.test(period) ? period : period.replace(/\s+/g, ' ');
  return /\s(?:in|on|at|of|by|and|the|against)$/i.test(p) ? p.replace(/\s+(?:in|on|at|of|by|and|the|against)$/i, '') : p;
}

/**
 * `/\b(?:in|near|…|and)\b[^,;.!?]{0,40}$/i.test(text.slice(lo, hi))`, read backwards from `hi`
 * without the slice: the word runs (ASCII \w, as \b sees them) ending at most 40 code units
 * before `hi`, with none of , ; . ! ? after them. The regex tried every start position of the lead.
 */
function locativeLead(text: string, lo: number, hi: number): boolean {
  let k = hi;
  while (k > lo) {
    const c = text.charCodeAt(k - 1);
    if (c === 44 || c === 59 || c === 46 || c === 33 || c === 63) return false;
    if (!isWordCode(c)) {
      k--;
      continue;
    }
    const j = k;
    if (hi - j > 40) return false;
    while (k > lo && isWordCode(text.charCodeAt(k - 1))) k--;
    if (j - k >= 2 && j - k <= 10 && LOCATIVE_WORDS.has(text.slice(k, j).toLowerCase())) return true;
  }
  return false;
}

/** A code unit of the regex class \w without the u flag: [A-Za-z0-9_]. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
