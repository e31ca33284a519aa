import type { Outcome } from '../types';
import type { Tok } from './sentenceTokens';
import { wordBit } from './wordTable';

/**
 * The harm lexicon: words that say people were harmed, with the outcome they report and the part
 * they play in a clause. The part decides how a count may attach:
 *   past     "were killed", "killed 14 people", "50 militants killed in …"
 *   ing      "killing 14", "wounding dozens"
 *   pres     "kills 12" (headlines)
 *   intrans  "42 rebels died", "300,000 fled"
 *   adj      "leave at least 21 dead", "12 remain missing"
 *   noun     "12 deaths", "the bodies of 12", "the abduction of 30"
 */
export type HarmPart = 'past' | 'ing' | 'pres' | 'intrans' | 'adj' | 'noun';

export interface Harm {
  readonly outcome: Outcome;
  readonly part: HarmPart;
  /** Tokens the expression spans ("shot dead" = 2). */
  readonly len: number;
}

// One shared Harm per single word, so the common lookup allocates nothing.
const k = (outcome: Outcome, part: HarmPart, words: string): [string, Harm][] =>
  words.split(' ').map((w) => [w, { outcome, part, len: 1 }]);

const WORDS = new Map<string, Harm>([
  // ("eliminated", "liquidated": how defence ministries report the enemy dead; "buried": mourners' counts. Not
  // "neutralised", which also counts the captured and the surrendered.)
  ...k('killed', 'past', 'killed slain murdered massacred slaughtered assassinated martyred eliminated liquidated buried'),
  ...k('killed', 'ing', 'killing murdering massacring slaughtering'),
  ...k('killed', 'pres', 'kill kills murders'),
  ...k('killed', 'intrans', 'died die dies perished drowned'),
  ...k('killed', 'adj', 'dead'),
  ...k('killed', 'noun', 'deaths fatalities casualties bodies corpses killings lives toll martyrs'),
  ...k('wounded', 'past', 'wounded injured hurt maimed'),
  ...k('wounded', 'ing', 'wounding injuring maiming'),
  ...k('wounded', 'pres', 'wound wounds injure injures'),
  ...k('wounded', 'noun', 'injuries'),
  ...k('wounded', 'past', 'hospitalised hospitalized beaten'),
  ...k('displaced', 'past', 'bussed bused'),
  ...k('kidnapped', 'past', 'kidnapped abducted captured'),
  ...k('kidnapped', 'ing', 'kidnapping abducting capturing'),
  ...k('kidnapped', 'pres', 'kidnap kidnaps abduct abducts'),
  ...k('kidnapped', 'noun', 'abductions kidnappings'),
  ...k('missing', 'adj', 'missing unaccounted'),
  ...k('missing', 'intrans', 'disappeared'),
  ...k('executed', 'past', 'executed beheaded hanged'),
  ...k('executed', 'ing', 'executing beheading'),
  ...k('executed', 'pres', 'execute executes behead beheads'),
  ...k('executed', 'noun', 'executions'),
  ...k('arrested', 'past', 'arrested detained jailed imprisoned'),
  ...k('arrested', 'ing', 'arresting detaining'),
  ...k('arrested', 'pres', 'arrest arrests detain detains'),
  ...k('arrested', 'noun', 'detentions'),
  ...k('displaced', 'past', 'displaced uprooted'),
  ...k('displaced', 'ing', 'displacing'),
  ...k('displaced', 'intrans', 'fled flee flees'),
  ...k('displaced', 'adj', 'homeless'),
]);

// Nouns that report harm to the count in "the <noun> of N" ("the killing of 12", "the lives of 40").
export const HARM_OF_NOUNS = new Map<string, Outcome>([
  ['deaths', 'killed'], ['death', 'killed'], ['killing', 'killed'], ['killings', 'killed'], ['lives', 'killed'], ['bodies', 'killed'],
  ['corpses', 'killed'], ['remains', 'killed'], ['massacre', 'killed'], ['murder', 'killed'], ['execution', 'executed'], ['executions', 'executed'], ['beheading', 'executed'], ['beheadings', 'executed'],
  ['abduction', 'kidnapped'], ['abductions', 'kidnapped'], ['kidnapping', 'kidnapped'], ['kidnappings', 'kidnapped'],
  ['arrest', 'arrested'], ['arrests', 'arrested'], ['detention', 'arrested'], ['displacement', 'displaced'], ['injuries', 'wounded'],
  ['wounding', 'wounded'], ['injuring', 'wounded'], ['injury', 'wounded'], ['martyrdom', 'killed'], ['disappearance', 'missing'],
  ['evacuation', 'displaced'],
]);

// The words that start a harm expression: the single words above and the first words of the phrases
// harmAt reads ("shot dead", "lost their lives", "in custody"); "<verb> to death" is read apart.
const PHRASE_FIRST = new Set(['treated', 'shot', 'gunned', 'cut', 'lost', 'lose', 'taken', 'held', 'took', 'seized', 'in', 'trapped', 'rounded', 'forcibly', 'went', 'gone', 'forced', 'driven', 'death', 'left', 'evacuated', 'not']);
const OWNERS = new Set(['their', 'his', 'her', 'my', 'our']);
const HOMES = new Set(['house', 'houses', 'home', 'homes']);
const HARM_START = wordBit((w) => WORDS.has(w) || PHRASE_FIRST.has(w));
// What one is treated for, and the conditions of the gravely wounded.
const TREATED_FOR = new Set(['injuries', 'injury', 'wounds', 'burns', 'shrapnel', 'breathing', 'suffocation', 'symptoms', 'gunshot']);
const CONDITION = new Set(['critical', 'serious']);

const DISPLACED_AFTER = new Set(['displaced', 'internally', 'refugees', 'idps', 'displacement']);
const RUBBLE = new Set(['rubble', 'debris', 'ruins', 'wreckage', 'collapsed']);
// Words before a passive "held" / "seized": a count was held, not an event ("talks were held" has no count).
const PASSIVE = new Set(['were', 'was', 'are', 'is', 'being', 'been', 'still', 'remain', 'remains', 'remained']);

const SHOT: Harm = { outcome: 'wounded', part: 'past', len: 1 };
const SHOT_DEAD: Harm = { outcome: 'killed', part: 'past', len: 1 };

/**
 * "shot" wounds, unless the sentence says the shooting killed: "shot … in front of" (an execution),
 * "shot and burned", "shot in the massacre", or a sentence opened by "Of those who died, …".
 */
function shotKills(toks: Tok[], i: number): boolean {
  for (let j = i + 1; j < toks.length && j <= i + 12; j++) {
    const w = toks[j].w;
    if (w === 'front' && toks[j - 1].w === 'in' && toks[j + 1]?.w === 'of') return true;
    if ((w === 'burned' || w === 'burnt') && j === i + 2 && toks[i + 1].w === 'and') return true;
    if (w === 'massacre') return true;
  }
  if (toks[0]?.w === 'of') for (let j = 1; j < i && j < 6; j++) if (WORDS.get(toks[j].w)?.outcome === 'killed') return true;
  return false;
}

/** The harm expression starting at token i, or null. Multi-word forms are tried first. */
export function harmAt(toks: Tok[], i: number): Harm | null {
  const t = toks[i];
  if (!t || t.kind !== 'word') return null;
  if (!(t.bits & HARM_START) && toks[i + 1]?.w !== 'to') return null;
  const w = t.w;
  const n1 = toks[i + 1]?.w;
  const n2 = toks[i + 2]?.w;
  // "shot dead", "gunned down", "burned/stabbed/beaten to death", "shot and killed"
  if ((w === 'shot' || w === 'gunned' || w === 'cut') && (n1 === 'dead' || n1 === 'down')) return { outcome: 'killed', part: 'past', len: 2 };
  if (n1 === 'to' && n2 === 'death' && /(?:ed|ten|nt)$/.test(w)) return { outcome: 'killed', part: 'past', len: 3 };
  if (w === 'shot' && n1 === 'and') {
    const h = harmAt(toks, i + 2);
    if (h && h.part === 'past') return { ...h, len: h.len + 2 };
  }
  if (w === 'shot') return shotKills(toks, i) ? SHOT_DEAD : SHOT;
  // "buried under the rubble": trapped, perhaps alive — not a burial.
  if (w === 'buried' && (n1 === 'under' || n1 === 'beneath' || n1 === 'alive')) return null;
  // "lost their lives", "lost his life"
  if ((w === 'lost' || w === 'lose') && (n2 === 'lives' || n2 === 'life')) return { outcome: 'killed', part: 'intrans', len: 3 };
  // "taken/held hostage", "taken captive/prisoner", "taken into custody", "taken away (by the fighters)", "taken to hospital"
  if (w === 'taken' || w === 'held' || w === 'took') {
    if (n1 === 'hostage' || n1 === 'captive' || n1 === 'prisoner') return { outcome: 'kidnapped', part: 'past', len: 2 };
    if (n1 === 'into' && n2 === 'custody') return { outcome: 'arrested', part: 'past', len: 3 };
    if (w === 'taken' && n1 === 'away') return { outcome: 'kidnapped', part: 'past', len: 2 };
    // "taken from their house": abducted.
    if (w === 'taken' && n1 === 'from' && OWNERS.has(n2 ?? '') && HOMES.has(toks[i + 3]?.w ?? '')) return { outcome: 'kidnapped', part: 'past', len: 1 };
    if (w === 'taken' && n1 === 'to' && (n2 === 'hospital' || n2 === 'hospitals')) return { outcome: 'wounded', part: 'past', len: 3 };
    if (w !== 'held' || !PASSIVE.has(toks[i - 1]?.w ?? '')) return null;
    // "were still being held (by the militia)", "are held in detention", "held for questioning": captivity in the passive.
    const custody = (n1 === 'in' && (n2 === 'custody' || n2 === 'detention' || n2 === 'prison' || n2 === 'jail')) || (n1 === 'for' && n2 === 'questioning');
    return custody ? { outcome: 'arrested', part: 'past', len: 3 } : { outcome: 'kidnapped', part: 'past', len: 1 };
  }
  // "have not been heard of since": fate unknown.
  if (w === 'not' && n1 === 'been' && n2 === 'heard') return { outcome: 'missing', part: 'intrans', len: 3 };
  // "were seized by gunmen" (the active "seized 30 passengers" needs a person object: see linkBefore.ts).
  if (w === 'seized' && (PASSIVE.has(toks[i - 1]?.w ?? '') || n1 === 'by')) return { outcome: 'kidnapped', part: 'past', len: 1 };
  // "remain in detention", "still in custody", "held in captivity"
  if (w === 'in' && (n1 === 'detention' || n1 === 'custody' || n1 === 'prison' || n1 === 'jail')) return { outcome: 'arrested', part: 'adj', len: 2 };
  if (w === 'in' && n1 === 'captivity') return { outcome: 'kidnapped', part: 'adj', len: 2 };
  // "remain in camps for the displaced", "living in displacement camps", "in refugee camps"
  if (w === 'in' && n1 === 'camps' && toks[i + 2]?.w === 'for' && DISPLACED_AFTER.has(toks[i + 3]?.w === 'the' ? toks[i + 4]?.w ?? '' : toks[i + 3]?.w ?? '')) {
    return { outcome: 'displaced', part: 'adj', len: 2 };
  }
  if (w === 'in' && (n1 === 'displacement' || n1 === 'refugee' || n1 === 'idp') && (n2 === 'camps' || n2 === 'camp')) return { outcome: 'displaced', part: 'adj', len: 3 };
  // "believed trapped under the rubble": fate unknown, counted as missing ("trapped in the besieged city" is not).
  if (w === 'trapped' && (n1 === 'under' || n1 === 'beneath' || n1 === 'in' || n1 === 'inside')) {
    for (let j = i + 2; j <= i + 4; j++) if (RUBBLE.has(toks[j]?.w ?? '')) return { outcome: 'missing', part: 'adj', len: 1 };
  }
  if (w === 'rounded' && n1 === 'up') return { outcome: 'arrested', part: 'past', len: 2 };
  // "were treated for injuries", "in critical condition", "in a serious condition"
  if (w === 'treated' && n1 === 'for' && TREATED_FOR.has(n2 ?? '')) return { outcome: 'wounded', part: 'past', len: 3 };
  if (w === 'in' && (CONDITION.has(n1 ?? '') ? n2 === 'condition' : n1 === 'a' && CONDITION.has(n2 ?? '') && toks[i + 3]?.w === 'condition')) {
    return { outcome: 'wounded', part: 'adj', len: n1 === 'a' ? 4 : 3 };
  }
  if (w === 'forcibly' && n1 === 'disappeared') return { outcome: 'missing', part: 'past', len: 2 };
  if ((w === 'went' || w === 'gone') && n1 === 'missing') return { outcome: 'missing', part: 'intrans', len: 2 };
  // "forced to flee", "forced from their homes", "driven from their homes"
  if ((w === 'forced' || w === 'driven') && (n1 === 'to' ? n2 === 'flee' || n2 === 'leave' : n1 === 'from' || n1 === 'out')) {
    return { outcome: 'displaced', part: 'past', len: n1 === 'to' ? 3 : 2 };
  }
  if (w === 'death' && n1 === 'toll') return { outcome: 'killed', part: 'noun', len: 2 };
  // "300 families had left their homes"
  if (w === 'left' && OWNERS.has(n1 ?? '') && (n2 === 'homes' || n2 === 'home' || n2 === 'houses' || n2 === 'villages')) return { outcome: 'displaced', part: 'intrans', len: 3 };
  // "11,000 people have been evacuated from border areas" (not the wounded "evacuated to hospital")
  if (w === 'evacuated' && !(n1 === 'to' && (n2 === 'hospital' || n2 === 'hospitals'))) return { outcome: 'displaced', part: 'past', len: 1 };
  return WORDS.get(w) ?? null;
}

/**
 * Cheap test: could this text hold a harm word? Used to skip paragraphs and sentences. Anchored at
 * a word start and grouped by first letter so the engine tries few alternatives per position.
 */
export const HARM_HINT =
  /\b(?:k(?:ill|idnap)|d(?:ead|eath|ie[ds]?\b|ying|rown|isappear|etain|etention|isplac|riven|rove)|p(?:erish|risoner)|s(?:lain|laught|hot|eiz|erious condition)|m(?:assacr|urder|artyr|aim|issing)|a(?:ssassin|bduct|rrest)|f(?:atalit|led|lee|orced)|c(?:asualt|orpse|aptive|aptur|ustody|ritical condition)|b(?:od(?:y|ies)|ehead|uried|ussed|used|eaten|uses carr)|l(?:ives|ost|iquidat|eft (?:their|his|her|my|our) (?:home|house|village))|g(?:unned)|w(?:ound)|i(?:njur|mprison|dp)|h(?:urt|ostage|anged|omeless|eld|ospitali[sz])|u(?:naccounted|proot)|e(?:xecut|liminat|vacuat)|j(?:ail)|r(?:ound(?:ed|ing|s)? up|efugee|emains)|t(?:oll|o death|rapped|reated|aken (?:away|to hospital|from))|n(?:ot been heard))/i;
