// Checks every regular expression in the extension's source for catastrophic backtracking: each is
// run against adversarial strings (long runs built from the characters and classes it mentions,
// ending in a character that forces a failed match) and must finish within a time bound.
// Benchmark-style: `npm run check:regex` prints a table; exits 1 if any regex is too slow.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;
const LENGTH = 50_000;
const BOUND_MS = 500; // linear regexes take ~1 ms on 50k chars; catastrophic ones take seconds or never finish

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (p.endsWith('.ts')) yield p;
  }
}

/** Regex literals and `new RegExp('literal', 'flags')` calls, with where they are. */
function regexesIn(file) {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText();
      const end = text.lastIndexOf('/');
      out.push({ source: text.slice(1, end), flags: text.slice(end + 1), line: src.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp' && node.arguments?.[0] && ts.isStringLiteralLike(node.arguments[0])) {
      const flags = node.arguments[1] && ts.isStringLiteralLike(node.arguments[1]) ? node.arguments[1].text : '';
      out.push({ source: node.arguments[0].text, flags, line: src.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

/** Characters the regex can consume: its literal characters plus a sample of each class it uses. */
function alphabet(source) {
  const chars = new Set(source.replace(/\\[pPu]\{[^}]*\}|\\[dDwWsSbB]|[\\()[\]{}?*+|^$.]/g, '').split(''));
  if (/\\d|0-9/.test(source)) ['1', '0', '9'].forEach((c) => chars.add(c));
  if (/\\w|a-z|\\p\{L|\\p\{Lu|A-Z/.test(source)) ['a', 'Z', 'é'].forEach((c) => chars.add(c));
  if (/\\s| /.test(source)) [' ', '\t', '\n'].forEach((c) => chars.add(c));
  chars.add(' ');
  chars.add('a');
  return [...chars].filter((c) => c.length === 1);
}

function adversarial(source) {
  const abc = alphabet(source);
  const out = [];
  for (const c of abc.slice(0, 12)) out.push(c.repeat(LENGTH) + '\u0000');
  for (let i = 0; i + 1 < abc.length && i < 12; i++) out.push((abc[i] + abc[i + 1]).repeat(LENGTH / 2) + '\u0000');
  out.push(abc.join('').repeat(Math.ceil(LENGTH / abc.length)) + '\u0000');
  out.push('a '.repeat(LENGTH / 2) + '!', 'Aa-'.repeat(LENGTH / 3) + '.', '1,0'.repeat(LENGTH / 3) + 'x');
  return out;
}

let failed = 0;
let count = 0;
const rows = [];
for (const dir of ['server/src', 'client/src']) {
  for (const file of files(join(root, dir))) {
    for (const r of regexesIn(file)) {
      let re;
      try {
        // Without g/y each test tries every start position, the worst case for backtracking.
        re = new RegExp(r.source, r.flags.replace(/[gy]/g, ''));
      } catch {
        continue; // a fragment assembled elsewhere; the assembled regex is checked where it is built as a literal
      }
      count++;
      let worst = 0;
      for (const s of adversarial(r.source)) {
        const t = performance.now();
        re.test(s);
        worst = Math.max(worst, performance.now() - t);
        if (worst > BOUND_MS) break;
      }
      const where = `${relative(root, file)}:${r.line}`;
      if (worst > BOUND_MS) {
        failed++;
        rows.push(`| ${where} | \`/${r.source.slice(0, 60)}/${r.flags}\` | ${worst.toFixed(0)} ms | SLOW |`);
      } else if (worst > 50) rows.push(`| ${where} | \`/${r.source.slice(0, 60)}/${r.flags}\` | ${worst.toFixed(0)} ms | ok |`);
    }
  }
}
console.log(`Checked ${count} regular expressions against adversarial strings of ${LENGTH.toLocaleString()} characters (bound ${BOUND_MS} ms each).`);
if (rows.length) console.log(['| where | regex | worst | |', '|---|---|---|---|', ...rows].join('\n'));
console.log(failed ? `${failed} regular expression(s) are at risk of catastrophic backtracking.` : 'No regular expression took more than 50 ms.');
process.exitCode = failed ? 1 : 0;
