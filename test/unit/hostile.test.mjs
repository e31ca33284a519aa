// Hostile and odd input through the core: every case completes with sane spans (no exception, every
// span inside the text), and removal keeps one copy of each paragraph.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, applyEdits, removalEdits, checkText } from '../../dist/core.js';

const para = 'At least 12 civilians were killed in air strikes on Idlib, the Syrian Observatory for Human Rights said.';

function sane(text, model) {
  for (const list of [model.entities, model.casualties, model.duplicates, model.boilerplate, model.paragraphs]) {
    for (const s of list) assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length);
  }
  for (const e of model.entities) assert.equal(text.slice(e.start, e.end), e.text);
}

const cases = {
  empty: '',
  'only whitespace': ' \n\n\t\r\n \u00a0\n',
  'CRLF, CR-only and mixed line endings': `${para}\r\n\r\n${para}\rRaqqa was shelled.\n\r\n${para}\r`,
  'astral characters before entities': `😀🔥𝔸 ${para}\n\n🇸🇾 Daesh fighters entered Raqqa. 😀 At least 5 were killed.`,
  'right-to-left Arabic mixed with English': `قال المرصد السوري لحقوق الإنسان إن 12 مدنياً قتلوا في إدلب.\n\n${para}\n\n\u200fالرقة — Raqqa\u200e was shelled; “قتل 5”.`,
  'all numbers': Array.from({ length: 2000 }, (_, i) => `${i} ${i * 7},${i % 1000} 1.${i} ${i}-${i + 1}`).join('\n'),
  'a single 5 MB line': (para + ' ').repeat(Math.ceil((5 * 1048576) / (para.length + 1))),
  '200,000 tiny paragraphs': Array.from({ length: 200000 }, (_, i) => `P${i}.`).join('\n\n'),
  'one paragraph repeated 100,000 times': Array(100000).fill(para).join('\n'),
};

for (const [name, text] of Object.entries(cases)) {
  test(name, () => {
    const model = analyze(text);
    sane(text, model);
    const cleaned = applyEdits(text, removalEdits(text, model.paragraphs, model.duplicates.map((d) => d.paragraph)));
    if (name === 'one paragraph repeated 100,000 times') assert.equal(cleaned.trim(), para);
    if (name === 'astral characters before entities') {
      const raqqa = model.entities.find((e) => e.text === 'Raqqa');
      assert.equal(raqqa?.start, text.indexOf('Raqqa'), 'offsets count UTF-16 code units: each emoji is two');
    }
    if (name === 'all numbers') assert.equal(model.casualties.length + model.entities.length, 0, 'numbers alone are not casualty figures');
    if (name === '200,000 tiny paragraphs') assert.equal(model.duplicates.length, 0, 'distinct tiny paragraphs are not duplicates');
  });
}

test('binary text and oversized text are refused with a reason', () => {
  assert.match(checkText('GIF89a\u0000\u0001\u0002', 20), /binary/);
  assert.match(checkText('x'.repeat(3 * 1048576), 2), /conflictLens\.maxFileSizeMB/);
  assert.equal(checkText(cases['right-to-left Arabic mixed with English'], 20), undefined);
});
