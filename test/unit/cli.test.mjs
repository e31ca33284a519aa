// The command line: formats, folders, bad input and dedupe --write, run as a user runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync, copyFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validate } from './jsonSchema.mjs';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const sample = fileURLToPath(new URL('../fixtures/samples/sample-idlib.txt', import.meta.url));
const schema = JSON.parse(readFileSync(new URL('../../schema/analyze-output.schema.json', import.meta.url), 'utf8'));
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

function workdir() {
  const dir = mkdtempSync(join(tmpdir(), 'conflict-lens-cli-'));
  copyFileSync(sample, join(dir, 'a.txt'));
  writeFileSync(join(dir, 'clean.txt'), 'One paragraph only.\n\nAnother, different paragraph.\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
  writeFileSync(join(dir, 'notes.md'), 'not an article');
  return dir;
}

test('analyze --format jsonl prints one valid record per article and reports bad files on stderr', () => {
  const dir = workdir();
  const r = run('analyze', '--format', 'jsonl', dir);
  assert.equal(r.status, 1, 'a binary file makes the exit status non-zero');
  assert.match(r.stderr, /binary\.txt: looks binary/);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.file.split('/').pop()), ['a.txt', 'clean.txt'], 'folders are searched for *.txt; others skipped');
  for (const l of lines) assert.deepEqual(validate(schema, l), [], 'the record follows schema/analyze-output.schema.json');
  const rec = lines[0];
  for (const key of ['entities', 'casualties', 'duplicates', 'boilerplate']) assert.ok(Array.isArray(rec[key]), key);
  const text = readFileSync(sample, 'utf8');
  for (const d of rec.duplicates) {
    assert.equal(text.slice(d.start, d.end).toLowerCase(), text.slice(d.originalStart, d.originalEnd).toLowerCase().slice(0, d.end - d.start));
  }
  for (const e of rec.entities) assert.equal(text.slice(e.start, e.end), e.text, 'spans are UTF-16 offsets into the text');
});

test('every output format parses', () => {
  const json = JSON.parse(run('analyze', sample).stdout);
  assert.equal(json.length, 1);
  const geo = JSON.parse(run('analyze', '--format', 'geojson', sample).stdout);
  assert.equal(geo.type, 'FeatureCollection');
  const csv = run('analyze', '--format', 'csv', sample).stdout.trim().split('\n');
  assert.match(csv[0], /^file,record,start,end,text,canonical/);
});

test('usage errors exit 2 with a message', () => {
  for (const args of [['frobnicate'], ['analyze'], ['analyze', '--format', 'xml', sample], ['analyze', '--write', sample], ['dedupe', '--threshold', '7', sample]]) {
    const r = run(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /conflict-lens: /);
  }
  assert.match(run('--help').stdout, /Usage:/);
});

test('dedupe prints the cleaned text and --write rewrites only files with something to remove', () => {
  const dir = workdir();
  const a = join(dir, 'a.txt');
  const clean = join(dir, 'clean.txt');
  const printed = run('dedupe', a);
  assert.equal(printed.status, 0);
  const before = readFileSync(a, 'utf8');
  assert.ok(printed.stdout.length < before.length, 'duplicates removed from the printed text');
  assert.equal(readFileSync(a, 'utf8'), before, 'without --write the file is untouched');
  const old = new Date(2020, 0, 1);
  utimesSync(clean, old, old);
  const w = run('dedupe', '--write', a, clean);
  assert.equal(w.status, 0, w.stderr);
  assert.equal(readFileSync(a, 'utf8'), printed.stdout);
  assert.equal(statSync(clean).mtimeMs, old.getTime(), 'a file with nothing to remove is never written');
  assert.equal(run('dedupe', a).stdout, printed.stdout, 'idempotent');
});

test('UTF-16 with a BOM and invalid UTF-8 are read; --write keeps the encoding or refuses', () => {
  const dir = workdir();
  const text = 'Kobane\r\n\r\nAt least 50 militants were killed in Kobane.\r\n\r\nAt least 50 militants were killed in Kobane.\r\n';
  const u16 = join(dir, 'u16.txt');
  writeFileSync(u16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  const rec = JSON.parse(run('analyze', '--format', 'jsonl', u16).stdout);
  assert.equal(rec.length, text.length);
  assert.equal(run('dedupe', '--write', u16).status, 0);
  const back = readFileSync(u16);
  assert.deepEqual([...back.subarray(0, 2)], [0xff, 0xfe], 'BOM kept');
  assert.ok(back.subarray(2).toString('utf16le').length < text.length);
  const latin = join(dir, 'latin.txt');
  writeFileSync(latin, Buffer.concat([Buffer.from('Caf\xe9 talk\n\n', 'latin1'), Buffer.from('Caf\xe9 talk\n', 'latin1')]));
  const w = run('dedupe', '--write', latin);
  assert.equal(w.status, 1);
  assert.match(w.stderr, /not valid UTF-8.*not rewritten/);
});
