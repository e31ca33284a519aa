import { wordBit } from './wordTable';

/**
 * What may follow a count: nouns for people (the victims), nouns for things that are never people
 * (units, places, weapons — "420 kilometers", "three villages"), and the words that end the
 * victim noun phrase.
 */
const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

export const PERSON_NOUNS = set(`
  people persons person individuals civilians civilian children child kids kid women woman men man boys boy girls girl babies baby
  infants infant toddlers teenagers teens minors youths youngsters adults elderly family families households relatives members member
  sons daughters brothers sisters fathers mothers husbands wives grandchildren cousins nephews
  militants militant fighters fighter rebels rebel soldiers soldier troops trooper troopers servicemen serviceman marines sailors airmen pilots
  officers officer policemen policeman police cops gendarmes guards guardsmen gunmen gunman insurgents insurgent jihadists jihadist jihadis
  extremists extremist terrorists terrorist combatants combatant militiamen militiaman militia militias paramilitaries mercenaries loyalists
  loyalist personnel recruits conscripts commanders commander leaders officials official agents operatives elements supporters followers
  attackers assailants bombers raiders residents resident villagers locals inhabitants citizens nationals foreigners tourists workers worker
  journalists journalist reporters doctors doctor medics paramedics nurses volunteers rescuers staff employees staffers contractors
  pupils students worshippers pilgrims protesters protestors demonstrators activists opponents dissidents detainees prisoners inmates
  hostages captives refugees idps evacuees migrants shepherds farmers fishermen herders traders passengers drivers bystanders shoppers mourners guests
  travellers travelers commuters teachers engineers
  patients victims others more peacekeepers crew crewmen clerics priests monks nuns lawmakers ministers generals colonels cadets
  suspects defectors deserters dead wounded injured survivors
  protester protestor demonstrator activist reporter photographer cameraman student teacher farmer shepherd fisherman herder trader
  driver passenger pilot sailor marine policewoman agent engineer contractor employee volunteer nurse medic paramedic rescuer
  detainee refugee pilgrim worshipper villager shopper bystander tourist foreigner patient victim survivor
  suspect defector deserter cleric priest colonel jihadi recruit conscript militiawoman guard
  palestinians israelis syrians iraqis kurds yazidis afghans yemenis libyans americans russians ukrainians pakistanis turks iranians
  lebanese egyptians saudis houthis taliban shiites shias sunnis christians muslims alawites druze arabs tuaregs fulani malians nigerians
  somalis sudanese ethiopians chadians britons french germans indians chinese africans europeans westerners
`);

// Nouns after which a number is never a head count of people harmed.
export const NON_PERSON_NOUNS = set(`
  km kms kilometers kilometres kilometer kilometre miles mile meters metres meter metre m yards yard feet foot ft inches
  hours hour minutes minute seconds second days day nights night weeks week months month years year decades decade centuries century
  times occasions incidents percent pct per cent dollars dollar euros pounds riyals dinars lira liras shekels rupees usd tons tonnes
  kg kilograms litres liters barrels acres hectares sq square degrees am pm a.m p.m o'clock
  villages village towns town cities city houses house homes home buildings building vehicles vehicle cars car trucks truck tanks tank
  rockets rocket missiles missile shells shell mortars mortar bombs bomb drones drone aircraft planes plane jets jet helicopters helicopter
  strikes strike airstrikes airstrike raids raid attacks attack explosions explosion blasts blast sorties rounds positions checkpoints
  posts bases sites schools hospitals mosques churches districts neighbourhoods neighborhoods provinces governorates countries areas
  weapons guns rifles boats ships vessels bridges roads shops factories farms wells tunnels camps tents meals convoys flights
  groups factions brigades battalions units divisions companies platoons squads cells fronts organisations organizations parties
  points goals seats votes languages laws resolutions pages articles stories reports cases doses beds floors storeys stories
  kilos pieces items sorties operations battles clashes offensives rounds shots bullets
`);

/** Demonym or group plurals written with a capital ("Pakistanis", "Palestinians", "Kurds"): probably people. */
export function looksLikeCapitalisedPeople(raw: string): boolean {
  return /^[A-Z][a-z]+(?:is|ians|ans|ites|ers|ese|ks|ds|yzs)$/.test(raw);
}

// The sets above as word bits (wordTable.ts), for the victim phrase's loop over tokens.
export const PERSON_WORD = wordBit((w) => PERSON_NOUNS.has(w));
export const NON_PERSON_WORD = wordBit((w) => NON_PERSON_NOUNS.has(w));
/** A person noun or a capitalised plural of people (looksLikeCapitalisedPeople). */
export const PEOPLE_WORD = wordBit((w, raw) => PERSON_NOUNS.has(w) || looksLikeCapitalisedPeople(raw));
/** Written with a capital A–Z first. */
export const CAPITALISED = wordBit((w, raw) => /^[A-Z]/.test(raw));

// Words that end the victim noun phrase after a count.
export const NP_STOP = set(`
  is was were are be been being have has had will would could can may might shall should did do does
  who which that whom whose where when while as than because although though if but or nor so then
  in on at near during since after before by from to into onto across along around outside inside between among amid amidst with without
  for under over through towards toward against upon within per via following including include included includes
  said says say told reported reportedly according added stated claimed announced confirmed
  most many some all both each several few none also not only just still already even
  the a an this these those their its his her our your my
`);
export const NP_STOP_WORD = wordBit((w) => NP_STOP.has(w));

export const PRONOUNS = set('it they he she we you i');

// Groups counted by their members, which take a singular verb: "an eight-member family was killed".
export const COLLECTIVE = set('family household crew');

// People whose noun says they were displaced: "6.5 million refugees".
export const DISPLACED_NOUNS = set('refugees idps evacuees');
