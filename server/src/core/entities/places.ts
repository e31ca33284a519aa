import type { AnalyzeOptions, EntityMention, Paragraph } from '../types';

/** Finds place mentions (stub: replaced by the gazetteer recogniser). */
export function findPlaces(_text: string, _paragraphs: Paragraph[], _options: AnalyzeOptions): EntityMention[] {
  return [];
}
