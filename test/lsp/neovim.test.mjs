// The server speaks plain LSP: Neovim's built-in client (over stdio) gets hovers and code actions.
// Neovim comes from Debian (.ci/run installs it); without it this test is skipped with a note.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { positionOf, serverPath } from './client.mjs';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const hasNvim = nvim.status === 0;

test('Neovim: diagnostics, a hover card and the duplicate quick fix', { skip: hasNvim ? false : 'nvim is not installed (apt-get install neovim)' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'conflict-lens-nvim-'));
  const file = join(dir, 'article.txt');
  const text = 'Heavy shelling hit Daraa on Sunday, killing at least 9 civilians, the Syrian Observatory for Human Rights said.\n\nRescuers searched the rubble through the night as families gathered outside the hospital.\n\nHeavy shelling hit Daraa on Sunday, killing at least 9 civilians, the Syrian Observatory for Human Rights said.\n';
  writeFileSync(file, text);
  const out = join(dir, 'out.json');
  const hover = positionOf(text, text.indexOf('Daraa') + 2);
  const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${fileURLToPath(new URL('../neovim/client.lua', import.meta.url))}`], {
    env: { ...process.env, CL_SERVER: serverPath, CL_FILE: file, CL_OUT: out, CL_HOVER_LINE: String(hover.line), CL_HOVER_COL: String(hover.character), XDG_STATE_HOME: dir, XDG_DATA_HOME: dir },
    encoding: 'utf8',
    timeout: 60000,
  });
  assert.equal(r.status, 0, `nvim exited ${r.status}: ${r.stderr}`);
  const got = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(got.error, undefined);
  assert.equal(got.diagnostics.filter((d) => d.code === 'duplicate-paragraph').length, 1);
  assert.match(got.hover.contents.value, /\*\*Daraa\*\*.*place/);
  assert.ok(got.actions.some((a) => a.title === 'Remove duplicate paragraph' && a.edit.documentChanges[0].edits.length === 1));
});
