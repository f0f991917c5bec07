// map.js: a world map drawn offline (d3-geo, Natural Earth shapes from the world-atlas package)
// with the countries of the neighbourhood filled and its places marked.
import { geoNaturalEarth1, geoPath, geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import countries from 'i18n-iso-countries';
import world from 'world-atlas/countries-110m.json';
import { typeColours } from './classes.js';

const svgNS = 'http://www.w3.org/2000/svg';
const land = feature(world, world.objects.countries);
for (const f of land.features) f.properties.iso3 = countries.numericToAlpha3(f.id) || '';
const byISO3 = new Map(land.features.map((f) => [f.properties.iso3, f]));

function el(name, attrs, text) {
  const e = document.createElementNS(svgNS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

// drawMap replaces container's content with the map of entities: countries (by their ISO3
// code) are filled, the centre darker; places and countries get a labelled dot at their
// coordinates (a country without coordinates at the centre of its shape).
export function drawMap(container, centre, entities) {
  container.replaceChildren();
  const width = Math.max(320, container.clientWidth || 640);
  const height = Math.round(width * 0.5);
  const projection = geoNaturalEarth1().fitSize([width, height], { type: 'Sphere' });
  const path = geoPath(projection);
  const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'map' });
  svg.append(el('path', { d: path({ type: 'Sphere' }), fill: '#eef5fb', stroke: '#b0bec5' }));
  const involved = new Set(entities.filter((e) => e.type === 'COUNTRY' && e.code).map((e) => e.code));
  for (const f of land.features) {
    const code = f.properties.iso3;
    let fill = '#dde3e8';
    if (code && code === centre.code && centre.type === 'COUNTRY') fill = '#1565c0';
    else if (involved.has(code)) fill = '#90caf9';
    const p = el('path', { d: path(f), fill, stroke: '#fff', 'stroke-width': 0.5, 'data-iso3': code });
    p.append(el('title', {}, f.properties.name));
    svg.append(p);
  }
  const labelled = [];
  // The centre first, so that its label wins when labels would overlap.
  const ordered = [...entities].sort((a, b) => (b.id === centre.id) - (a.id === centre.id));
  for (const e of ordered) {
    let lonlat = null;
    if (e.lat || e.lon) lonlat = [e.lon, e.lat];
    else if (e.type === 'COUNTRY' && byISO3.has(e.code)) lonlat = geoCentroid(byISO3.get(e.code));
    if (!lonlat || (e.type !== 'COUNTRY' && e.type !== 'LOCATION')) continue;
    const xy = projection(lonlat);
    if (!xy) continue;
    const g = el('g', { class: 'map-mark' });
    g.append(el('circle', { cx: xy[0], cy: xy[1], r: e.type === 'LOCATION' ? 3 : 4, fill: typeColours[e.type], stroke: '#fff' }));
    g.append(el('title', {}, e.name));
    // Write the name unless it would overlap one already written (the dot keeps its tooltip).
    const w = 6.2 * e.name.length;
    const clash = labelled.some(([x, y, lw]) => Math.abs(y - xy[1]) < 12 && xy[0] < x + lw + 8 && x < xy[0] + w + 8);
    if (!clash) {
      labelled.push([xy[0], xy[1], w]);
      g.append(el('text', { x: xy[0] + 6, y: xy[1] + 4, 'font-size': 11, fill: '#1b1b1b' }, e.name));
    }
    svg.append(g);
  }
  container.append(svg);
  const note = document.createElement('p');
  note.className = 'small';
  note.textContent = 'Shapes: Natural Earth (public domain) via world-atlas (ISC).';
  container.append(note);
}
