import type { EntityMention, Paragraph } from '../types';
import { unknownPlace } from './placeMentions';

/*
 * A place the gazetteer lacks, once named by a cue ("Moura, a town of about 10,000", "the villages of
 * Kocho and Hardan"), is the same place when its name comes again nearby without one: "arrested 51
 * others in Moura", "a woman from Moura".
 */

/** Paragraphs before and after a cue-named place where its bare name is looked for (about an article). */
const REACH = 25;
/** A name of capitalised words, joined by spaces, hyphens or Arabic articles ("Qala-e-Jawz", "Souq al-Juma"). */
const NAMED = /^\p{Lu}[\p{L}\p{M}'’]*(?:[ -](?:(?:al|el|ad|ar|as|ash|at|az|an|e)-)?\p{Lu}[\p{L}\p{M}'’]*)*$/u;
const LETTER = /[\p{L}\p{M}\d]/u;

/** `out` (sorted by start) with the repeated mentions of its cue-named places added, still sorted. */
export function withRepeats(text: string, paragraphs: readonly Paragraph[], out: EntityMention[]): EntityMention[] {
  // Each name with the paragraph positions (in `paragraphs`) where a cue named it.
  const named = new Map<string, { type: EntityMention['type']; at: number[] }>();
  let p = 0;
  for (const m of out) {
    if (m.inDictionary || m.text.length < 4 || !NAMED.test(m.text)) continue;
    while (p + 1 < paragraphs.length && paragraphs[p].end <= m.start) p++;
    const seen = named.get(m.text);
    if (seen) seen.at.push(p);
    else named.set(m.text, { type: m.type, at: [p] });
  }
  if (!named.size) return out;
  const added: EntityMention[] = [];
  for (const [name, { type, at }] of named) {
    let from = 0;
    for (const q of at) {
      // Each paragraph once per name, though cues name it in several nearby.
      const lo = Math.max(from, q - REACH);
      const hi = Math.min(paragraphs.length - 1, q + REACH);
      for (let i = lo; i <= hi; i++) findIn(text, paragraphs[i], name, type, added);
      from = hi + 1;
    }
  }
  if (!added.length) return out;
  return mergeFree(out, added);
}

function findIn(text: string, para: Paragraph, name: string, type: EntityMention['type'], added: EntityMention[]): void {
  for (let k = para.text.indexOf(name); k >= 0; k = para.text.indexOf(name, k + name.length)) {
    const start = para.start + k;
    const end = start + name.length;
    if (k > 0 && LETTER.test(para.text[k - 1])) continue;
    if (end < para.end && LETTER.test(text[end]) && !/^['’]s\b/u.test(text.slice(end, end + 3))) continue;
    added.push(unknownPlace(start, end, name, type));
  }
}

/** The two lists merged by start, dropping added mentions that overlap a found one (or an earlier added one). */
function mergeFree(out: EntityMention[], added: EntityMention[]): EntityMention[] {
  added.sort((a, b) => a.start - b.start);
  const all: EntityMention[] = [];
  let j = 0;
  for (const m of out) {
    for (; j < added.length && added[j].start < m.start; j++) if (added[j].end <= m.start && free(all, added[j])) all.push(added[j]);
    all.push(m);
  }
  for (; j < added.length; j++) if (free(all, added[j])) all.push(added[j]);
  return all;
}

function free(all: EntityMention[], m: EntityMention): boolean {
  return !all.length || all[all.length - 1].end <= m.start;
}
