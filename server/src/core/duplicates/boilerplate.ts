import type { BoilerplateFinding, Paragraph } from '../types';
import { boilerplateRules } from './boilerplateRules';

/** Longest paragraph (in words) any rule looks at; longer ones are story text. */
const MAX_WORDS = Math.max(...boilerplateRules.map((r) => r.maxWords));

/**
 * Flags site furniture: "Related Articles", "3 min read", "%d bloggers like this:", footer link
 * bars, share and subscribe prompts, copyright lines, cookie notices. Conservative: a rule must
 * match the whole (short) paragraph, so story sentences are never flagged.
 */
export function findBoilerplate(paragraphs: Paragraph[]): BoilerplateFinding[] {
  const out: BoilerplateFinding[] = [];
  for (const p of paragraphs) {
    if (p.text.length > MAX_WORDS * 12) continue;
    const rule = boilerplateRule(p.text);
    if (rule) out.push({ start: p.start, end: p.end, paragraph: p.index, rule });
  }
  return out;
}

/** The id of the rule a paragraph matches, or undefined. */
export function boilerplateRule(paragraph: string): string | undefined {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  const words = text.split(' ').length;
  for (const r of boilerplateRules) if (words <= r.maxWords && r.pattern.test(text)) return r.id;
  return undefined;
}
