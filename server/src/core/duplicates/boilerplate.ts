import type { BoilerplateFinding, Paragraph } from '../types';

/** Flags site furniture (stub: replaced by the boilerplate rules). */
export function findBoilerplate(_paragraphs: Paragraph[]): BoilerplateFinding[] {
  return [];
}
