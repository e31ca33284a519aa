// splitParagraphs: both layouts, CRLF, hard-wrapped blocks, spans exclude surrounding whitespace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitParagraphs } from '../../dist/core.js';

function check(text, expected) {
  const ps = splitParagraphs(text);
  assert.deepEqual(ps.map((p) => p.text), expected);
  ps.forEach((p, i) => {
    assert.equal(p.index, i);
    assert.equal(text.slice(p.start, p.end), p.text);
  });
}

const wrapped = 'Regime forces backed by Iranian-supported militias have been\npressing an offensive on the southern edge of the province since\nlate April, seizing a string of villages.';

const cases = [
  ['blank-line layout', 'Headline\n\nFirst paragraph.\n\nSecond paragraph.\n', ['Headline', 'First paragraph.', 'Second paragraph.']],
  ['one paragraph a line', 'Headline\nFirst paragraph.\nSecond paragraph.', ['Headline', 'First paragraph.', 'Second paragraph.']],
  ['CRLF and lone CR', 'A one.\r\n\r\nB two.\r\nC three.\rD four.', ['A one.', 'B two.', 'C three.', 'D four.']],
  ['CRLF only, with blank and space-only lines', 'A one.\r\n\r\nB two.\r\n  \r\nC three.\r\nD four.\r\n', ['A one.', 'B two.', 'C three.', 'D four.']],
  ['a trailing CR at the end of the text', 'A one.\nB two.\r', ['A one.', 'B two.']],
  ['U+2028 / U+2029 separators', 'A one.\u2028B two.\u2029C three.', ['A one.', 'B two.', 'C three.']],
  ['surrounding spaces and NBSP-only lines', '   Indented line\n\u00a0\u00a0\n\tTabbed line  ', ['Indented line', 'Tabbed line']],
  ['hard-wrapped block of three lines is one paragraph', `${wrapped}\n\nNext.`, [wrapped, 'Next.']],
  ['a repeated headline stays two lines', 'As Kobane battle intensifies, regime continues Daraa attack\nAs Kobane battle intensifies, regime continues Daraa attack\nAt least 50 IS militants reportedly killed.', ['As Kobane battle intensifies, regime continues Daraa attack', 'As Kobane battle intensifies, regime continues Daraa attack', 'At least 50 IS militants reportedly killed.']],
  ['a heading over its paragraph stays separate', "'Violent attack'\nFighting on Wednesday around Hasakeh left 27 regime fighters dead.", ["'Violent attack'", 'Fighting on Wednesday around Hasakeh left 27 regime fighters dead.']],
  ['two run-on lines stay two paragraphs', 'Regime forces backed by Iranian-supported militias have been\npressing an offensive.', ['Regime forces backed by Iranian-supported militias have been', 'pressing an offensive.']],
  ['empty text', '', []],
  ['only blank lines', '\n\n  \n', []],
];

for (const [name, text, expected] of cases) test(name, () => check(text, expected));

test('re-splitting around an edit gives what a fresh split gives', async () => {
  const fc = (await import('fast-check')).default;
  const { resplit, plainLines } = await import('../../dist/core.js');
  const wrapped = 'The convoy was hit on the road between the two towns, and the\ndrivers of the trucks said that the attack lasted for more than\nan hour before the aircraft left the area, according to witnesses\nwho spoke by telephone from the village after the strike ended.';
  const pieces = ['\n', '\n\n', '\r\n', '\r\n\r\n', '  \n', ' \t\n\n', 'x', 'Raqqa', 'BEIRUT — 12 killed.', wrapped, '\u2028', '\r', '\n   \n', ''];
  const base = fc.array(fc.constantFrom(...pieces, 'One line.', 'Another line here', '  indented line  '), { maxLength: 30 }).map((xs) => xs.join(''));
  fc.assert(
    fc.property(base, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(12), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 6 }), (start, edits) => {
      let text = start;
      let paragraphs = splitParagraphs(text);
      let plain = plainLines(text);
      for (const [at, del, insert] of edits) {
        const pos = Math.floor(at * text.length);
        const next = text.slice(0, pos) + insert + text.slice(pos + del);
        ({ paragraphs, plain } = resplit(text, paragraphs, next, plain));
        text = next;
        assert.deepEqual(paragraphs, splitParagraphs(text));
        assert.equal(plain, plainLines(text), 'whether every line ends in \\n or \\r\\n is carried along');
      }
    }),
    { numRuns: 2000, seed: 11 },
  );
});
