import type { EntityMention, Paragraph } from '../types';

/**
 * Acronyms an article defines: "the Turkish Armed Forces (TAF)", "the Hamza Brigade (HB)". The
 * acronym in brackets right after an actor's name is a mention of that actor, and so is every later
 * use of it, written the same, in the same section. Returns the new mentions (unsorted).
 * `mentions`: the section's actor mentions in text order.
 */
export function definedAcronyms(text: string, paragraphs: readonly Paragraph[], mentions: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  let defined: Map<string, EntityMention> | undefined;
  for (const m of mentions) {
    // Most mentions are followed by no bracket: ruled out without the regex.
    const c = text.charCodeAt(m.end);
    if (c !== 40 && !(c === 32 && text.charCodeAt(m.end + 1) === 40)) continue;
    BRACKETED.lastIndex = m.end;
    const b = BRACKETED.exec(text);
    if (!b || !initialsFit(b[1], m.text)) continue;
    const at = m.end + b[0].indexOf(b[1]);
    if (mentions.some((x) => x.start === at)) continue; // the dictionary knows it already
    (defined ??= new Map()).set(b[1], m);
  }
  if (!defined) return out;
  const taken = new Set(mentions.map((x) => x.start));
  for (const p of paragraphs) {
    WORD.lastIndex = 0;
    for (let w = WORD.exec(p.text); w; w = WORD.exec(p.text)) {
      const def = defined.get(w[0]);
      const start = p.start + w.index;
      if (!def || start < def.end || taken.has(start)) continue;
      out.push({ ...def, start, end: start + w[0].length, text: w[0] });
    }
  }
  return out;
}

/** " (TAF)" right after a name: 2–6 capitals (digits after the first allowed). */
const BRACKETED = /\s?\(([A-Z][A-Z0-9]{1,5})\)/y;
/** Candidate acronym words of a paragraph. */
const WORD = /(?<![\p{L}\p{N}-])[A-Z][A-Z0-9]{1,5}(?![\p{L}\p{N}-])/gu;

/** Whether an acronym can stand for the name: its first letter starts the name's first word, and it has no more letters than the name has words and capitals. */
function initialsFit(acronym: string, name: string): boolean {
  const words = name.split(/[\s-]+/).filter(Boolean);
  const capitals = (name.match(/\p{Lu}/gu) ?? []).length;
  return words.length > 1 && acronym[0] === words[0][0].toUpperCase() && acronym.length <= Math.max(words.length, capitals) + 1;
}
