import type { Paragraph } from './types';
import type { ParagraphScans } from './scans';
import { sectionKey, type Section } from './sections';

/** A run's paragraphs, scans and sections (paragraph bounds a, b per section). */
export interface Placed {
  paragraphs: Paragraph[];
  scans: ParagraphScans[];
  bounds: number[];
  sections: Section[];
}

/**
 * Pushes each section starting at `starts` to `done` with its bounds: the last run's (`prev`) when
 * found again there, else undefined. Returns each section's key ('' for one found again, see
 * sectionKey), and by key the sections neither found again nor among `resolved`: still to resolve.
 */
export function matchSections(prev: Placed | undefined, resolved: ReadonlyMap<string, Section>, done: Placed, starts: number[]): { missing: Map<string, { a: number; b: number }>; keys: string[] } {
  const { paragraphs, scans: all } = done;
  const shift = prev ? prev.sections.length - (starts.length - 1) : 0;
  const missing = new Map<string, { a: number; b: number }>();
  const keys: string[] = [];
  for (let k = 0; k < starts.length; k++) {
    const a = starts[k];
    const b = k + 1 < starts.length ? starts[k + 1] : paragraphs.length;
    if (a === b) continue;
    const found = prev && matchSection(prev, done, a, b, k, shift);
    done.bounds.push(a, b);
    done.sections.push(found as Section);
    if (found) {
      keys.push('');
      continue;
    }
    const key = sectionKey(paragraphs, all, a, b);
    keys.push(key);
    if (!resolved.has(key)) missing.set(key, { a, b });
  }
  return { missing, keys };
}

/**
 * The last run's section at index k, or k + shift, when it holds the same scans at the same
 * offsets from its start as paragraphs [a, b) of this run.
 */
function matchSection(prev: Placed, now: Placed, a: number, b: number, k: number, shift: number): Section | undefined {
  for (const j of shift ? [k, k + shift] : [k]) {
    if (j < 0 || j >= prev.sections.length) continue;
    const pa = prev.bounds[2 * j];
    if (prev.bounds[2 * j + 1] - pa !== b - a) continue;
    const base = now.paragraphs[a].start;
    const pbase = prev.paragraphs[pa].start;
    let i = 0;
    while (i < b - a && now.scans[a + i] === prev.scans[pa + i] && now.paragraphs[a + i].start - base === prev.paragraphs[pa + i].start - pbase) i++;
    if (i === b - a) return prev.sections[j];
  }
  return undefined;
}
