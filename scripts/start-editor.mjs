#!/usr/bin/env node
// `npm start`: VS Code (code-server) in your browser with the built extension installed, on a copy
// of the sample articles (../shared/seeds and test/fixtures/samples). Runs until Ctrl-C.
//   node scripts/start-editor.mjs [--port N] [--verbose]
// Listens on 127.0.0.1 only: the editor runs without a password.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureEditorInstalled, ROOT, startCodeServer } from '../test/e2e/editor/codeServer.mjs';
import { packageExtension } from '../test/e2e/editor/vsix.mjs';

const { values: opts } = parseArgs({
  options: { port: { type: 'string', default: process.env.PORT }, verbose: { type: 'boolean', default: false } },
});
const SAMPLES = [join(ROOT, '../shared/seeds'), join(ROOT, 'test/fixtures/samples')];

async function main() {
  for (const f of ['dist/client.js', 'dist/server.js']) if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing; run "npm run build" first`);
  ensureEditorInstalled();

  // A copy, so that trying "Remove duplicate paragraph" never edits the corpus.
  const scratch = mkdtempSync(join(tmpdir(), 'conflict-lens-start-'));
  const folder = join(scratch, 'articles');
  mkdirSync(folder);
  for (const dir of SAMPLES) if (existsSync(dir)) cpSync(dir, join(folder, dir.endsWith('seeds') ? 'seeds' : 'samples'), { recursive: true });

  console.log('Packaging the extension...');
  const vsix = packageExtension(scratch);
  const port = opts.port ? Number(opts.port) : undefined;
  const server = await startCodeServer({ folder, port, extensions: [vsix], echo: opts.verbose });

  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the editor...');
    await server.stop();
    rmSync(scratch, { recursive: true, force: true });
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  server.child.on('exit', (c) => {
    if (stopping) return;
    console.error(`code-server exited unexpectedly (${c}):\n${server.log.slice(-3000)}`);
    void stop(1);
  });

  console.log(`\nConflict Lens is running in VS Code (code-server) at:\n\n  ${server.url}/?folder=${encodeURIComponent(folder)}\n`);
  console.log(`Articles (a copy, deleted on exit): ${folder}`);
  console.log('After "npm run build", restart this to pick up the new build. Press Ctrl-C to stop.');
}

main().catch((e) => {
  console.error(`start-editor: ${e.message ?? e}`);
  process.exit(1);
});
