import type { AnalyzeOptions, EntityMention, Paragraph } from '../types';
import { scanActors } from './actorScan';
import { resolveActors } from './actorResolve';

export { scanActors, type ActorScan } from './actorScan';
export { resolveActors } from './actorResolve';

/**
 * Finds actor mentions: dictionary aliases (longest match, acronyms with exact case), country
 * names and capitals that act as states, context phrases ("the regime", "the Observatory")
 * resolved by the story's country, unknown people and organisations found by cues, and later
 * surname mentions of people already named. `places` are the place mentions already found; a
 * country acting is returned with the place's span. The work is split so an editor can redo only
 * the paragraphs an edit touched: `scanActors` per paragraph (cacheable by paragraph text), then
 * `resolveActors` for the document.
 */
export function findActors(text: string, paragraphs: Paragraph[], places: EntityMention[], options: AnalyzeOptions): EntityMention[] {
  return resolveActors(
    text,
    paragraphs,
    paragraphs.map((p) => scanActors(p.text, options)),
    places,
    options,
  );
}
