import type { ActorToken } from './actorTokens';
import { sentenceBreak } from './actorTokens';

/**
 * When does a country name (or a capital) stand for the state acting, rather than a location?
 * "Russia has not acknowledged", "Washington voiced concern", "Russia's foreign minister",
 * "brokered by the United States and Russia", "I told Russia", "Iran-backed" act;
 * "in Syria", "to Moscow", "Syria's Aleppo province" are places.
 */

// Verbs (and auxiliaries) a state is the subject of in news copy.
const VERBS = new Set(
  ('said says say has have had will would could should can may might must did does do ' +
    'voiced accused denied announced launched struck carried sent deployed warned called urged backed backs supports supported ' +
    'condemned rejected acknowledged intervened vetoed agreed signed refused claimed dismissed intensified stepped continues continued ' +
    'began begins provided provides demanded demands insisted imposed threatened pledged offered expelled recalled summoned ' +
    'responded retaliated bombed shelled attacked targeted hit killed fired invaded annexed occupied recognised recognized ' +
    'unleashed blamed vowed wants wanted seeks sought hopes hoped plans planned considers considered fears feared ' +
    'sees saw believes believed stressed reiterated confirmed admitted asked told informed proposed suggested brokered mediated ' +
    'negotiated sanctioned armed trained funded financed helped helps stands stood remains remained voted abstained joined left ' +
    'withdrew withdraws closed opened reopened suspended resumed halted ordered approved allowed blocked banned detained arrested ' +
    'released evacuated airlifted sponsored hosted welcomed praised criticised criticized slammed lambasted declared expects expected ' +
    'maintains maintained argues argued disputes disputed needs needed keeps kept gave gives lost won tried tries backed reportedly').split(' '),
);
// Words that follow "is/was" when the state is the subject of a predicate ("Iran is a key ally").
const AFTER_COPULA = new Set('one a an key backing supporting trying seeking accused expected ready not also among committed determined responsible opposed believed reported set likely unlikely now still the'.split(' '));
// Adverbs allowed between a state and its verb.
const ADVERBS = new Set('also now still then later previously recently reportedly repeatedly officially publicly quickly strongly already long allegedly swiftly again too itself'.split(' '));
// Nouns after "<Country>'s" that make the country the state: "Russia's foreign minister".
const ROLES = new Set(
  ('government foreign defence defense minister ministry ministers president prime army military forces troops air navy ally allies ' +
    'envoy ambassador officials leader leaders leadership regime authorities intelligence intervention campaign offensive support ' +
    'backing position stance decision role parliament security cabinet delegation representative diplomats embassy spokesman ' +
    'spokeswoman veto strikes airstrikes warplanes jets soldiers navy interior health information junta rulers ruler').split(' '),
);
// "<Country>-backed" and friends.
const HYPHEN_VERBS = new Set('backed led brokered sponsored supported allied aligned funded armed trained'.split(' '));
// Words before a state that make it act or be addressed as an actor.
const BEFORE = new Set(
  ('by backers backer ally allies patron patrons sponsor sponsors partner partners supporters told urged warned accused criticised ' +
    'criticized asked condemned sanctioned blamed thanked pressed lobbied invited praised lambasted slammed telling urging accusing ' +
    'warning asking calling').split(' '),
);
// "talks with Russia", "deal with Turkey".
const WITH_NOUNS = new Set('talks agreement deal ties relations cooperation coordination alliance negotiations contacts meeting truce ceasefire'.split(' '));
// A country after these is a location even when a verb follows: "fleeing to Turkey said".
const LOCATIVE = new Set('in to from into across inside towards toward near of within throughout at via through outside around over entered reached fled'.split(' '));
// "by" after these is a location: "bordered by Iraq".
const LOCATIVE_BY = new Set('bordered surrounded flanked divided separated followed ranked'.split(' '));
// Nouns ending in -s / -ed that are no verb after a country name.
const NOT_VERBS = new Set(
  ('forces troops fighters militants rebels officials authorities strikes airstrikes refugees citizens borders news affairs talks ' +
    'suburbs countryside outskirts provinces regions areas cities towns villages governorates camps residents civilians people ' +
    'its his her their based related bound').split(' '),
);

/**
 * True when the mention at tokens [i, j) (a country name when `capital` is false) acts in its sentence.
 * Capitals need a clear verb after them ("Washington voiced", "Moscow has been carrying out").
 */
export function actsAsState(text: string, toks: ActorToken[], i: number, j: number, capital: boolean): boolean {
  const last = toks[j - 1];
  const next = j < toks.length && !sentenceBreak(text, last.end, toks[j].start) ? toks[j] : undefined;
  const before = i > 0 && !sentenceBreak(text, toks[i - 1].end, toks[i].start) ? toks[i - 1] : undefined;
  const located = !!before && (LOCATIVE.has(before.fold) || (before.fold === 'the' && i > 1 && LOCATIVE.has(toks[i - 2].fold)));
  if (next && /^[-‐‑–]$/.test(text.slice(last.end, next.start))) return HYPHEN_VERBS.has(next.fold);
  if (next && !located) {
    const gap = text.slice(last.end, next.start);
    if (last.possessive) {
      if (ROLES.has(next.fold) && !capital) return true;
      return capital && ROLES.has(next.fold) && next.fold !== 'air';
    }
    if (/^[ \u00a0]+$/.test(gap)) {
      let k = j;
      while (k < toks.length - 1 && ADVERBS.has(toks[k].fold)) k++;
      const w = toks[k];
      if (w && !sentenceBreak(text, toks[k - 1].end, w.start) && !w.capitalised) {
        if (w.fold === 'is' || w.fold === 'was' || w.fold === 'are' || w.fold === 'were') {
          const after = toks[k + 1];
          if (after && AFTER_COPULA.has(after.fold) && !(capital && after.fold === 'the')) return true;
        } else if (VERBS.has(w.fold)) {
          if (!capital) return true;
          if (!/^(has|have|had|will|would|could|should|can|may|might|must|did|does|do)$/.test(w.fold)) return true;
          const after = toks[k + 1];
          if (after && (after.fold === 'not' || after.fold === 'been' || ADVERBS.has(after.fold) || VERBS.has(after.fold) || /(ed|en)$/.test(after.fold))) return true;
        } else if (!NOT_VERBS.has(w.fold) && w.fold.length > 3 && /ed$/.test(w.fold)) {
          return true;
        } else if (!capital && !NOT_VERBS.has(w.fold) && w.fold.length > 3 && /[^s]s$/.test(w.fold)) {
          return true;
        }
      }
    }
  }
  if (i === 0 || sentenceBreak(text, toks[i - 1].end, toks[i].start)) return false;
  let p = i - 1;
  if (toks[p].fold === 'the' && p > 0) p--;
  const prev = toks[p];
  if (p < i - 1 && sentenceBreak(text, prev.end, toks[p + 1].start)) return false;
  if (prev.fold === 'ally' && capital) return true;
  if (capital) return false;
  if (prev.fold === 'by') return !(p > 0 && LOCATIVE_BY.has(toks[p - 1].fold));
  if (BEFORE.has(prev.fold)) return true;
  if (prev.fold === 'with' && p > 0 && WITH_NOUNS.has(toks[p - 1].fold)) return true;
  return false;
}

/**
 * Country scores for each paragraph: votes (places, demonyms, actors tied to a country) of its own
 * article, nearer paragraphs weighing more. A file may hold several articles: a dateline paragraph
 * ("CAIRO: ...", "BEIRUT — ...") starts a new one, together with the headline lines just before it.
 */
export function storyCountries(votes: Map<string, number>[], paragraphTexts: string[]): Map<string, number>[] {
  const section = articleSections(paragraphTexts);
  const out: Map<string, number>[] = [];
  const totals = new Map<number, Map<string, number>>();
  votes.forEach((v, p) => {
    const t = totals.get(section[p]) ?? new Map<string, number>();
    for (const [c, n] of v) t.set(c, (t.get(c) ?? 0) + n);
    totals.set(section[p], t);
  });
  for (let p = 0; p < votes.length; p++) {
    const score = new Map<string, number>();
    for (const [c, n] of totals.get(section[p]) ?? []) score.set(c, 0.2 * n);
    for (let q = Math.max(0, p - 6); q <= Math.min(votes.length - 1, p + 3); q++) {
      if (section[q] !== section[p]) continue;
      const w = q <= p ? 1 / (1 + (p - q) * 0.5) : 0.5 / (q - p);
      for (const [c, n] of votes[q]) score.set(c, (score.get(c) ?? 0) + w * n);
    }
    out.push(score);
  }
  return out;
}

const DATELINE = /^(?:[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*(?:, [A-Z][\p{L}]+)?\s*(?::|—|–|--)|[A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?\s*(?:—|–))\s/u;

/** Article index of every paragraph. */
function articleSections(texts: string[]): Int32Array {
  const starts = new Uint8Array(texts.length);
  for (let p = 1; p < texts.length; p++) {
    if (!DATELINE.test(texts[p].trimStart())) continue;
    let h = p;
    while (h > 1 && texts[h - 1].split(/\s+/).length < 20 && !/[.]["”’]?\s*$/.test(texts[h - 1])) h--;
    starts[h] = 1;
  }
  const out = new Int32Array(texts.length);
  for (let p = 1; p < texts.length; p++) out[p] = out[p - 1] + starts[p];
  return out;
}

/** The country with the highest score, if any. */
export function bestCountry(score: Map<string, number> | undefined): string | undefined {
  let best: string | undefined;
  let top = 0;
  for (const [c, n] of score ?? []) {
    if (n > top) {
      best = c;
      top = n;
    }
  }
  return best;
}
