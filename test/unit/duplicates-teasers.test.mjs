// Teasers of other stories under a "Related Articles" / "Read more" / "More from" heading at the end
// of an article (rule related-teaser), and the story paragraphs that must never be flagged as such.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBoilerplate, splitParagraphs } from '../../dist/core.js';

/** expected: [paragraph index, rule] for every boilerplate finding. */
function check(paragraphs, expected) {
  const ps = splitParagraphs(paragraphs.join('\n'));
  assert.equal(ps.length, paragraphs.length, 'paragraph count');
  assert.deepEqual(findBoilerplate(ps).map((b) => [b.paragraph, b.rule]), expected);
}

const STORY = [
  'Sweida attack toll rises to 250',
  'At least 250 people were killed in the attacks on Sweida province on Wednesday, the Observatory said.',
  'Government forces have managed to retake nearly all of Daraa and Quneitra through surrender deals.',
];
const LEDE1 = 'BEIRUT — A string of suicide blasts and raids claimed by Daesh killed more than 220 people in southern Syria on Wednesday, in one of the mil';
const LEDE2 = 'BEIRUT, Lebanon — Rebel shellfire slammed into the southern Syrian city of Sweida on Tuesday for the first time in three years, a monitor sa';
const CUT = 'Regime forces pressed their offensive on the last pocket held by the jihadists along the Jordanian border on Thursday as the gover';

const cases = [
  ['truncated ledes under Related Articles at the end', [...STORY, 'Related Articles', LEDE1, LEDE2], [[3, 'related-articles'], [4, 'related-teaser'], [5, 'related-teaser']]],
  ['a lede cut mid-word without a dateline', [...STORY, 'Read more', CUT], [[3, 'read-more'], [4, 'related-teaser']]],
  ['short headlines under More from …', [...STORY, 'More from Middle East', 'Israel strikes Iranian targets in Syria', 'Aid convoy reaches Eastern Ghouta'], [[3, 'related-articles'], [4, 'related-teaser'], [5, 'related-teaser']]],
  ['teasers followed by more furniture', [...STORY, 'Related Articles', LEDE1, '© 2018 Arab News. All rights reserved.'], [[3, 'related-articles'], [4, 'related-teaser'], [5, 'copyright']]],
  // negatives
  ['no heading: a cut-off lede alone is not flagged', [...STORY, LEDE1], []],
  ['a heading mid-article followed by story paragraphs', ['Related Articles', ...STORY], [[0, 'related-articles']]],
  ['story text after the heading stops the run, and nothing before it is flagged', [...STORY, 'Related Articles', 'Israel strikes Iranian targets in Syria', 'The strikes killed at least 12 fighters, the Observatory said.'], [[3, 'related-articles']]],
  ['full sentences after the heading are story text', [...STORY, 'Related Articles', STORY[1], STORY[2]], [[3, 'related-articles']]],
  ['the next article of a scrape: headline, byline, "3 min read"', [...STORY, 'Related Articles', 'Regime forces captured Idlib as 40 civilians killed', 'By AFP - 12 Jan 2015', '3 min read', STORY[1]], [[3, 'related-articles'], [6, 'read-time']]],
  ['the next article of a scrape: headline then its furniture', [...STORY, 'Read more', 'Regime forces captured Idlib as 40 civilians killed', '3 min read'], [[3, 'read-more'], [5, 'read-time']]],
  ['a long paragraph without final punctuation is not a teaser', [...STORY, 'Related Articles', `${CUT} ${CUT} ${CUT}`], [[3, 'related-articles']]],
];

for (const [name, paragraphs, expected] of cases) test(name, () => check(paragraphs, expected));
