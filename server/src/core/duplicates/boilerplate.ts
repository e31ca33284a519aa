import type { BoilerplateFinding, Paragraph } from '../types';
import { boilerplateRules } from './boilerplateRules';
import { findTeasers, TEASER_RULE } from './teasers';

/** Longest paragraph (in words) any rule looks at; longer ones are story text. */
const MAX_WORDS = Math.max(...boilerplateRules.map((r) => r.maxWords));
/** Longest paragraph a rule without a `needs` test looks at. */
const FREE_MAX_WORDS = Math.max(...boilerplateRules.filter((r) => !r.needs).map((r) => r.maxWords));
/** Any rule's `needs` (case folded): one scan of a longer paragraph instead of one per rule. */
const ANY_NEEDS = new RegExp(boilerplateRules.flatMap((r) => (r.needs ? [`(?:${r.needs.source})`] : [])).join('|'), 'i');

/**
 * Flags site furniture: "Related Articles", "3 min read", "%d bloggers like this:", footer link
 * bars, share and subscribe prompts, copyright lines, cookie notices, and the teasers of other
 * stories listed under a "Related Articles" heading at the end (rule TEASER_RULE, see teasers.ts).
 * Conservative: a rule must match the whole (short) paragraph, so story sentences are never flagged.
 */
export function findBoilerplate(paragraphs: Paragraph[]): BoilerplateFinding[] {
  return boilerplateFromRules(paragraphs, paragraphs.map((p) => paragraphRule(p.text)));
}

/** The rule a paragraph matches on its own (a pure function of its text, cached by the incremental analyser). */
export function paragraphRule(text: string): string | undefined {
  return text.length > MAX_WORDS * 12 ? undefined : boilerplateRule(text);
}

/** findBoilerplate from each paragraph's own rule (paragraphRule), adding the teasers that depend on neighbours. */
export function boilerplateFromRules(paragraphs: Paragraph[], ownRules: (string | undefined)[]): BoilerplateFinding[] {
  const rules = [...ownRules];
  const teasers = rules.some((r) => r !== undefined) ? findTeasers(paragraphs.map((p) => p.text), rules) : [];
  for (const i of teasers) rules[i] = TEASER_RULE;
  const out: BoilerplateFinding[] = [];
  paragraphs.forEach((p, i) => {
    const rule = rules[i];
    if (rule) out.push({ start: p.start, end: p.end, paragraph: p.index, rule });
  });
  return out;
}

/** The id of the rule a paragraph matches, or undefined. Teasers depend on their neighbours: see findBoilerplate. */
export function boilerplateRule(paragraph: string): string | undefined {
  // Counted to just past FREE_MAX_WORDS first: most paragraphs are longer and pass no `needs`,
  // so their count (and the rest of their text) is never read.
  let words = wordCount(paragraph, FREE_MAX_WORDS);
  if (words > FREE_MAX_WORDS) {
    if (!ANY_NEEDS.test(paragraph)) return undefined;
    words = wordCount(paragraph, MAX_WORDS);
  }
  let text: string | undefined; // white space collapsed, made only when some rule can apply
  for (const r of boilerplateRules) {
    if (words > r.maxWords || (r.needs && !r.needs.test(paragraph))) continue;
    text ??= paragraph.replace(/\s+/g, ' ').trim();
    if (r.pattern.test(text)) return r.id;
  }
  return undefined;
}

/** Words as the rules count them (`text.replace(/\s+/g, ' ').trim().split(' ').length`), counting stops past `max`. */
function wordCount(s: string, max: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n <= max; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return Math.max(1, n);
}

/** The characters of the regex class \s. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
