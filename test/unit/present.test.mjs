// How records read: bounds in words, the one-line reading, totals without double counting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, boundsText, casualtySentence, totalsByOutcome } from '../../dist/core.js';

test('bounds read as an analyst writes them', () => {
  const cases = [
    [{ min: 21, approximate: false }, '≥ 21'],
    [{ min: 7, max: 7, approximate: false }, '7'],
    [{ min: 30, max: 30, approximate: true }, '≈ 30'],
    [{ min: 0, max: 100, approximate: false }, '≤ 100'],
    [{ min: 229, max: 425, approximate: false }, '229–425'],
    [{ min: 4012, max: 4012, approximate: false }, '4,012'],
  ];
  for (const [c, expected] of cases) assert.equal(boundsText(c), expected);
  assert.equal(casualtySentence({ min: 21, approximate: false, outcome: 'killed', victims: 'civilians', place: 'Jassem', source: 'Syrian Observatory for Human Rights' }), '≥ 21 killed — civilians — Jassem — reported by Syrian Observatory for Human Rights');
});

test('totals skip subsets and figures in repeated paragraphs', () => {
  const p1 = 'At least 21 civilians were killed in Daraa on Monday, seven of them women, activists said.';
  const p2 = 'Separately, 4 soldiers were wounded near Quneitra.';
  const model = analyze([p1, p2, p1].join('\n\n'));
  assert.equal(model.duplicates.length, 1);
  const totals = Object.fromEntries(totalsByOutcome(model).map((t) => [t.outcome, `${t.open ? '≥ ' : ''}${t.min}`]));
  assert.deepEqual(totals, { killed: '≥ 21', wounded: '4' });
});
