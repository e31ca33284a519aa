import type { EntityMention, Paragraph } from '../types';
import { ActorTokens, CAP, isDash, POSS } from './actorTokens';
import { pairHash } from './actorHash';
import { PARTICLES } from './actorNames';
import { fastFold } from './actorText';
import type { People } from './actorPeople';
import type { ActorScan } from './actorScan';

/**
 * Later surname mentions of people already named ("Hourani said" after "Imad al-Hourani"). The
 * scan keeps a small row per capitalised token outside the dictionary matches: the token, whether
 * a free token follows, and the two key hashes. The resolver checks the hashes against the people
 * of the document and reads everything else again from the paragraph's tokens only on a hit: the
 * rows are kept with every cached scan, and with all their fields they were half its memory.
 */

/** Fields of one `ActorScan.caps` row: token index * 2 + (1 when the next token is outside the matches), hashes. */
const ROW = { token: 0, hash: 1, nextHash: 2, size: 3 } as const;

let scratch: number[] = [];

/** A row for every capitalised token outside `dictCovered` (the dictionary matches, and the ranges given to scanWith). */
export function surnameRows(t: ActorTokens, dictCovered: Uint8Array): number[] {
  let r = 0;
  const rows = scratch;
  for (let x = 0; x < t.leadCount; x++) {
    const k = t.leads[x];
    if (dictCovered[k] || !(t.flags[k] & CAP)) continue;
    const next = k + 1 < t.n && !dictCovered[k + 1];
    rows[r] = 2 * k + (next ? 1 : 0);
    rows[r + 1] = t.fh[k];
    rows[r + 2] = next ? t.fh[k + 1] : 0;
    r += ROW.size;
  }
  if (rows.length > 3 * 4096) scratch = [];
  return r === 0 ? NO_ROWS : rows.slice(0, r);
}

const NO_ROWS: number[] = [];
const local = new ActorTokens();

/**
 * Surname mentions in every paragraph. `kept[first[p] + x]`: name x of paragraph p is a mention
 * (a token inside one is no surname mention of its own).
 */
export function surnameMentions(text: string, paragraphs: Paragraph[], sc: ActorScan[], kept: Uint8Array, first: Int32Array, people: People): EntityMention[] {
  if (people.size === 0) return [];
  const out: EntityMention[] = [];
  const hashes = people.hashes;
  for (let p = 0; p < sc.length; p++) {
    const rows = sc[p].caps;
    let skip = -1;
    for (let r = 0; r < rows.length; r += ROW.size) {
      const k = rows[r + ROW.token] >> 1;
      if (k === skip) continue;
      const next = (rows[r + ROW.token] & 1) === 1;
      const pairMaybe = next && hashes.has(pairHash(rows[r + ROW.hash], rows[r + ROW.nextHash]));
      if (!pairMaybe && !hashes.has(rows[r + ROW.hash])) continue;
      // A hash hit: the rest comes from the paragraph's tokens, up to k + 1 (final once k + 2 is made).
      const s = sc[p];
      const t = local.src === s.text ? local.more(k + 3) : local.reset(s.text, k + 3);
      const name = nameAt(s, t, k);
      if (name >= 0 && kept[first[p] + name]) continue;
      const base = paragraphs[p].start;
      const start = base + t.start[k];
      let hit: EntityMention | undefined;
      let end = 0;
      if (pairMaybe && !(t.flags[k] & POSS)) {
        const nextName = nameAt(s, t, k + 1);
        if (!(nextName >= 0 && kept[first[p] + nextName])) {
          hit = people.lookup(`${t.fold(k)} ${t.fold(k + 1)}`, start);
          end = base + t.trimEnd(k + 1);
          if (hit) skip = k + 1;
        }
      }
      if (!hit && hashes.has(rows[r + ROW.hash])) {
        hit = people.lookup(t.fold(k), start);
        end = base + t.trimEnd(k);
      }
      if (!hit) continue;
      const from = particleBefore(t, k) ? givenBeforeParticle(text, base, base + t.start[k - 1], end, hit.canonical) : base + t.start[givenNamesBefore(t, k, hit.canonical)];
      out.push({ ...hit, start: from, end, text: text.slice(from, end) });
    }
  }
  return out;
}

/** Index of the scan's cued name holding token k, or -1. */
function nameAt(s: ActorScan, t: ActorTokens, k: number): number {
  const at = t.start[k];
  const names = s.names;
  for (let x = 0; x < names.length; x++) if (names[x].start <= at && at < names[x].end) return x;
  return -1;
}

/**
 * The first token of the person's full name when the words before the surname at token k repeat
 * the canonical name's ("- Mustafa Bali, SDF |" is the whole name again, not only "Bali"); else k.
 */
function givenNamesBefore(t: ActorTokens, k: number, canonical: string): number {
  if (k === 0 || !(t.flags[k - 1] & CAP) || t.start[k] - t.end[k - 1] !== 1) return k;
  const words = canonical.split(/\s+/).map(fastFold);
  let i = words.lastIndexOf(t.fold(k));
  let m = k;
  while (i > 0 && m > 0 && t.fold(m - 1) === words[i - 1] && t.start[m] - t.end[m - 1] === 1) {
    m--;
    i--;
  }
  return m;
}

/** "— Khalid al-Atbi, Martyrs Foundation": the canonical name's given names spelled out before "al-Atbi" join it. */
function givenBeforeParticle(text: string, base: number, from: number, end: number, canonical: string): number {
  const tail = end - from;
  if (canonical.length <= tail || canonical.slice(-tail).toLowerCase() !== text.slice(from, end).toLowerCase()) return from;
  const head = canonical.length - tail;
  return from - head >= base && text.slice(from - head, from).toLowerCase() === canonical.slice(0, head).toLowerCase() ? from - head : from;
}

/** "al-Hourani": a lower-case particle hyphened to the surname starts the mention. */
function particleBefore(t: ActorTokens, k: number): boolean {
  const prev = k - 1;
  return prev >= 0 && PARTICLES.text(t, prev) && t.start[k] - t.end[prev] === 1 && isDash(t.src.charCodeAt(t.end[prev]));
}
