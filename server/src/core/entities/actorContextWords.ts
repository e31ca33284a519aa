import { words } from './actorHash';

// The word sets that decide whether a country or capital acts as a state (actorContext.ts).

// Verbs (and auxiliaries) a state is the subject of in news copy.
export const VERBS = words(
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
    'maintains maintained argues argued disputes disputed needs needed keeps kept gave gives lost won tried tries backed reportedly ' +
    'regards regarded views viewed accuses denies rejects insists warns calls urges condemns blames vows launches strikes sends deploys ' +
    'signs agrees refuses dismisses announces demands threatens opposes opposed recalls summons expels hits retaliates responds shot'),
);
// Words that follow "is/was" when the state is the subject of a predicate ("Iran is a key ally").
export const AFTER_COPULA = words('one a an key backing supporting trying seeking accused expected ready not also among committed determined responsible opposed believed reported set likely unlikely now still the');
// Adverbs allowed between a state and its verb.
export const ADVERBS = words('also now still then later previously recently reportedly repeatedly officially publicly quickly strongly already long allegedly swiftly again too itself yesterday today');
export const DAYS = words('monday tuesday wednesday thursday friday saturday sunday');
export const CALLS = words('call calls called calling');
// Nouns after "<Country>'s" that make the country the state: "Russia's foreign minister".
export const ROLES = words(
  ('government foreign defence defense minister ministry ministers president prime army military forces troops air navy ally allies ' +
    'envoy ambassador officials leader leaders leadership regime authorities intelligence intervention campaign offensive support ' +
    'backing position stance decision role parliament security cabinet delegation representative diplomats embassy spokesman ' +
    'spokeswoman veto strikes airstrikes warplanes jets soldiers navy interior health information junta rulers ruler'),
);
// "<Country>-backed" and friends.
export const HYPHEN_VERBS = words('backed led brokered sponsored supported allied aligned funded armed trained');
// Words before a state that make it act or be addressed as an actor.
export const BEFORE = words(
  ('by backers backer ally allies patron patrons sponsor sponsors partner partners supporters told urged warned accused criticised ' +
    'criticized asked condemned sanctioned blamed thanked pressed lobbied invited praised lambasted slammed telling urging accusing ' +
    'warning asking calling blame blames blaming accuse accuses urges warns condemns criticises criticizes'),
);
// "talks with Russia", "deal with Turkey".
export const WITH_NOUNS = words('talks agreement agreements deal deals ties relations cooperation coordination alliance negotiations contacts meeting meetings truce ceasefire negotiated signed agreed coordinated');
// A country after these is a location even when a verb follows: "fleeing to Turkey said".
export const LOCATIVE = words('in to from into across inside towards toward near of within throughout at via through outside around over entered reached fled');
// "by" after these is a location: "bordered by Iraq".
export const LOCATIVE_BY = words('bordered surrounded flanked divided separated followed ranked');
// Nouns ending in -s / -ed that are no verb after a country name.
export const NOT_VERBS = words(
  ('forces troops fighters militants rebels officials authorities strikes airstrikes refugees citizens borders news affairs talks ' +
    'suburbs countryside outskirts provinces regions areas cities towns villages governorates camps residents civilians people ' +
    'its his her their based related bound'),
);

// After "X has": a quantity or description of the place ("Libya has more than…").
export const HAS_PLACE = new Set('more less about around some over nearly almost few many no a an the long hosted'.split(' '));
// After "X has been": what happens to a place ("Libya has been split").
export const BEEN_PLACE = words(
  'split divided hit devastated ravaged mired gripped wracked racked torn plagued struck shaken embroiled battered rocked engulfed affected home the a an in under at largely relatively',
);
export const MODALS = new Set('will would could should can may might must'.split(' '));
// "Negotiators from Qatar": people a state sends.
export const ENVOYS = words('negotiators mediators officials delegations delegation delegates envoys diplomats representatives ministers leaders counterparts');
// Directions before a country that make it a location: "on southern Lebanon".
export const DIRECTIONS = words(
  'southern northern eastern western central northeastern northwestern southeastern southwestern north-eastern north-western south-eastern south-western ' +
    'north south east west northeast northwest southeast southwest north-east north-west south-east south-west',
);
/** Verbs that address a capital as the state when a preposition follows: "accused Abu Dhabi of …". */
export const ADDRESSED = words('blame blames blamed blaming accuse accuses accused accusing urge urges urged urging');
// "support from Washington", "the coalition of Saudi Arabia and …": a backer, a member.
export const SUPPORT_NOUNS = words('support backing aid help assistance funding weapons arms pressure approval permission protection');
export const MEMBERS_OF = words('coalition alliance axis');
// What may follow a capital standing as an agent ("by Moscow and Ankara in March"), not a modifier ("by Damascus residents").
export const AFTER_AGENT = words('and or in on at to for as over after since during last this with has have had is was were are will would said says');
