import type { AnalyzeOptions, ArticleModel } from './types';
import { defaultOptions } from './types';
import { splitParagraphs } from './text/paragraphs';
import { findPlaces } from './entities/places';
import { findActors } from './entities/actors';
import { mergeEntities } from './entities/resolve';
import { findCasualties } from './casualties/casualties';
import { findDuplicates } from './duplicates/duplicates';
import { findBoilerplate } from './duplicates/boilerplate';

/** Text in, ArticleModel out: the one entry point every shell (LSP, CLI, tests, bench) calls. */
export function analyze(text: string, options: AnalyzeOptions = defaultOptions): ArticleModel {
  const paragraphs = splitParagraphs(text);
  const places = findPlaces(text, paragraphs, options);
  const actors = findActors(text, paragraphs, places, options);
  const entities = mergeEntities(places, actors);
  const casualties = findCasualties(text, paragraphs, entities);
  const boilerplate = findBoilerplate(paragraphs);
  const duplicates = findDuplicates(paragraphs, options.nearDuplicateThreshold);
  return { text, paragraphs, entities, casualties, duplicates, boilerplate };
}
