// removalEdits / applyEdits / dedupeText: layout kept, order kept, idempotent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { applyEdits, dedupeText, findDuplicates, removalEdits, splitParagraphs } from '../../dist/core.js';

/** Removes the paragraphs at `remove` from `text` and compares with `expected`. */
function check(text, remove, expected) {
  const ps = splitParagraphs(text);
  assert.equal(applyEdits(text, removalEdits(text, ps, remove)), expected);
}

const cases = [
  ['blank-line layout keeps one blank line', 'A.\n\nB.\n\nC.\n', [1], 'A.\n\nC.\n'],
  ['one-a-line layout keeps lines', 'A.\nB.\nC.', [1], 'A.\nC.'],
  ['CRLF', 'A.\r\n\r\nB.\r\n\r\nC.\r\n', [1], 'A.\r\n\r\nC.\r\n'],
  ['first paragraph', 'A.\n\nB.\n\nC.', [0], 'B.\n\nC.'],
  ['last paragraph keeps the final newline', 'A.\n\nB.\n\nC.\n', [2], 'A.\n\nB.\n'],
  ['a run of paragraphs', 'A.\nB.\nC.\nD.\n', [1, 2], 'A.\nD.\n'],
  ['a run at the end', 'A.\nB.\nC.\n', [1, 2], 'A.\n'],
  ['unsorted, repeated and unknown indices', 'A.\nB.\nC.\nD.', [3, 1, 1, 99, -1], 'A.\nC.'],
  ['the blank line between blocks survives', 'A.\nB.\n\nC.', [1], 'A.\n\nC.'],
  ['the blank line before a block survives', 'A.\n\nB.\nC.', [1], 'A.\n\nC.'],
  ['indentation of the next line is kept', '    A.\n    B.\n    C.', [1], '    A.\n    C.'],
  ['everything', 'A.\nB.', [0, 1], ''],
  ['nothing', 'A.\nB.', [], 'A.\nB.'],
];
for (const [name, text, remove, expected] of cases) test(name, () => check(text, remove, expected));

test('applyEdits refuses overlapping edits', () => {
  assert.throws(() => applyEdits('abcdef', [{ start: 0, end: 3, newText: '' }, { start: 2, end: 4, newText: '' }]));
});

test('dedupeText removes later copies and is idempotent', () => {
  const text = 'Headline here\nHeadline here\nAt least 23 civilians were killed on Monday when air strikes hit a market in Idlib, the Observatory said.\nAnother paragraph about the talks in Geneva that resumed on Tuesday.\nAT LEAST 23 CIVILIANS WERE KILLED ON MONDAY WHEN AIR STRIKES HIT A MARKET IN IDLIB, THE OBSERVATORY SAID\n';
  const once = dedupeText(text, 0.8);
  assert.equal(once.removed, 2);
  assert.equal(once.text, 'Headline here\nAt least 23 civilians were killed on Monday when air strikes hit a market in Idlib, the Observatory said.\nAnother paragraph about the talks in Geneva that resumed on Tuesday.\n');
  assert.deepEqual(dedupeText(once.text, 0.8), { text: once.text, removed: 0 });
});

const SEEDS = '/work/shared/seeds';
test('seeds: dedupe removes exactly the findings and is idempotent', { skip: !existsSync(SEEDS) && 'seeds not available' }, () => {
  for (const f of readdirSync(SEEDS)) {
    const text = readFileSync(`${SEEDS}/${f}`, 'utf8');
    const ps = splitParagraphs(text);
    const dups = findDuplicates(ps, 0.8);
    const once = dedupeText(text, 0.8);
    assert.equal(once.removed, dups.length);
    const kept = ps.filter((p) => !dups.some((d) => d.paragraph === p.index)).map((p) => p.text);
    assert.deepEqual(splitParagraphs(once.text).map((p) => p.text), kept, f);
    assert.equal(dedupeText(once.text, 0.8).removed, 0, f);
  }
});
