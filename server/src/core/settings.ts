import { DiagnosticCodes } from '../protocol';

// The `conflictLens.*` settings: types, defaults and validation. Pure, so the CLI, the server and
// the test that checks package.json against them share one definition.

export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** The `conflictLens.*` settings, per resource, always complete (defaults filled in). */
export interface Settings {
  files: string[];
  maxFileSizeMB: number;
  /** Duplicate and boilerplate diagnostics listed per document, the first in document order (0: all). */
  maxDiagnostics: number;
  nearDuplicateThreshold: number;
  entityFiles: string[];
  highlight: { actors: boolean; places: boolean; casualties: boolean };
  inlayHints: { casualties: boolean };
  diagnostics: Record<(typeof DiagnosticCodes)['duplicate' | 'boilerplate'], Severity>;
}

export const defaultSettings: Settings = {
  files: ['**/*.txt', '**/*.article', '**/*.story'],
  maxFileSizeMB: 20,
  maxDiagnostics: 1000,
  nearDuplicateThreshold: 0.8,
  entityFiles: [],
  highlight: { actors: true, places: true, casualties: true },
  inlayHints: { casualties: false },
  diagnostics: { [DiagnosticCodes.duplicate]: 'information', [DiagnosticCodes.boilerplate]: 'information' },
};

const SEVERITIES = new Set<Severity>(['error', 'warning', 'information', 'hint', 'off']);

/**
 * Reads settings from whatever the client sent, keeping each valid value and falling back to the
 * default for anything malformed; `problems` names each setting that was ignored and why.
 */
export function coerceSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const r = isObject(raw) ? raw : {};
  const d = defaultSettings;
  const pick = <T>(key: string, value: unknown, ok: (v: unknown) => boolean, fallback: T): T => {
    if (value === undefined) return fallback;
    if (ok(value)) return value as T;
    problems.push(`conflictLens.${key} has an invalid value (${JSON.stringify(value)}); using ${JSON.stringify(fallback)}`);
    return fallback;
  };
  const stringArray = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
  const hl = isObject(r.highlight) ? r.highlight : {};
  const diag = isObject(r.diagnostics) ? r.diagnostics : {};
  const hints = isObject(r.inlayHints) ? r.inlayHints : {};
  const settings: Settings = {
    files: pick('files', r.files, stringArray, d.files),
    maxFileSizeMB: pick('maxFileSizeMB', r.maxFileSizeMB, (v) => typeof v === 'number' && v > 0, d.maxFileSizeMB),
    maxDiagnostics: pick('maxDiagnostics', r.maxDiagnostics, (v) => Number.isInteger(v) && (v as number) >= 0, d.maxDiagnostics),
    nearDuplicateThreshold: pick('nearDuplicateThreshold', r.nearDuplicateThreshold, (v) => typeof v === 'number' && v >= 0.5 && v <= 1, d.nearDuplicateThreshold),
    entityFiles: pick('entityFiles', r.entityFiles, stringArray, d.entityFiles),
    highlight: {
      actors: pick('highlight.actors', hl.actors, isBool, d.highlight.actors),
      places: pick('highlight.places', hl.places, isBool, d.highlight.places),
      casualties: pick('highlight.casualties', hl.casualties, isBool, d.highlight.casualties),
    },
    inlayHints: { casualties: pick('inlayHints.casualties', hints.casualties, isBool, d.inlayHints.casualties) },
    diagnostics: {
      [DiagnosticCodes.duplicate]: pick(`diagnostics.${DiagnosticCodes.duplicate}`, diag[DiagnosticCodes.duplicate], isSeverity, d.diagnostics[DiagnosticCodes.duplicate]),
      [DiagnosticCodes.boilerplate]: pick(`diagnostics.${DiagnosticCodes.boilerplate}`, diag[DiagnosticCodes.boilerplate], isSeverity, d.diagnostics[DiagnosticCodes.boilerplate]),
    },
  };
  return { settings, problems };
}

const isBool = (v: unknown) => typeof v === 'boolean';
const isSeverity = (v: unknown) => typeof v === 'string' && SEVERITIES.has(v as Severity);
function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

