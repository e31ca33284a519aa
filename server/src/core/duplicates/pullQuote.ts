/**
 * Pull quotes: a sentence of the story repeated with an attribution, as in
 * "The battle has been ongoing in Sheikh Miskeen for around a month. - Imad al-Hourani, activist |".
 * The attribution is a dash with spaces around it, a capitalised name of one to six words,
 * optionally ", role", optionally a closing '|'. Without the '|' a role is required, so a sentence
 * that merely ends in " - Assad" is left whole.
 */
const ATTRIBUTION = /\s[-–—―]{1,2}\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+[\p{L}\p{M}'’.-]+){0,5})(\s*,\s*[^|,\n]{1,60})?\s*(\|)?\s*$/u;

/** Offset (relative to the paragraph) where a pull quote's attribution begins, or -1. */
export function attributionStart(paragraph: string, lastSpacedDash?: number): number {
  // An attribution is at most some 150 characters: look at the tail only, and only when it has a
  // dash after a space (most paragraphs have none, and the regex is dear). A caller that has
  // scanned the text already passes where its last spaced dash is (-1: none).
  const from = Math.max(0, paragraph.length - TAIL);
  if (lastSpacedDash === undefined ? !hasSpacedDash(paragraph, from) : lastSpacedDash - 1 < from) return -1;
  const tail = from === 0 ? paragraph : paragraph.slice(from);
  const m = ATTRIBUTION.exec(tail);
  if (!m || (!m[3] && !m[2])) return -1;
  return from + m.index;
}

const TAIL = 160;
const SPACE = /\s/;

function hasSpacedDash(text: string, from: number): boolean {
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 45 || (c >= 0x2013 && c <= 0x2015)) && SPACE.test(text.charAt(i - 1))) return true;
  }
  return false;
}
