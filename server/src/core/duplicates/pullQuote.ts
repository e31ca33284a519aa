/**
 * Pull quotes: a sentence of the story repeated with an attribution, as in
 * "The battle has been ongoing in Sheikh Miskeen for around a month. - Imad al-Hourani, activist |".
 * The attribution is a dash with spaces around it, a capitalised name of one to six words,
 * optionally ", role", optionally a closing '|'. Without the '|' a role is required, so a sentence
 * that merely ends in " - Assad" is left whole.
 */
const ATTRIBUTION = /\s[-–—―]{1,2}\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+[\p{L}\p{M}'’.-]+){0,5})(\s*,\s*[^|,\n]{1,60})?\s*(\|)?\s*$/u;

/** Offset (relative to the paragraph) where a pull quote's attribution begins, or -1. */
export function attributionStart(paragraph: string): number {
  // An attribution is at most some 150 characters: look at the tail only, and only when it has a dash.
  const from = Math.max(0, paragraph.length - TAIL);
  const tail = from === 0 ? paragraph : paragraph.slice(from);
  if (!DASH.test(tail)) return -1;
  const m = ATTRIBUTION.exec(tail);
  if (!m || (!m[3] && !m[2])) return -1;
  return from + m.index;
}

const TAIL = 160;
const DASH = /\s[-–—―]/;
