import type { AnalyzeOptions, EntityMention, Paragraph } from '../types';

/**
 * Finds actor mentions (stub: replaced by the dictionary recogniser). `places` are the place
 * mentions already found; a country name that acts ("Russia has not acknowledged") is returned
 * here as a `state` actor with the same span, and wins over the place.
 */
export function findActors(_text: string, _paragraphs: Paragraph[], _places: EntityMention[], _options: AnalyzeOptions): EntityMention[] {
  return [];
}
