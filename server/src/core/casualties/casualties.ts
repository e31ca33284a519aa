import type { CasualtyFigure, EntityMention, Paragraph } from '../types';

/** Finds casualty figures (stub: replaced by the casualty grammar). */
export function findCasualties(_text: string, _paragraphs: Paragraph[], _entities: EntityMention[]): CasualtyFigure[] {
  return [];
}
