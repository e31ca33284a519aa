// findBoilerplate: each rule on site furniture, and story sentences that must never be flagged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { boilerplateRule, boilerplateRules, findBoilerplate, splitParagraphs } from '../../dist/core.js';

function check(paragraph, expected) {
  assert.equal(boilerplateRule(paragraph), expected, paragraph);
}

const furniture = [
  ['Related Articles', 'related-articles'], ['Related stories:', 'related-articles'], ['More from Middle East', 'related-articles'], ['You may also like', 'related-articles'], ['Read next', 'related-articles'],
  ['Popular posts from this blog', 'popular-posts'], ['Most read', 'popular-posts'],
  ['%d bloggers like this:', 'bloggers-like'], ['Like this:', 'bloggers-like'],
  ['Powered by : © 2014 Systron Micronix :: Leaders in Web Hosting. All rights reserved', 'powered-by'], ['Powered by WordPress', 'powered-by'], ['Powered by Blogger', 'powered-by'],
  ['| About Us | Privacy Policy | Terms of Use | Disclaimer | Contact Us |', 'site-links'], ['Home | World | Middle East', 'breadcrumb'], ['Contact | Advertise | Careers | Sitemap', 'site-links'],
  ['3 min read', 'read-time'], ['5 minutes read', 'read-time'],
  ['You are here', 'breadcrumb'], ['Home » Middle East » Syria', 'breadcrumb'],
  ['Share this:', 'share-prompt'], ['Share this article', 'share-prompt'], ['Share on Facebook Share on Twitter', 'share-prompt'], ['Click to share on Twitter (Opens in new window)', 'share-prompt'], ['Tweet | Email | Print', 'share-prompt'],
  ['Sign up for our newsletter', 'subscribe-prompt'], ['Subscribe now', 'subscribe-prompt'], ['Get our daily newsletter delivered to your inbox', 'subscribe-prompt'],
  ['Follow us on Twitter and Facebook', 'follow-us'],
  ['© 2019 Arab News. All rights reserved.', 'copyright'], ['Copyright 2018 Jordan Times', 'copyright'],
  ['This website uses cookies to improve your experience. By continuing you accept our use of cookies.', 'cookie-notice'],
  ['Read more', 'read-more'], ['Continue reading', 'read-more'],
  ['Advertisement', 'advertisement'],
  ['Leave a Reply', 'comments'], ['12 Comments', 'comments'], ['Leave a Reply Cancel reply', 'comments'],
  ['Your email address will not be published. Required fields are marked *', 'comment-form'], ['You must be logged in to post a comment.', 'comment-form'],
  ['Please enable JavaScript to view the comments powered by Disqus.', 'comment-form'],
  ['Previous article Next article', 'navigation'], ['Back to top', 'navigation'], ['Loading...', 'navigation'], ['Tags: Syria, Idlib, Assad', 'navigation'],
  ['Menu', 'navigation'], ['Search', 'navigation'], ['Topics: Syria, Quneitra, Conflict', 'navigation'], ['Filed under: Middle East', 'navigation'],
  ['Opinions expressed in this article remain those of the author and do not necessarily represent those of The New Arab.', 'disclaimer'],
  ['Our Standards: The Thomson Reuters Trust Principles.', 'disclaimer'],
  ['All rights reserved ©2018', 'copyright'], ['Image copyright Getty Images', 'copyright'],
];

const story = [
  'Powered by Russian jets, regime forces advanced on Mayadeen on Friday.',
  'Read more than 200 names of the dead, the activists said, at a vigil in Idlib.',
  'Related fighting spread to the villages of Mahkan and Quriyah, the monitor said.',
  'You are here because the regime wants you to leave, he told the crowd in Daraa.',
  'Follow-up strikes hit the same market an hour later, killing rescuers.',
  'Share prices in Damascus fell after the announcement.',
  'Subscribers to the opposition channel were arrested in Sweida, activists said.',
  'The Observatory said "all rights reserved" signs had been painted over on the seized factory.',
  'Advertisements for the recruitment drive appeared across Raqqa.',
  'Most of the dead were civilians, the Observatory said.',
  'Home to some three million people, Idlib is the last rebel stronghold.',
  'The battle has been ongoing in Sheikh Miskeen for around a month. - Imad al-Hourani, activist |',
  'Comments by the envoy angered Damascus.',
  'Copyright laws do not apply to looted antiquities, the official said.',
  'The battle for Raqqa',
  'Southern front',
  'Next week the talks resume in Geneva.',
  'Tags were found on the bodies of the executed men, the monitor said.',
  'Loading the wounded onto trucks took hours, a medic said.',
  'Views expressed by residents of Douma were mixed.',
  'Your email address was hacked, the activist was told before his arrest.',
  'Back in Daraa, the rebels regrouped.',
];

for (const [p, rule] of furniture) test(`furniture: ${p}`, () => check(p, rule));
test('story sentences and headings are never flagged', () => { for (const p of story) check(p, undefined); });

test('every rule has a unique id and a test', () => {
  const ids = boilerplateRules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.ok(furniture.some(([, r]) => r === id), `no test for ${id}`);
});

const SEEDS = '/work/shared/seeds';
const skip = !existsSync(SEEDS) && 'seeds not available';
test('seeds: the furniture in each article', { skip }, () => {
  const found = {};
  for (const f of readdirSync(SEEDS).sort()) {
    const ps = splitParagraphs(readFileSync(`${SEEDS}/${f}`, 'utf8'));
    found[f.slice(0, 3)] = findBoilerplate(ps).map((b) => [b.paragraph, b.rule, ps[b.paragraph].text.slice(0, 30)]);
  }
  assert.deepEqual(found, {
    '000': [[3, 'read-time', '3 min read']],
    '001': [[19, 'bloggers-like', '%d bloggers like this:'], [20, 'powered-by', 'Powered by : © 2014 Systron Mi'], [21, 'site-links', '| About Us | Privacy Policy | ']],
    '002': [[0, 'breadcrumb', 'You are here'], [27, 'related-articles', 'Related Articles'], [28, 'related-teaser', 'BEIRUT — A string of suicide b'], [29, 'related-teaser', 'BEIRUT — Daesh kidnapped dozen'], [30, 'related-teaser', 'BEIRUT, Lebanon — Rebel shellf']],
    '003': [],
    '004': [[30, 'popular-posts', 'Popular posts from this blog']],
  });
});
