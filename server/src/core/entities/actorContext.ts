import { ActorTokens, CAP, isDash, POSS } from './actorTokens';
import { words } from './actorHash';

/**
 * When does a country name (or a capital) stand for the state acting, rather than a location?
 * "Russia has not acknowledged", "Washington voiced concern", "Russia's foreign minister",
 * "brokered by the United States and Russia", "I told Russia", "Iran-backed" act;
 * "in Syria", "to Moscow", "Syria's Aleppo province" are places.
 */

// Verbs (and auxiliaries) a state is the subject of in news copy.
const VERBS = words(
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
    'maintains maintained argues argued disputes disputed needs needed keeps kept gave gives lost won tried tries backed reportedly'),
);
// Words that follow "is/was" when the state is the subject of a predicate ("Iran is a key ally").
const AFTER_COPULA = words('one a an key backing supporting trying seeking accused expected ready not also among committed determined responsible opposed believed reported set likely unlikely now still the');
// Adverbs allowed between a state and its verb.
const ADVERBS = words('also now still then later previously recently reportedly repeatedly officially publicly quickly strongly already long allegedly swiftly again too itself');
// Nouns after "<Country>'s" that make the country the state: "Russia's foreign minister".
const ROLES = words(
  ('government foreign defence defense minister ministry ministers president prime army military forces troops air navy ally allies ' +
    'envoy ambassador officials leader leaders leadership regime authorities intelligence intervention campaign offensive support ' +
    'backing position stance decision role parliament security cabinet delegation representative diplomats embassy spokesman ' +
    'spokeswoman veto strikes airstrikes warplanes jets soldiers navy interior health information junta rulers ruler'),
);
// "<Country>-backed" and friends.
const HYPHEN_VERBS = words('backed led brokered sponsored supported allied aligned funded armed trained');
// Words before a state that make it act or be addressed as an actor.
const BEFORE = words(
  ('by backers backer ally allies patron patrons sponsor sponsors partner partners supporters told urged warned accused criticised ' +
    'criticized asked condemned sanctioned blamed thanked pressed lobbied invited praised lambasted slammed telling urging accusing ' +
    'warning asking calling'),
);
// "talks with Russia", "deal with Turkey".
const WITH_NOUNS = words('talks agreement deal ties relations cooperation coordination alliance negotiations contacts meeting truce ceasefire');
// A country after these is a location even when a verb follows: "fleeing to Turkey said".
const LOCATIVE = words('in to from into across inside towards toward near of within throughout at via through outside around over entered reached fled');
// "by" after these is a location: "bordered by Iraq".
const LOCATIVE_BY = words('bordered surrounded flanked divided separated followed ranked');
// Nouns ending in -s / -ed that are no verb after a country name.
const NOT_VERBS = words(
  ('forces troops fighters militants rebels officials authorities strikes airstrikes refugees citizens borders news affairs talks ' +
    'suburbs countryside outskirts provinces regions areas cities towns villages governorates camps residents civilians people ' +
    'its his her their based related bound'),
);

const AUXILIARIES = new Set('has have had will would could should can may might must did does do'.split(' '));

/**
 * True when the mention at tokens [i, j) (a country name when `capital` is false) acts in its sentence.
 * Capitals need a clear verb after them ("Washington voiced", "Moscow has been carrying out").
 */
export function actsAsState(t: ActorTokens, i: number, j: number, capital: boolean): boolean {
  const last = j - 1;
  const next = j < t.n && !t.breakBetween(last, j) ? j : -1;
  const before = i > 0 && !t.breakBetween(i - 1, i) ? i - 1 : -1;
  const located = before >= 0 && (LOCATIVE.fold(t, before) || (t.fold(before) === 'the' && i > 1 && LOCATIVE.fold(t, i - 2)));
  if (next >= 0 && t.start[next] - t.end[last] === 1 && isDash(t.src.charCodeAt(t.end[last]))) return HYPHEN_VERBS.fold(t, next);
  if (next >= 0 && !located) {
    if (t.flags[last] & POSS) {
      if (ROLES.fold(t, next) && !capital) return true;
      return capital && ROLES.fold(t, next) && t.fold(next) !== 'air';
    }
    if (/^[ \u00a0]+$/.test(t.src.slice(t.end[last], t.start[next]))) {
      let k = j;
      while (k < t.n - 1 && ADVERBS.fold(t, k)) k++;
      if (!t.breakBetween(k - 1, k) && !(t.flags[k] & CAP)) {
        const w = t.fold(k);
        if (w === 'is' || w === 'was' || w === 'are' || w === 'were') {
          if (k + 1 < t.n && AFTER_COPULA.fold(t, k + 1) && !(capital && t.fold(k + 1) === 'the')) return true;
        } else if (VERBS.fold(t, k)) {
          if (!capital) return true;
          if (!AUXILIARIES.has(w)) return true;
          if (k + 1 < t.n) {
            const after = t.fold(k + 1);
            if (after === 'not' || after === 'been' || ADVERBS.fold(t, k + 1) || VERBS.fold(t, k + 1) || after.endsWith('ed') || after.endsWith('en')) return true;
          }
        } else if (!NOT_VERBS.fold(t, k) && w.length > 3 && w.endsWith('ed')) {
          return true;
        } else if (!capital && !NOT_VERBS.fold(t, k) && w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) {
          return true;
        }
      }
    }
  }
  if (i === 0 || t.breakBetween(i - 1, i)) return false;
  let p = i - 1;
  if (t.fold(p) === 'the' && p > 0) p--;
  if (p < i - 1 && t.breakBetween(p, p + 1)) return false;
  const prev = t.fold(p);
  if (prev === 'ally' && capital) return true;
  if (capital) return false;
  if (prev === 'by') return !(p > 0 && LOCATIVE_BY.fold(t, p - 1));
  if (BEFORE.fold(t, p)) return true;
  if (prev === 'with' && p > 0 && WITH_NOUNS.fold(t, p - 1)) return true;
  return false;
}

/**
 * Country scores for each paragraph: votes (places, demonyms, actors tied to a country) of its own
 * article, nearer paragraphs weighing more. A file may hold several articles: a dateline paragraph
 * ("CAIRO: ...", "BEIRUT — ...") starts a new one, together with the headline lines just before it.
 * Scores are made on demand: only paragraphs with a context phrase ("the regime") need one.
 */
export class StoryCountries {
  private readonly totals = new Map<number, Map<string, number>>();
  constructor(
    private readonly votes: (Map<string, number> | undefined)[],
    private readonly section: Int32Array,
  ) {
    votes.forEach((v, p) => {
      if (!v) return;
      const t = this.totals.get(section[p]) ?? new Map<string, number>();
      for (const [c, n] of v) t.set(c, (t.get(c) ?? 0) + n);
      this.totals.set(section[p], t);
    });
  }

  score(p: number): Map<string, number> {
    const { votes, section } = this;
    const score = new Map<string, number>();
    for (const [c, n] of this.totals.get(section[p]) ?? []) score.set(c, 0.2 * n);
    for (let q = Math.max(0, p - 6); q <= Math.min(votes.length - 1, p + 3); q++) {
      const v = votes[q];
      if (!v || section[q] !== section[p]) continue;
      const w = q <= p ? 1 / (1 + (p - q) * 0.5) : 0.5 / (q - p);
      for (const [c, n] of v) score.set(c, (score.get(c) ?? 0) + w * n);
    }
    return score;
  }
}

const DATELINE = /^(?:[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*(?:, [A-Z][\p{L}]+)?\s*(?::|—|–|--)|[A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?\s*(?:—|–))\s/u;

/** A paragraph that opens with a dateline ("CAIRO: ...", "BEIRUT — ..."). */
export function isDateline(paragraphText: string): boolean {
  return DATELINE.test(paragraphText.trimStart());
}

/** Article index of every paragraph, from the paragraphs that open with a dateline. */
export function articleSections(datelines: boolean[], paragraphs: readonly { text: string }[]): Int32Array {
  const texts = paragraphs.map((p) => p.text);
  const starts = new Uint8Array(texts.length);
  for (let p = 1; p < texts.length; p++) {
    if (!datelines[p]) continue;
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
