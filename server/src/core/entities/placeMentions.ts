import type { EntityMention } from '../types';
import type { Place } from './placeTypes';
import type { CueMention } from './placeCues';
import { foldName } from '../text/fold';

/* The place mentions resolvePlaces makes besides the gazetteer's: spans of divisions, cue-named places. */

const DIVISION_NOUN = / (?:province|region|governorate)$/i;

/**
 * A division's span ends before a trailing "province"/"region" that is no part of its name
 * ("Balochistan province" → "Balochistan"), or that its name goes without ("Sagaing Region" → "Sagaing").
 */
export function divisionNameEnd(text: string, start: number, end: number, place: Place): number {
  if (place.type !== 'admin1') return end;
  const spelled = text.slice(start, end);
  const m = DIVISION_NOUN.exec(spelled);
  if (!m) return end;
  const bare = spelled.slice(0, -m[0].length).toLowerCase();
  const trim = !place.name.toLowerCase().endsWith(m[0].toLowerCase()) || place.aliases.some((a) => a.toLowerCase() === bare);
  return trim ? end - m[0].length : end;
}

/** Adds a paragraph's cue-named places that overlap neither its known places nor each other, keeping it sorted. */
export function addCues(out: EntityMention[], first: number, base: number, cues: readonly CueMention[]): void {
  let known = out.length;
  for (const q of cues) {
    const start = base + q.start;
    const end = base + q.end;
    const clashes: number[] = [];
    for (let k = first; k < out.length; k++) if (out[k].start < end && start < out[k].end) clashes.push(k);
    if (clashes.length && !(q.whole && clashes.every((k) => k < known && replaces(q, start, end, out[k])))) continue;
    for (let c = clashes.length - 1; c >= 0; c--) out.splice(clashes[c], 1);
    known -= clashes.length;
    out.push(unknownPlace(start, end, q.name, q.type));
  }
  if (out.length > known) {
    const part = out.splice(first).sort((a, b) => a.start - b.start);
    for (const m of part) out.push(m);
  }
}

/** A place named in the text that the gazetteer does not hold (or not in that country). */
export function unknownPlace(start: number, end: number, name: string, type: EntityMention['type']): EntityMention {
  return { kind: 'place', start, end, text: name, canonical: name, type, inDictionary: false, key: `place:unknown:${foldName(name)}` };
}

/** Whether a longer site or cue name may replace a known place lying inside it. */
function replaces(q: CueMention, start: number, end: number, m: EntityMention): boolean {
  if (m.start < start || m.end > end || end - start <= m.end - m.start) return false;
  if (q.whole === 'any') return true;
  const major = m.type === 'country' || m.type === 'admin1' || m.type === 'city';
  if (q.whole === 'minor') return !major;
  // 'extend': the same start, continued by an article name ("Souq al-Juma", "Wadi al-Shay") or a minor place's next word.
  return m.start === start && (/^[ -](?:al|el|as|ash|ad|ar|az|an|at)-/.test(q.name.slice(m.end - start)) || !major);
}

