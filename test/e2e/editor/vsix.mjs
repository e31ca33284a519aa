// Packages the built extension as a .vsix for code-server: without the smoke-test driver,
// code-server ignores a payload's extensionDevelopmentPath, so screenshots and `npm start`
// install the package into their private extensions folder instead.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './codeServer.mjs';

/** Writes `<dir>/conflict-lens.vsix` (no dependencies: dist/ is bundled) and returns its path. */
export function packageExtension(dir) {
  const out = join(dir, 'conflict-lens.vsix');
  const vsce = join(ROOT, 'node_modules/@vscode/vsce/vsce');
  // As `npm run package`; this copy is never published, so README links may stay relative.
  const args = [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '-o', out];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`vsce package failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  return out;
}
