import { renameSync, statSync, writeFileSync } from 'node:fs';
import { analyze } from '../core/analyze';
import { findBoilerplate } from '../core/duplicates/boilerplate';
import { findDuplicates } from '../core/duplicates/duplicates';
import { applyEdits, removalEdits } from '../core/duplicates/removal';
import { splitParagraphs } from '../core/text/paragraphs';
import { Exporter } from '../core/present/records';
import { defaultOptions } from '../core/types';
import { encode, readArticle } from '../io/readArticle';
import { walkFiles } from '../io/walk';
import { matchesAny } from '../lsp/glob';
import { parseArgs, USAGE, type CliArgs } from './args';

const out = (s: string) => process.stdout.write(s);
const err = (s: string) => process.stderr.write(`conflict-lens: ${s}\n`);

function main(argv: string[]): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    err((e as Error).message);
    process.stderr.write(USAGE);
    return 2;
  }
  if (args.command === 'help') return out(USAGE), 0;
  if (args.command === 'version') return out(`${VERSION}\n`), 0;
  let failed = false;
  const files = walkFiles(args.paths, (f) => matchesAny(f, args.globs), (m) => {
    err(m);
    failed = true;
  });
  const status = args.command === 'analyze' ? analyzeFiles(files, args) : dedupeFiles(files, args);
  return failed || !status ? 1 : 0;
}

declare const VERSION: string;

function analyzeFiles(files: string[], args: CliArgs): boolean {
  let ok = true;
  const options = { ...defaultOptions, nearDuplicateThreshold: args.threshold };
  const exporter = new Exporter(args.format, out);
  for (const file of files) {
    const read = readOrReport(file, args);
    if (!read) {
      ok = false;
      continue;
    }
    if (read.warning) err(`${file}: ${read.warning}`);
    exporter.add(file, analyze(read.text, options));
  }
  exporter.end();
  return ok;
}

/** The file's text, or undefined after saying on stderr why it cannot be read. */
function readOrReport(file: string, args: CliArgs) {
  const read = readArticle(file, args.maxBytes);
  if (read.ok) return read;
  err(read.error);
  return undefined;
}

function dedupeFiles(files: string[], args: CliArgs): boolean {
  let ok = true;
  for (const file of files) {
    const read = readOrReport(file, args);
    if (!read) {
      ok = false;
      continue;
    }
    const paragraphs = splitParagraphs(read.text);
    const remove = findDuplicates(paragraphs, args.threshold).map((d) => d.paragraph);
    if (args.boilerplate) remove.push(...findBoilerplate(paragraphs).map((b) => b.paragraph));
    const cleaned = applyEdits(read.text, removalEdits(read.text, paragraphs, [...new Set(remove)]));
    const saved = Buffer.byteLength(read.text) - Buffer.byteLength(cleaned);
    const summary = `${file}: ${remove.length} paragraph${remove.length === 1 ? '' : 's'} removed, ${saved} bytes`;
    if (!args.write) {
      out(cleaned);
      if (files.length > 1 || args.verbose) err(summary);
      continue;
    }
    if (remove.length === 0) continue; // never touch a file with nothing to remove
    if (read.warning) {
      err(`${file}: ${read.warning}; not rewritten (it would change its encoding)`);
      ok = false;
      continue;
    }
    const now = statSync(file);
    if (now.mtimeMs !== read.mtimeMs || now.size !== read.size) {
      err(`${file}: changed while it was being read; not rewritten`);
      ok = false;
      continue;
    }
    const tmp = `${file}.conflict-lens-${process.pid}.tmp`;
    writeFileSync(tmp, encode(cleaned, read.encoding, read.bom));
    renameSync(tmp, file);
    err(summary);
  }
  return ok;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  err(`internal error: ${(e as Error).stack ?? e}`);
  process.exitCode = 70;
}
