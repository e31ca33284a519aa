// `npm run bench [-- NAME...]`: runs every benchmark (or the named ones) in its own process, in
// sequence, so one's memory and JIT state do not colour another's. Each prints its own table.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { readdirSync } from 'node:fs';

const all = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.mjs') && !['run.mjs', 'corpus.mjs'].includes(f) && !f.startsWith('_')).map((f) => f.replace(/\.mjs$/, ''));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : all;
console.log(`# Conflict Lens benchmarks — ${new Date().toISOString()}`);
console.log(`# machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
let failed = 0;
for (const name of names) {
  if (!all.includes(name)) {
    console.error(`no benchmark named ${name} (have: ${all.join(', ')})`);
    failed++;
    continue;
  }
  console.log(`\n## ${name}\n`);
  const r = spawnSync(process.execPath, ['--expose-gc', new URL(`./${name}.mjs`, import.meta.url).pathname, ...process.argv.slice(2).filter((a) => a.startsWith('-'))], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
