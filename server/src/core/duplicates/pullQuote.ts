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
  const last = paragraph.charCodeAt(paragraph.length - 1);
  if (last !== 124 && paragraph.indexOf(' - ') < 0 && !/[–—―]/.test(paragraph)) return -1; // fast reject
  const m = ATTRIBUTION.exec(paragraph);
  if (!m || (!m[3] && !m[2])) return -1;
  return m.index;
}
