import type { EntityMention } from '../types';

/**
 * The record around a figure, read from its sentence: the actor its victims belong to, the place
 * the sentence ties it to, the period it covers and who reported it. Entities come from the
 * recognisers; everything here also works (returning less) when there are none.
 */

/** Canonical name of an actor named inside the victim phrase ("IS militants" → Islamic State). */
export function victimActorOf(entities: EntityMention[], start: number, end: number): string | undefined {
  return entities.find((e) => e.kind === 'actor' && e.start >= start && e.end <= end)?.canonical;
}

// A place is tied to a figure when a locative word leads up to it ("in the northern Syrian town of Kobane").
const LOCATIVE = /\b(?:in|near|at|outside|around|of|across|from|into|on|inside|throughout|toward|towards|between|and)\b[^,;.!?]{0,40}$/i;
// Clause breaks between a figure and a place make the place belong to another event.
const CLAUSE_BREAK = /;|,\s+(?:as|while|but|whereas|and|after|when)\b|\bwhile\b|\bwhereas\b|—/i;

/** Canonical name of the place in the same clause, nearest the figure, that a locative word introduces. */
export function placeOf(text: string, sentenceStart: number, entities: EntityMention[], figStart: number, figEnd: number): string | undefined {
  let best: EntityMention | undefined;
  let bestScore = Infinity;
  for (const e of entities) {
    if (e.kind !== 'place') continue;
    const lead = text.slice(Math.max(sentenceStart, e.start - 45), e.start);
    if (!LOCATIVE.test(lead)) continue;
    const between = e.start >= figEnd ? text.slice(figEnd, e.start) : text.slice(e.end, figStart);
    let score = between.length + (CLAUSE_BREAK.test(between) ? 1000 : 0) + (e.start < figStart ? 20 : 0);
    // Prefer the town to the country in "Syria's Aleppo" / "in Aleppo, Syria".
    if (e.type === 'country') score += 30;
    if (score < bestScore) { best = e; bestScore = score; }
  }
  return best?.canonical;
}

const PERIODS = [
  /\b(?:in|over|during|within|throughout)\s+the\s+(?:past|last|previous|first|preceding)\s+(?:(?:\d+|[a-z]+(?:-[a-z]+)?)\s+)?(?:hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?)\b/i,
  /\bsince\s+(?:(?:the\s+)?(?:start|beginning|outbreak|onset|launch)\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}|(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last\s+\w+)(?:\s+\d{1,4})?|(?:19|20)\d\d|[^,.;]{1,50}?\b(?:19|20)\d\d\b)/i,
  /\bin\s+(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|recent)\s+(?:hours?|days?|weeks?|months?|years?)\b/i,
  /\b(?:so\s+far\s+this|earlier\s+this|this|last)\s+(?:year|month|week)\b|\bso\s+far\b|\bto\s+date\b|\bovernight\b/i,
];

/** The period a figure covers: "in the past 24 hours", "since Sunday", "since 2011", "in four days". */
export function periodOf(sentence: string): string | undefined {
  for (const re of PERIODS) {
    const m = re.exec(sentence);
    // Drop a dangling preposition: "since the start of the campaign in" → "… campaign".
    if (m) return m[0].replace(/\s+/g, ' ').replace(/\s+(?:in|on|at|of|by|and|the|against)$/i, '');
  }
  return undefined;
}

const CUE = /\b(?:according to|said|says|say|told|tells|reported|reports|reporting|stated|announced|claimed|confirmed|added)\b/gi;
const PRONOUN = /^(?:he|she|they|it|we|i|you)$/i;

/** Who reported the figure: the actor at a reporting verb nearest the figure, or the literal phrase. */
export function sourceOf(text: string, start: number, end: number, entities: EntityMention[], figStart: number): string | undefined {
  const s = text.slice(start, end);
  let best: { dist: number; value: string } | undefined;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(s); m; m = CUE.exec(s)) {
    const cueStart = start + m.index;
    const cueEnd = cueStart + m[0].length;
    const cue = m[0].toLowerCase();
    // "are reported to have been killed", "are said to": hedges, not attribution.
    const rest = s.slice(m.index + m[0].length);
    if (/\b(?:are|were|was|is|been|be)\s+$/i.test(s.slice(Math.max(0, m.index - 6), m.index)) && /^\s+to\b/.test(rest)) continue;
    // "reported dead", "claimed by Daesh", "claimed the lives": not attribution either.
    if (/^\s+(?:dead|killed|missing|wounded|injured|by|the\s+lives|responsibility)\b/i.test(rest)) continue;
    // "…, said the Syrian Observatory": after a comma or closing quote the speaker follows the verb.
    const inverted = cue !== 'told' && /[,”"]\s*$/.test(s.slice(Math.max(0, m.index - 3), m.index));
    const value =
      cue === 'according to'
        ? named(entities, cueEnd, 25, 'after') ?? literalAfter(text, cueEnd, end)
        : inverted
          ? named(entities, cueEnd, 20, 'after') ?? literalAfter(text, cueEnd, end)
          : named(entities, cueStart, 70, 'before') ?? literalBefore(text, start, cueStart);
    if (!value) continue;
    const dist = Math.abs(cueStart - figStart);
    if (!best || dist < best.dist) best = { dist, value };
  }
  return best?.value;
}

function named(entities: EntityMention[], at: number, within: number, side: 'before' | 'after'): string | undefined {
  let hit: EntityMention | undefined;
  for (const e of entities) {
    if (e.kind !== 'actor') continue;
    if (side === 'before' && e.end <= at && at - e.end <= within && (!hit || e.end > hit.end)) hit = e;
    if (side === 'after' && e.start >= at && e.start - at <= within && (!hit || e.start < hit.start)) hit = e;
  }
  return hit?.canonical;
}

function literalBefore(text: string, floor: number, at: number): string | undefined {
  const lead = text.slice(floor, at);
  const m = /([A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,5})\s*$/.exec(lead.split(/[,;:"“”(]/).pop() ?? '');
  // Drop a leading connective and trailing auxiliaries: "with the Observatory reporting", "The group has reported".
  const v = m?.[1].trim().replace(/^(?:with|and|but|as|while|that)\s+/i, '').replace(/(?:\s+(?:has|have|had|was|were|is|are|also))+$/i, '');
  return v && !PRONOUN.test(v) ? v : undefined;
}

function literalAfter(text: string, at: number, end: number): string | undefined {
  const m = /^\s*([^,.;:"“”()]{2,60})/.exec(text.slice(at, end));
  return m?.[1].trim() || undefined;
}
