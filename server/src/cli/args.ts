export interface CliArgs {
  command: 'analyze' | 'dedupe' | 'help' | 'version';
  format: 'json' | 'jsonl' | 'csv' | 'geojson';
  write: boolean;
  boilerplate: boolean;
  verbose: boolean;
  threshold: number;
  maxBytes: number;
  globs: string[];
  paths: string[];
}

export const USAGE = `Usage:
  conflict-lens analyze [--format json|jsonl|csv|geojson] [options] PATH...
      Actors, places, casualty figures, duplicated paragraphs and boilerplate of each file
      (folders are searched for --glob files). Spans are UTF-16 offsets, end-exclusive.
  conflict-lens dedupe [--write] [--boilerplate] [options] FILE...
      Prints each file with every later copy of a paragraph removed; --write rewrites the file in
      place instead (files with nothing to remove are never touched); --boilerplate also removes
      site furniture.

Options:
  --threshold N     near-duplicate threshold, 0.5..1 (default 0.8)
  --max-size MB     skip files larger than this (default 50)
  --glob PATTERN    files to take from folders (repeatable; default *.txt, *.article, *.story)
  --verbose         report what dedupe removed on stderr
  -h, --help        this help
  --version         the version
Exit status: 0 when every file was processed, 1 when some could not be read, 2 on a usage error.
`;

/** Parses argv (without node and the script); throws an Error with a message on misuse. */
export function parseArgs(argv: string[]): CliArgs {
  const a: CliArgs = { command: 'help', format: 'json', write: false, boilerplate: false, verbose: false, threshold: 0.8, maxBytes: 50 * 1048576, globs: [], paths: [] };
  const rest = [...argv];
  const first = rest.shift();
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') return a;
  if (first === '--version') return { ...a, command: 'version' };
  if (first !== 'analyze' && first !== 'dedupe') throw new Error(`unknown command "${first}"`);
  a.command = first;
  const value = (flag: string) => {
    const v = rest.shift();
    if (v === undefined) throw new Error(`${flag} needs a value`);
    return v;
  };
  while (rest.length) {
    const t = rest.shift()!;
    const [flag, inline] = t.startsWith('--') && t.includes('=') ? [t.slice(0, t.indexOf('=')), t.slice(t.indexOf('=') + 1)] : [t, undefined];
    const v = () => inline ?? value(flag);
    if (flag === '--format') {
      const f = v();
      if (f !== 'json' && f !== 'jsonl' && f !== 'csv' && f !== 'geojson') throw new Error(`--format must be json, jsonl, csv or geojson, not "${f}"`);
      a.format = f;
    } else if (flag === '--write') a.write = true;
    else if (flag === '--boilerplate') a.boilerplate = true;
    else if (flag === '--verbose') a.verbose = true;
    else if (flag === '--threshold') {
      a.threshold = Number(v());
      if (!(a.threshold >= 0.5 && a.threshold <= 1)) throw new Error('--threshold must be a number from 0.5 to 1');
    } else if (flag === '--max-size') {
      const mb = Number(v());
      if (!(mb > 0)) throw new Error('--max-size must be a positive number of megabytes');
      a.maxBytes = mb * 1048576;
    } else if (flag === '--glob') a.globs.push(v());
    else if (flag === '-h' || flag === '--help') return { ...a, command: 'help' };
    else if (flag === '--') a.paths.push(...rest.splice(0));
    else if (flag.startsWith('-') && flag !== '-') throw new Error(`unknown option "${flag}"`);
    else a.paths.push(t);
  }
  if (a.paths.length === 0) throw new Error(`${a.command} needs at least one file or folder`);
  if (a.write && a.command !== 'dedupe') throw new Error('--write applies to dedupe only');
  if (a.globs.length === 0) a.globs = ['*.txt', '*.article', '*.story'];
  return a;
}
