// Packages the extension as a .vsix for code-server.
// - packageExtension(dir): the current dist/ build as it is (screenshots and `npm start`: without the
//   smoke-test driver, code-server ignores a payload's extensionDevelopmentPath, so they install the
//   package into their private extensions folder instead).
// - packageRelease(dir): as `npm run package` does (minified build, no source maps), from a temporary
//   copy of the sources, so the dist/ the other tests use is never rebuilt under them.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './codeServer.mjs';

const VSCE = join(ROOT, 'node_modules/@vscode/vsce/vsce');
// As `npm run package`; these copies are never published, so README links may stay relative.
const VSCE_ARGS = ['package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository'];

/** Writes `<dir>/conflict-lens.vsix` from the current dist/ (no dependencies: it is bundled) and returns its path. */
export function packageExtension(dir) {
  return vsce(ROOT, join(dir, 'conflict-lens.vsix'));
}

/** Never copied into the release build folder: big, generated, or not part of the package. */
const NOT_COPIED = new Set(['.git', 'node_modules', '.vscode-test', 'dist', 'bench', 'test']);

/**
 * Builds and packages the extension the way `npm run package` does (`node esbuild.mjs --minify
 * --no-sourcemap`, then `vsce package --no-dependencies`), in `<dir>/release/`, a copy of the
 * sources with node_modules linked in for the bundler only. Returns the .vsix path and the times.
 */
export function packageRelease(dir) {
  const copy = join(dir, 'release');
  mkdirSync(copy, { recursive: true });
  const t0 = Date.now();
  cpSync(ROOT, copy, {
    recursive: true,
    filter: (src) => {
      if (src === ROOT) return true;
      const rel = src.slice(ROOT.length + 1);
      return !(NOT_COPIED.has(rel) || (!rel.includes('/') && rel.endsWith('.vsix')));
    },
  });
  const modules = join(copy, 'node_modules');
  symlinkSync(join(ROOT, 'node_modules'), modules, 'dir');
  try {
    const r = spawnSync(process.execPath, [join(copy, 'esbuild.mjs'), '--minify', '--no-sourcemap'], { cwd: copy, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`the release build (esbuild.mjs --minify --no-sourcemap) failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  } finally {
    unlinkSync(modules); // vsce must see exactly what a clean checkout packages
  }
  for (const f of ['dist/client.js', 'dist/server.js']) {
    if (!existsSync(join(copy, f))) throw new Error(`the release build wrote no ${f}`);
  }
  const built = Date.now();
  const vsix = vsce(copy, join(dir, 'conflict-lens-release.vsix'));
  rmSync(copy, { recursive: true, force: true });
  return { vsix, buildMs: built - t0, packageMs: Date.now() - built };
}

function vsce(cwd, out) {
  const r = spawnSync(process.execPath, [VSCE, ...VSCE_ARGS, '-o', out], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`vsce package failed in ${cwd} (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  return out;
}
