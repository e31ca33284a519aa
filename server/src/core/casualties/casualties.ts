import type { CasualtyFigure, EntityMention, Paragraph } from '../types';
import { scanCasualties } from './scan';
import { linkCasualties } from './link';

export type { CasualtyScan } from './scan';
export { scanCasualties, linkCasualties };

/**
 * Finds casualty figures: counts of people killed, wounded, kidnapped, missing, executed, arrested
 * or displaced (annotation guide §3). A paragraph-local scan (scan.ts, cacheable by paragraph text)
 * followed by a cheap document-wide link (link.ts); the language server re-scans only edited paragraphs.
 */
export function findCasualties(text: string, paragraphs: Paragraph[], entities: EntityMention[]): CasualtyFigure[] {
  return linkCasualties(text, paragraphs, paragraphs.map((p) => scanCasualties(p.text)), entities);
}
