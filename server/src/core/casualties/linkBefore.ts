import type { Tok } from './sentenceTokens';
import type { NumberPhrase } from './numberWords';
import { NUMBER_START_WORDS } from './numberWords';
import type { VictimPhrase } from './nounPhrase';
import { HARM_OF_NOUNS, harmAt } from './harmWords';
import { NP_STOP } from './victimWords';
import { wordBit } from './wordTable';
import { BRING, EXCEEDS, tollAfter, tollLink } from './tolls';
import { amongLink, type Link } from './linking';

const FILLERS = new Set(['another', 'a', 'further', 'an', 'additional', 'the', 'all', 'my', 'his', 'her', 'their', 'our']);
// Words that may stand in a coordinated object before the count: "killed a mother and her four children".
const OBJECT_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 's', "'", '’', '-']);
const TOLL_LINK = new Set(['to', 'at', 'of', 'reached', 'reaches', 'hit', 'hits', 'is', 'was', 'stood', 'stands', 'now', 'reach', 'reaching', 'hitting', ...EXCEEDS]);
const CARRY = new Set(['carried', 'carrying', 'carry', 'carries', 'ferried', 'ferrying', 'transported', 'transporting']);
const CONVOY = new Set(['buses', 'bus', 'convoy', 'convoys', 'vehicles', 'trucks', 'boats']);
const SHOOT = new Set(['shot', 'gunned', 'shooting', 'gunning']);
const SEND = new Set(['sending', 'sent', 'send', 'sends', 'forcing', 'driving', 'prompting', 'prompted']);
const ROUND = new Set(['rounded', 'rounding', 'round', 'rounds']);
const TAKE = new Set(['take', 'takes', 'taking', 'took', 'taken', 'hold', 'holds', 'holding', 'held']);
const SEIZE = new Set(['seize', 'seizes', 'seizing', 'seized']);
const CAPTIVES = new Set(['hostages', 'hostage', 'captives', 'captive', 'prisoners', 'prisoner']);
const DRIVE = wordBit((w) => /^(?:drove|drive|drives|driving|driven|forced|forcing|forces)$/.test(w));

/** A harm word before the count: an active verb, "the X of", or a toll. */
export function linkBefore(toks: Tok[], num: NumberPhrase, np: VictimPhrase): Link | null {
  let k = num.first - 1;
  for (let n = 0; n < 2 && k >= 0 && FILLERS.has(toks[k].w) && !(toks[k].w === 'a' && n > 0); n++) k--;
  const t = toks[k];
  if (!t) return null;
  // "shot down 45 drones" is hardware; "gunned down 4 men", "shot dead 3" are killings.
  if ((t.w === 'dead' || t.w === 'down') && SHOOT.has(toks[k - 1]?.w ?? '') && (t.w === 'dead' || toks[k - 1].w === 'gunned' || np.cls === 'person')) return { outcome: 'killed', kind: 'before', harmEnd: k + 1 };
  // "sending thousands of people fleeing into Lebanon"
  if (SEND.has(t.w) && toks[np.end]?.w === 'fleeing' && np.cls !== 'nonperson') return { outcome: 'displaced', kind: 'before', harmEnd: np.end + 1 };
  // "rounded up several hundred men"
  if (t.w === 'up' && ROUND.has(toks[k - 1]?.w ?? '') && np.cls === 'person') return { outcome: 'arrested', kind: 'before', harmEnd: k + 1 };
  // "Among the dead were two children": the inverted "two children were among the dead".
  if (t.w === 'were' || t.w === 'was' || t.w === 'are' || t.w === 'is') {
    for (let j = k - 2; j >= k - 5 && j >= 0; j--) if (toks[j].w === 'among') return amongLink(toks, j);
  }
  const h = harmAt(toks, k);
  // ("shot 3 rockets" is no harm; "shot her two sons in front of her" kills.)
  if (h && h.len === 1 && (h.part === 'past' || h.part === 'ing' || h.part === 'pres') && (t.w !== 'shot' || (h.outcome === 'killed' && np.cls === 'person'))) {
    return { outcome: h.outcome, kind: 'before', harmEnd: k + 1 };
  }
  // "taking 251 hostages", "had taken several dozen soldiers prisoner", "seized 30 passengers": capture of people only.
  if (np.cls === 'person' && (SEIZE.has(t.w) || (TAKE.has(t.w) && (CAPTIVES.has(toks[np.end - 1].w) || CAPTIVES.has(toks[np.end]?.w ?? ''))))) {
    return { outcome: 'kidnapped', kind: 'before', harmEnd: k + 1 };
  }
  // "killed with seven of his men": the others killed with him; "a medic treated about 40 soldiers"; "green buses carried 2,100 people".
  if (t.w === 'with' && np.cls !== 'nonperson' && harmAt(toks, k - 1)?.part === 'past') return { outcome: harmAt(toks, k - 1)!.outcome, kind: 'before', harmEnd: k };
  if (t.w === 'treated' && np.cls === 'person') return { outcome: 'wounded', kind: 'before', harmEnd: k + 1 };
  if (CARRY.has(t.w) && np.cls === 'person' && CONVOY.has(toks[k - 1]?.w ?? '')) return { outcome: 'displaced', kind: 'before', harmEnd: k + 1 };
  // "regime forces lost at least 15 soldiers"; "drove some 500,000 people from Mosul"
  if ((t.w === 'lost' || t.w === 'losing') && np.cls === 'person') return { outcome: 'killed', kind: 'before', harmEnd: k + 1 };
  if (t.bits & DRIVE && np.cls !== 'nonperson' && toks.slice(np.start, np.end + 1).some((x) => x.w === 'from' || x.w === 'out')) {
    return { outcome: 'displaced', kind: 'before', harmEnd: k + 1 };
  }
  if (t.w === 'of') {
    const o = HARM_OF_NOUNS.get(toks[k - 1]?.w ?? '');
    // ("the evacuation of 1,000 wounded": their own harm names them.)
    if (o && !(o === 'displaced' && harmAt(toks, np.end))) return { outcome: o, kind: 'of', harmEnd: k };
  }
  // "bringing to 32 the number of Turkish troops killed": the toll named after the count.
  if (t.w === 'to' && BRING.has(toks[k - 1]?.w ?? '')) return tollAfter(toks, num.last + 1, k);
  if (TOLL_LINK.has(t.w)) return tollLink(toks, k);
  // "the dead included 5 children", "those killed include"
  if (t.w === 'included' || t.w === 'include' || t.w === 'includes') {
    // ("the dead since August 27 included …": past a short time phrase.)
    for (let j = k - 1; j >= k - 5 && j >= 0; j--) {
      const hh = harmAt(toks, j);
      if (hh) return { outcome: hh.outcome, kind: 'toll', harmEnd: k };
    }
  }
  // A second object of the same verb: "killed the group's deputy leader and two of his bodyguards".
  const and = t.w === 'and' ? k : OBJECT_WORDS.has(t.w) && toks[k - 1]?.w === 'and' ? k - 1 : -1;
  if (and > 0 && np.cls !== 'nonperson') {
    for (let j = and - 1; j >= 0 && j >= and - 10; j--) {
      const x = toks[j];
      const hh = harmAt(toks, j);
      if (hh && (hh.part === 'past' || hh.part === 'ing' || hh.part === 'pres') && j + hh.len < and) return { outcome: hh.outcome, kind: 'before', harmEnd: j + hh.len };
      // "who lost his wife and three of his children"
      if ((x.w === 'lost' || x.w === 'losing') && np.cls === 'person' && j + 1 < and) return { outcome: 'killed', kind: 'before', harmEnd: j + 1 };
      // "a 65-year-old farmer": an age glued into the first object.
      const age = x.kind === 'num' && toks[j + 1]?.raw === '-' && !toks[j + 1].spaced;
      if (x.kind !== 'word' && !OBJECT_WORDS.has(x.raw) && !age) return null;
      if (x.kind === 'word' && !OBJECT_WORDS.has(x.w) && (NP_STOP.has(x.w) || NUMBER_START_WORDS.has(x.w))) return null;
    }
  }
  return null;
}
