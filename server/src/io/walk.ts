import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test', 'dist', 'out']);

/**
 * Files under the given paths (files as they are, folders walked recursively, hidden and build
 * folders skipped), in a stable order. Unreadable paths are reported through `onError`.
 */
export function walkFiles(paths: string[], accept: (file: string) => boolean, onError: (message: string) => void): string[] {
  const out: string[] = [];
  const visit = (p: string, explicit: boolean) => {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      onError(`${p}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return;
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(p).sort();
      } catch (e) {
        onError(`${p}: cannot list (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
        return;
      }
      for (const name of names) {
        if (name.startsWith('.') || SKIP_DIRS.has(name)) continue;
        visit(join(p, name), false);
      }
    } else if (explicit || accept(p)) out.push(p);
  };
  for (const p of paths) visit(p, true);
  return out;
}
