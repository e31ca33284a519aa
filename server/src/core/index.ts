// The public surface of the analysis core, bundled as dist/core.js for tests and benchmarks.
export * from './types';
export { analyze } from './analyze';
export { splitParagraphs, splitLines } from './text/paragraphs';
export { removalEdits, applyEdits } from './duplicates/removal';
export type { OffsetEdit } from './duplicates/removal';
export { defaultSettings, coerceSettings } from './settings';
