import { words } from './actorHash';

// The word sets that find names by cues and type them (actorNames.ts).

// Lower-case name particles inside Arabic, Dutch, French and other names.
export const PARTICLES = words('al el bin ibn bint abu abd abdel abdul ben bou ould ag de di da du van von der den la le dos das del');
// Role titles before a name (not part of its span): a cue that a person follows.
export const TITLES = words(
  ('president minister premier commander spokesman spokeswoman spokesperson activist activists director envoy head chief leader governor ' +
    'general gen colonel col major maj captain capt lieutenant lt sergeant sgt brigadier admiral dr mr mrs ms secretary ambassador king ' +
    'prince emir correspondent analyst researcher official resident journalist reporter mayor senator chairman chairwoman member ' +
    'founder cleric imam coordinator representative negotiator mufti judge lawyer doctor witness fighter medic nurse photographer ' +
    'defector expert professor prof diplomat counterpart mediator marshal ayatollah mullah sultan sayyed sheikh shaykh brig ' +
    'woman man boy girl mother father son daughter wife husband brother sister farmer teacher student driver shepherd ' +
    'widow widower vendor merchant trader refugee survivor mechanic uncle aunt cousin nephew niece grandfather grandmother candidate ' +
    'officer businessman businesswoman engineer pilot politician lawmaker legislator'),
);
/** Plural titles: a cue only from earlier in the clause ("one of its commanders, Hussam Abu Harbeed,"). */
export const PLURAL_TITLES = words('commanders leaders officials');
// Words that qualify a title ("Defence Minister", "former head"): stripped, but no cue on their own.
export const MODIFIERS = words('grand deputy foreign defence defense interior prime vice first former late slain acting self-styled field local senior top rebel militant political military');
/** Verbs before "by" that name a leader: "led by Ahmad al-Awda". */
export const LED = words('led headed commanded');
// Capitalised words that name things, not people ("Press Service", "Hospital").
export const NOT_NAMES = words(
  ('press service services news agency office department ministry university hospital street road square airport base camp prison ' +
    'mosque church school city province district valley river mountain mountains desert bridge dam gate market photo video image ' +
    'images ap afp reuters getty file handout twitter facebook telegram youtube war battle operation offensive day week year'),
);
export const SPEECH = words(
  ('said says told tells added adds claimed claims stated noted explained insisted vowed warned announced urged denied confirmed wrote ' +
    'tweeted declared stressed argued spoke dismissed accused described criticised criticized called asked replied commented ' +
    'acknowledged admitted threatened pledged promised met visited recalled estimated reported according reporting ordered'),
);
// Capitalised words that begin sentences or headlines but never a name.
export const COMMON = words(
  ('the a an in on at of for to from by with and or but as if when while after before since during despite although though however ' +
    'this that these those there here it its he she they we i you his her their our my your who what which where why how ' +
    'meanwhile also earlier later recently now then today yesterday tomorrow last next some many most several all both each every no not ' +
    'more less other another such only even just still yet so than once about around near over under between among against into onto ' +
    'inside outside across along through throughout toward towards up down off out back away per via amid amidst following ' +
    'according local former new old first second third top senior security state government opposition rebel rebels regime army ' +
    'forces troops fighters militants jihadists activists officials residents sources witnesses police militia militias people ' +
    'civilians children women men islamist islamic jihadist sunni shiite shia kurdish arab western eastern northern southern central ' +
    'north south east west breaking update updated related read more photo video file caption reporting editing writing ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october ' +
    'november december mr mrs ms dr said says according president minister prime general'),
);
export const ARMED_HEADS = words('front army brigade brigades battalion battalions legion division regiment corps militia militias guard guards forces force movement group units unit');
export const ARABIC_ARMED_HEADS = words('jaish jaysh liwa harakat harakat jabhat kataib kata\'ib saraya ansar ahrar faylaq failaq jund firqat alwiya asaib katibat tajamu');
export const STATE_HEADS = words('ministry police gendarmerie administration');
export const ORG_HEADS = words(
  ('council observatory committee party agency coalition organization organisation union association network institute commission ' +
    'foundation society centre center crescent office authority mission fund programme program assembly federation league court ' +
    'tribunal parliament directorate syndicate initiative watch cell command headquarters bureau secretariat coordinators ' +
    'committees councils networks unions associations commissions presidency ambulance project'),
);
// Common words that open an organisation's name when a name word follows: "Security Media Cell".
export const ORG_OPENERS = words('security state government opposition army islamic local central');
export const MEDIA_HEADS = words('tv television radio times post herald gazette tribune journal news daily newspaper channel press');
export const RADIO = words('radio');
export const MEDIA_CUES = words('website websites newspaper newspapers daily channel broadcaster outlet outlets agency');
export const CONNECTORS = words('of for');
/** Things that have ages besides people: "a 2,000-year-old city". */
export const AGED_THINGS = words('city town village site mosque church temple building bridge castle citadel monastery market souk tree tradition conflict war dispute feud');
export const CREDITS = words('reporting writing editing edited compiled');
export const AFTER_NAME = words('the a an former local then also later has had have who is was');
export const ARTICLES = words('the a an');
/** Lower-case nouns after one name that make it an armed group: "the Fastaqim rebel group". */
export const GROUP_NOUNS = words('group faction militia brigade battalion');
export const GROUP_KINDS = words('rebel jihadist armed militant islamist opposition insurgent');
// "Shaam News Network", "Aleppo Media Centre": an organisation of news under one of these heads is an outlet.
export const NEWS_WORDS = words('news media');
export const OUTLET_HEADS = words('network centre center office agency');
// A name before a place noun or after a place preposition is a place, not a person.
export const PLACE_AFTER = words('area district neighbourhood neighborhood quarter village town city camp province governorate countryside suburb region');
export const PLACE_PREPOSITIONS = words('in from near at around outside inside into');
