// One id for one rule: package.json's contributed settings and the server's defaults agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { coerceSettings, defaultSettings } from '../../dist/core.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const contributed = pkg.contributes.configuration.properties;

function flatten(obj, prefix = 'conflictLens') {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? flatten(v, `${prefix}.${k}`) : [[`${prefix}.${k}`, v]]));
}

test('every setting the server reads is contributed with the same default, and no other', () => {
  const server = Object.fromEntries(flatten(defaultSettings));
  assert.deepEqual(Object.keys(contributed).sort(), Object.keys(server).sort());
  for (const [key, value] of Object.entries(server)) assert.deepEqual(contributed[key].default, value, key);
});

test('malformed settings fall back to defaults, each named in a problem', () => {
  const cases = [
    [{ files: 'not-an-array' }, ['conflictLens.files']],
    [{ nearDuplicateThreshold: 3 }, ['conflictLens.nearDuplicateThreshold']],
    [{ maxDiagnostics: -1 }, ['conflictLens.maxDiagnostics']],
    [{ maxDiagnostics: 2.5 }, ['conflictLens.maxDiagnostics']],
    [{ highlight: { actors: 'yes' } }, ['conflictLens.highlight.actors']],
    [{ diagnostics: { 'duplicate-paragraph': 'loud' } }, ['conflictLens.diagnostics.duplicate-paragraph']],
    [null, []],
    [{ maxFileSizeMB: 5, highlight: { places: false } }, []],
  ];
  for (const [raw, expected] of cases) {
    const { settings, problems } = coerceSettings(raw);
    assert.deepEqual(problems.map((p) => p.split(' ')[0]), expected, JSON.stringify(raw));
    assert.equal(typeof settings.nearDuplicateThreshold, 'number');
  }
  assert.equal(coerceSettings({ maxFileSizeMB: 5 }).settings.maxFileSizeMB, 5);
  assert.equal(coerceSettings({ maxDiagnostics: 0 }).settings.maxDiagnostics, 0);
  assert.equal(coerceSettings({ highlight: { places: false } }).settings.highlight.places, false);
});
