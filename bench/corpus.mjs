// Generates realistic scraped war-reporting text of a given size, deterministically from a seed,
// for any benchmark: `makeCorpus(bytes, seed, options)`. Articles have a headline (sometimes
// repeated), byline, dateline, body paragraphs built from templates over a vocabulary of actors,
// places and casualty figures, pull quotes, site boilerplate, and (like real scrapes) repeated
// paragraphs; layouts alternate between blank-line-separated and one-paragraph-a-line.
// Also exports the copy mutators the dedupe accuracy benchmark and tests use.

/** A small fast seeded PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0 || 1;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const V = {
  actor: ['Islamic State militants', 'IS fighters', 'regime forces', 'government troops', 'the Syrian army', 'Free Syrian Army rebels', 'Al-Nusra Front fighters', 'the Syrian Democratic Forces', 'Kurdish YPG units', 'Hezbollah fighters', 'Turkish-backed rebels', 'Iranian-backed militias', 'Hayat Tahrir al-Sham jihadists', 'pro-government militiamen', 'Houthi rebels', 'forces loyal to Khalifa Haftar', 'Iraqi security forces', 'the Popular Mobilisation Forces', 'Faylaq al-Sham fighters', 'the Army of Islam'],
  air: ['Russian jets', 'regime helicopters', 'coalition aircraft', 'Syrian warplanes', 'Saudi-led coalition jets', 'Turkish drones', 'unidentified aircraft', 'US-led coalition planes'],
  place: ['Kobane', 'Daraa', 'Sheikh Miskeen', 'Raqqa', 'Deir Ezzor', 'Mayadeen', 'Albu Kamal', 'Idlib', 'Maarat al-Numan', 'Saraqeb', 'Khan Sheikhun', 'Douma', 'Harasta', 'Jobar', 'Aleppo', 'Al-Bab', 'Manbij', 'Afrin', 'Hasakeh', 'Qamishli', 'Palmyra', 'Homs', 'Hama', 'Latakia', 'Jisr al-Shughur', 'Quneitra', 'Sweida', 'Nawa', 'Jassem', 'Tal Rifaat', 'Mosul', 'Ramadi', 'Fallujah', 'Kirkuk', 'Tikrit', 'Baiji', 'Tripoli', 'Benghazi', 'Sirte', 'Misrata', 'Derna', 'Hodeida', 'Taiz', 'Sanaa', 'Marib', 'Aden', 'Yarmuk camp', 'the Badiya desert', 'Eastern Ghouta', 'the Euphrates valley'],
  region: ['Idlib province', 'Aleppo province', 'Deir Ezzor province', 'Daraa province', 'the northwest', 'eastern Syria', 'the south', 'Hama province', 'Anbar province', 'western Libya', 'northern Yemen'],
  source: ['the Syrian Observatory for Human Rights said', 'the Britain-based Observatory said', 'the monitor said', 'state news agency SANA reported', 'a military source told AFP', 'local activists said', 'the White Helmets said', 'a UN spokesman said', 'the health ministry said', 'medical sources said', 'the Red Cross said', 'Observatory director Rami Abdel Rahman told AFP'],
  day: ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'on Sunday', 'overnight', 'at dawn', 'late on Sunday', 'in the past 24 hours', 'since Friday'],
  victims: ['civilians', 'children', 'women', 'fighters', 'militants', 'soldiers', 'rebels', 'people', 'loyalists', 'jihadists', 'troops', 'displaced people'],
  qualifier: ['at least', 'more than', 'nearly', 'about', 'some', 'up to', ''],
  target: ['a market', 'a hospital', 'a school', 'a bakery', 'a mosque', 'a checkpoint', 'a convoy', 'a camp for displaced people', 'a residential building', 'a fuel depot', 'a water station', 'an ammunition depot', 'a bridge', 'a police station'],
  weapon: ['air strikes', 'barrel bombs', 'rocket fire', 'artillery shelling', 'a car bomb', 'a suicide attack', 'mortar rounds', 'a roadside bomb', 'drone strikes', 'sniper fire'],
  person: ['Imad al-Hourani', 'Rami Abdel Rahman', 'Abu Khaled', 'Umm Ahmed', 'Fatima al-Ali', 'Mohammad Zaal al-Ali', 'Abu Mohamed al-Jolani', 'Moaz al-Khatib', 'Nasr al-Hariri', 'Marianne Gasser'],
  role: ['activist', 'local official', 'doctor', 'commander', 'resident', 'spokesman', 'aid worker', 'Syrian opposition', 'monitor'],
  verb: ['advanced on', 'captured', 'shelled', 'besieged', 'stormed', 'withdrew from', 'retook', 'attacked', 'encircled', 'pushed into'],
  outcome: ['killed', 'wounded', 'kidnapped', 'displaced', 'arrested', 'executed'],
};

const TEMPLATES = [
  (r) => `${cap(r.qualifier)} ${r.n} ${r.victims} were ${r.outcome} ${r.day} when ${r.weapon} hit ${r.target} in ${r.place}, ${r.source}.`,
  (r) => `${cap(r.actor)} ${r.verb} ${r.place} ${r.day} after ${r.n2} days of heavy fighting, ${r.source}.`,
  (r) => `${cap(r.air)} carried out ${r.n2} raids on ${r.place} and surrounding villages in ${r.region} ${r.day}.`,
  (r) => `The toll from the fighting around ${r.place} has risen to ${r.n}, including ${r.n2} ${r.victims}, ${r.source}.`,
  (r) => `"We heard the planes for ${r.n2} minutes before the first strike. People were running everywhere," said ${r.person}, a ${r.role} in ${r.place}.`,
  (r) => `${cap(r.actor)} and ${r.actor2} clashed on the outskirts of ${r.place}, leaving ${r.qualifier} ${r.n} ${r.victims} dead.`,
  (r) => `Thousands of families have fled ${r.place} towards ${r.place2} since the offensive began, according to the UN.`,
  (r) => `${cap(r.source.replace(/ (said|reported|told AFP)$/, ''))} reported that ${r.n} ${r.victims} were ${r.outcome} in ${r.region} over the past week.`,
  (r) => `Aid agencies warned that ${r.target.replace(/^an? /, 'the only ')} in ${r.place} had been put out of service, leaving ${r.n}00 people without help.`,
  (r) => `The attack on ${r.place} came ${r.n2} days after ${r.actor} ${r.verb} ${r.place2}, a strategic crossroads in ${r.region}.`,
  (r) => `${cap(r.person)}, a ${r.role}, said the situation in ${r.place} was "catastrophic" and called for a humanitarian corridor.`,
  (r) => `The ${r.weapon.replace(/^an? /, '')} also ${r.outcome === 'killed' ? 'killed' : 'wounded'} ${r.n2} members of the civil defence in ${r.place}, ${r.source}.`,
  (r) => `${cap(r.actor)} accused ${r.actor2} of breaking the ceasefire agreed in ${r.place2} ${r.day}.`,
  (r) => `More than ${r.n},000 people have been ${r.outcome === 'displaced' ? 'displaced' : 'killed'} in ${r.region} since ${2011 + (r.n2 % 9)}, ${r.source}.`,
];

const BOILERPLATE = ['Related Articles', 'Popular posts from this blog', '%d bloggers like this:', 'Powered by WordPress', '| About Us | Privacy Policy | Terms of Use | Contact Us |', '3 min read', 'You are here', 'Share this article', 'Follow us on Twitter', 'Sign up for our newsletter', 'Read more', '© 2019 Syria Monitor. All rights reserved.'];

const cap = (s) => (s ? s[0].toUpperCase() + s.slice(1) : s);
const pick = (rand, a) => a[Math.floor(rand() * a.length)];

function slots(rand) {
  return {
    actor: pick(rand, V.actor), actor2: pick(rand, V.actor), air: pick(rand, V.air), place: pick(rand, V.place), place2: pick(rand, V.place),
    region: pick(rand, V.region), source: pick(rand, V.source), day: pick(rand, V.day), victims: pick(rand, V.victims),
    qualifier: pick(rand, V.qualifier) || 'exactly', target: pick(rand, V.target), weapon: pick(rand, V.weapon), person: pick(rand, V.person),
    role: pick(rand, V.role), verb: pick(rand, V.verb), outcome: pick(rand, V.outcome), n: 2 + Math.floor(rand() * 480), n2: 2 + Math.floor(rand() * 40),
  };
}

const sentence = (rand) => pick(rand, TEMPLATES)(slots(rand)).replace(/\s+/g, ' ').replace(/ ,/g, ',');

function article(rand, duplicateRate) {
  const s = slots(rand);
  const headline = `${cap(s.actor)} ${s.verb} ${s.place} as ${s.qualifier} ${s.n} ${s.victims} ${s.outcome}`.replace(/\s+/g, ' ');
  const out = [headline];
  if (rand() < 0.3) out.push(headline);
  if (rand() < 0.5) out.push(`By ${pick(rand, ['AFP', 'Reuters', 'AP', 'Staff reporter', 'Al-Araby al-Jadeed'])} - ${1 + Math.floor(rand() * 28)} ${pick(rand, ['Jan', 'Mar', 'Jun', 'Aug', 'Oct', 'Nov'])} ${2014 + Math.floor(rand() * 6)}`);
  if (rand() < 0.2) out.push(`${1 + Math.floor(rand() * 8)} min read`);
  const body = [];
  const n = 6 + Math.floor(rand() * 11);
  for (let i = 0; i < n; i++) {
    const k = 1 + Math.floor(rand() * 3);
    const para = [];
    for (let j = 0; j < k; j++) para.push(sentence(rand));
    body.push(para.join(' '));
    if (i > 2 && rand() < 0.06) body.push(pick(rand, ['Southern front', 'Eastern Ghouta', "'Violent attack'", 'Aid blocked', 'Ceasefire talks']));
  }
  out.push(...body);
  if (rand() < 0.25) {
    const src = pick(rand, body).split(/(?<=[.!?"])\s+/)[0];
    out.splice(out.length - 2, 0, `${src} - ${pick(rand, V.person)}, ${pick(rand, V.role)} |`);
  }
  if (rand() < duplicateRate * 4) {
    // a scrape that repeats a block of the story, as in seed 000
    const from = Math.floor(rand() * body.length);
    out.push(...body.slice(from, from + 1 + Math.floor(rand() * 4)));
  }
  if (rand() < duplicateRate * 2) out.push(nearCopy(rand, pick(rand, body)));
  if (rand() < 0.5) for (let i = 0; i < 1 + Math.floor(rand() * 3); i++) out.push(pick(rand, BOILERPLATE));
  return out;
}

/**
 * Generated article text of about `bytes` UTF-8 bytes, the same for the same seed.
 * options.duplicateRate: share of articles with repeated blocks/near copies (default 0.05).
 * options.layout: 'mixed' (default), 'blank' or 'lines'. options.eol: '\n' (default) or '\r\n'.
 */
export function makeCorpus(bytes, seed = 1, options = {}) {
  return makeArticles(bytes, seed, options).join('');
}

/** The same text as makeCorpus, one string per article (each ends with a blank line): files for workspace benchmarks. */
export function makeArticles(bytes, seed = 1, options = {}) {
  const rand = rng(seed);
  const { duplicateRate = 0.05, layout = 'mixed', eol = '\n' } = options;
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const blank = layout === 'blank' || (layout === 'mixed' && rand() < 0.5);
    const text = article(rand, duplicateRate).join(blank ? eol + eol : eol) + eol + eol;
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  return parts;
}

// ---- copy mutators, for accuracy measurement ----

const WORD_SWAPS = { killed: 'slain', said: 'stated', fighting: 'clashes', town: 'city', civilians: 'residents', forces: 'troops', at: 'near', the: 'this' };

/** A copy with one word dropped, changed or added (the edit is never at the first word). */
export function nearCopy(rand, text, kind = pick(rand, ['drop', 'change', 'add'])) {
  const words = text.split(' ');
  const i = 1 + Math.floor(rand() * (words.length - 1));
  if (kind === 'drop') words.splice(i, 1);
  else if (kind === 'add') words.splice(i, 0, pick(rand, ['reportedly', 'also', 'again', 'still', 'heavily', 'later']));
  else {
    const w = words[i].replace(/[^\p{L}]/gu, '').toLowerCase();
    words[i] = words[i].replace(/[\p{L}'’-]+/u, WORD_SWAPS[w] ?? pick(rand, ['several', 'renewed', 'local', 'nearby', 'northern', 'fresh']));
  }
  return words.join(' ');
}

/** A copy reformatted: case changed, quotes straightened or curled, whitespace and punctuation varied. */
export function reformattedCopy(rand, text) {
  let t = text;
  const ops = [
    (s) => s.toUpperCase(),
    (s) => s.toLowerCase(),
    (s) => s.replace(/"([^"]*)"/g, '“$1”').replace(/'/g, '’'),
    (s) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'"),
    (s) => s.replace(/ /g, () => (rand() < 0.15 ? '  ' : ' ')).replace(/ /, '\u00a0'),
    (s) => s.replace(/,/g, '').replace(/\.$/, ''),
    (s) => `  ${s} `,
  ];
  const n = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < n; i++) t = pick(rand, ops)(t);
  return t === text ? text.toUpperCase() : t;
}

/** A pull quote: one sentence (≥ 6 words) of the paragraph with an attribution, or undefined. */
export function pullQuote(rand, text) {
  const sentences = text.split(/(?<=[.!?]["”]?)\s+(?=["“]?[A-Z])/).filter((s) => s.split(/\s+/).length >= 6);
  if (sentences.length === 0) return undefined;
  const s = pick(rand, sentences).replace(/^["“]|["”]$/g, '').replace(/,["”]? (said|told) .*$/, '.');
  return `${s} - ${pick(rand, V.person)}, ${pick(rand, V.role)} |`;
}

/**
 * A document for accuracy measurement: the given unique paragraphs in random order, with copies
 * injected after their originals: exact, reformatted, near (paragraphs of ≥ nearMinWords words)
 * and pull quotes. Returns the text and, per output paragraph, its truth:
 * { kind: 'unique' | 'exact' | 'reformatted' | 'near' | 'pull', of: index of the original }.
 */
export function accuracyDocument(uniques, seed, options = {}) {
  const rand = rng(seed);
  const { copies = 0.5, layout = rand() < 0.5 ? 'blank' : 'lines', eol = rand() < 0.2 ? '\r\n' : '\n', nearMinWords = 10 } = options;
  const order = [...uniques].sort(() => rand() - 0.5);
  const out = order.map((text) => ({ text, kind: 'unique', of: -1 }));
  const n = Math.round(order.length * copies);
  for (let c = 0; c < n; c++) {
    const at = Math.floor(rand() * out.length);
    const orig = out[at];
    if (orig.kind !== 'unique') continue;
    const kind = pick(rand, ['exact', 'reformatted', 'near', 'pull']);
    let text;
    if (kind === 'exact') text = orig.text;
    else if (kind === 'reformatted') text = reformattedCopy(rand, orig.text);
    else if (kind === 'near') text = orig.text.split(' ').length >= nearMinWords ? nearCopy(rand, orig.text) : undefined;
    else text = pullQuote(rand, orig.text);
    if (!text) continue;
    const pos = at + 1 + Math.floor(rand() * (out.length - at));
    out.splice(pos, 0, { text, kind, of: -1, orig });
  }
  for (const p of out) if (p.orig) p.of = out.indexOf(p.orig);
  const sep = layout === 'blank' ? eol + eol : eol;
  return { text: out.map((p) => p.text).join(sep) + eol, truth: out.map(({ kind, of }) => ({ kind, of })), layout, eol };
}

/** Unique paragraphs from a fixture file: one a line, '#' lines are comments. */
export function fixtureParagraphs(content) {
  return content.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
}

/**
 * Scores a duplicate finder over `docs` accuracy documents (seeds 1..docs): recall per copy kind,
 * flag precision and unique paragraphs lost. `core` is the analysis core (dist/core.js).
 */
export function scoreDedupe(core, uniques, docs, threshold = 0.8, options = {}) {
  const kinds = {};
  let flagged = 0;
  let right = 0;
  let lost = 0;
  let uniqueTotal = 0;
  for (let seed = 1; seed <= docs; seed++) {
    const doc = accuracyDocument(uniques, seed, options);
    const ps = core.splitParagraphs(doc.text);
    if (ps.length !== doc.truth.length) throw new Error(`document ${seed}: ${ps.length} paragraphs, expected ${doc.truth.length}`);
    const found = new Set(core.findDuplicates(ps, threshold).map((d) => d.paragraph));
    doc.truth.forEach((t, i) => {
      if (t.kind === 'unique') {
        uniqueTotal++;
        if (found.has(i)) lost++;
        return;
      }
      kinds[t.kind] ??= { found: 0, total: 0 };
      kinds[t.kind].total++;
      if (found.has(i)) kinds[t.kind].found++;
    });
    for (const i of found) {
      flagged++;
      if (doc.truth[i].kind !== 'unique') right++;
    }
  }
  const recall = Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, v.found / v.total]));
  return { kinds, recall, precision: right / flagged, lost, uniqueTotal };
}
