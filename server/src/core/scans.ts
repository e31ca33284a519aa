import type { AnalyzeOptions } from './types';
import { scanPlaces, type PlaceScan } from './entities/places';
import { scanActors, type ActorScan } from './entities/actorScan';
import { isDateline } from './entities/actorStories';
import { scanCasualties, type CasualtyScan } from './casualties/scan';
import { paragraphFingerprint, type ParagraphFingerprint } from './duplicates/fingerprint';
import { paragraphRule } from './duplicates/boilerplate';
import { detach } from './text/shared';

/**
 * What is read from one paragraph alone, a pure function of its text and the options. The light
 * part is kept for every paragraph of a document (duplicates, boilerplate and the cuts between
 * sections need all of them); the heavy part — the recognisers' candidates, some ten times the
 * text's size — is needed only while the paragraph's section is resolved, so it is dropped after
 * that unless the section is being edited (see IncrementalAnalyzer), and made again on demand.
 */
export interface ParagraphScans {
  /** Unique per scan made: section keys are built from it. */
  readonly id: number;
  /** The paragraph's text, detached from its document (see detach). */
  readonly text: string;
  readonly fingerprint: ParagraphFingerprint;
  /** The boilerplate rule the paragraph matches on its own. */
  readonly boilerplate: string | undefined;
  /** Whether it opens with a dateline (an article starts there). */
  readonly dateline: boolean;
  heavy: HeavyScans | undefined;
}

export interface HeavyScans {
  places: PlaceScan;
  actors: ActorScan;
  casualties: CasualtyScan;
}

let nextScanId = 0;

/** The light scans of paragraph texts. */
export function lightScan(paragraphText: string): ParagraphScans {
  const text = detach(paragraphText);
  return { id: nextScanId++, text, fingerprint: paragraphFingerprint(text), boilerplate: paragraphRule(text), dateline: isDateline(text), heavy: undefined };
}

/**
 * Gives every scan its heavy part, one recogniser at a time rather than one paragraph at a time:
 * each recogniser's tables then stay in the CPU caches through its whole run (interleaving the
 * three per paragraph made scanning about 1.7× slower).
 */
export function scanHeavy(scans: readonly ParagraphScans[], options: AnalyzeOptions): void {
  const todo = scans.filter((s) => !s.heavy);
  if (!todo.length) return;
  const places = todo.map((s) => scanPlaces(s.text, options));
  const actors = todo.map((s) => scanActors(s.text, options));
  todo.forEach((s, k) => (s.heavy = { places: places[k], actors: actors[k], casualties: scanCasualties(s.text) }));
}
