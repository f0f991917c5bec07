// The graph explorer: pick an entity (with suggestions), see its neighbourhood as a network,
// filter it by date and event type, read the evidence of an edge, follow the events between two
// actors on a timeline and the countries and places on a map, and download what is shown.
import './explore.css';
import { between, neighbourhood, suggest } from './api.js';
import { quadClasses, colours } from './classes.js';
import { aggregate, drawNetwork, pairKey } from './network.js';
import { drawTimeline } from './timeline.js';
import { drawMap } from './map.js';
import { setupSuggest } from './suggest.js';

const $ = (id) => document.getElementById(id);
const exportFormats = ['nquads', 'turtle', 'trig', 'jsonld', 'graphml', 'gexf', 'dot', 'csv'];
const state = { centre: null, graph: null, cy: null, facts: [], version: 0 };

// inPeriod reports whether a date ("2022", "2025-04", "2025-05-04", or none) falls in
// [since, until], comparing by prefix as the API does; undated items pass only an open period.
function inPeriod(date, since, until) {
  if (!since && !until) return true;
  if (!date) return false;
  if (since && date.slice(0, since.length) < since) return false;
  if (until && date.slice(0, until.length) > until) return false;
  return true;
}

function status(msg, isError) {
  const s = $('status');
  s.textContent = msg || '';
  s.classList.toggle('error', !!isError);
}

// filter reads the date and type controls: types (the event types to ask for) is null when
// every one is ticked; facts tells whether relations that are not events are shown.
function filter() {
  const boxes = [...document.querySelectorAll('#types input[data-type]')];
  const ticked = boxes.filter((b) => b.checked).map((b) => b.dataset.type);
  return {
    since: $('since').value.trim(),
    until: $('until').value.trim(),
    types: ticked.length === boxes.length ? null : ticked,
    facts: $('facts').checked,
  };
}

function allTypes() {
  return quadClasses.flatMap((c) => c.types);
}

function buildTypeFilter() {
  const box = $('types');
  for (const c of quadClasses) {
    const group = document.createElement('div');
    group.className = 'type-group';
    const head = document.createElement('label');
    const all = document.createElement('input');
    all.type = 'checkbox';
    all.checked = true;
    all.dataset.group = c.id;
    head.append(all, ` ${c.label}`);
    head.className = 'group-head';
    head.style.color = c.coop ? colours.cooperation : colours.conflict;
    group.append(head);
    for (const t of c.types) {
      const l = document.createElement('label');
      const cb = document.createElement('input');
      cb.type = 'checkbox';
      cb.checked = true;
      cb.dataset.type = t;
      l.append(cb, ` ${t}`);
      group.append(l);
    }
    all.addEventListener('change', () => {
      group.querySelectorAll('input[data-type]').forEach((cb) => (cb.checked = all.checked));
    });
    box.append(group);
  }
  const other = document.createElement('div');
  other.className = 'type-group';
  other.innerHTML = '<label class="group-head"><input type="checkbox" id="facts" checked> Other relations</label>' +
    '<span class="small">office, nationality, part of, payments…</span>';
  box.append(other);
}

function exportURL(format) {
  if (!state.centre) return '#';
  const f = filter();
  const q = new URLSearchParams({ format, entity: state.centre.id, depth: '1' });
  if (f.since) q.set('since', f.since);
  if (f.until) q.set('until', f.until);
  if (f.types) q.set('types', f.types.join(','));
  return `/export?${q}`;
}

function updateExport() {
  const a = $('download');
  const format = $('format').value;
  a.href = exportURL(format);
  // The server names the file (Content-Disposition): csv, for one, comes as a zip.
  a.setAttribute('download', '');
  a.classList.toggle('disabled', !state.centre);
}

function saveURL() {
  const f = filter();
  const q = new URLSearchParams();
  if (state.centre) q.set('entity', state.centre.name);
  if (f.since) q.set('since', f.since);
  if (f.until) q.set('until', f.until);
  if (f.types || !f.facts) q.set('types', [...(f.types || allTypes()), ...(f.facts ? ['OTHER'] : [])].join(','));
  history.replaceState(null, '', `${location.pathname}?${q}`);
}

async function show(name) {
  if (!name) return;
  status(`Loading ${name}…`);
  let centre;
  try {
    centre = await neighbourhood(name, filter());
  } catch (err) {
    status(`Could not load ${name}: ${err.message}`, true);
    return;
  }
  if (!centre) {
    status(`No entity called “${name}”.`, true);
    return;
  }
  const f = filter();
  // Facts (HOLDS_OFFICE, NATIONALITY, PART_OF…) are no events: shown as grey edges when no
  // event type is singled out, and filtered by date here.
  state.facts = !f.facts ? [] : (centre.facts || []).filter((x) => inPeriod(x.date, f.since, f.until));
  const events = centre.relations.edges.map((e) => e.node);
  state.centre = centre;
  state.graph = aggregate(centre, [...events, ...state.facts]);
  $('entity').value = centre.name;
  $('title').textContent = `${centre.name} (${centre.type.toLowerCase()}${centre.code ? `, ${centre.code}` : ''})`;
  if (state.cy) state.cy.destroy();
  state.cy = drawNetwork($('network'), centre, state.graph, { onEdge: showEdge, onNode: (n) => n.id !== centre.id && show(n.id) });
  window.newsgraphExplorer = { cy: state.cy, graph: state.graph };
  renderConnections();
  // The map shows the network's entities and the places the centre is related to.
  const places = (centre.neighbours || []).filter((n) => n.type === 'LOCATION' && !state.graph.nodes.has(n.id));
  drawMap($('map'), centre, [...state.graph.nodes.values(), ...places]);
  $('evidence-body').textContent = 'Click an edge (or a row of the connections) to read its evidence.';
  $('tl-a').value = centre.name;
  $('tl-a').dataset.id = centre.id;
  updateExport();
  saveURL();
  const shown = events.length;
  const facts = state.facts.length ? `, ${state.facts.length} other relations` : '';
  const total = centre.relations.totalCount;
  status(`${state.graph.nodes.size - 1} neighbours, ${shown} events${total > shown ? ` (first ${shown} of ${total})` : ''}${facts}.`);
  document.body.dataset.loaded = centre.id;
  document.body.dataset.version = String(++state.version);
}

function renderConnections() {
  const tbody = $('connections').querySelector('tbody');
  tbody.replaceChildren();
  const rows = [...state.graph.edges.values()].sort((x, y) => y.articles - x.articles || x.key.localeCompare(y.key));
  for (const e of rows) {
    const other = e.a.id === state.centre.id ? e.b : e.a;
    const tr = document.createElement('tr');
    tr.dataset.pair = e.key;
    const swatch = `<span class="swatch" style="background:${colours[e.tone]}"></span>`;
    tr.innerHTML = `<td>${swatch}</td><td></td><td></td><td>${e.events}</td><td>${e.articles}</td>`;
    tr.children[1].textContent = e.a.id === state.centre.id || e.b.id === state.centre.id ? other.name : `${e.a.name} – ${e.b.name}`;
    tr.children[2].textContent = [...e.types].sort().join(', ');
    tr.tabIndex = 0;
    tr.addEventListener('click', () => selectEdge(e));
    tr.addEventListener('keydown', (k) => k.key === 'Enter' && selectEdge(e));
    tbody.append(tr);
  }
}

function selectEdge(e) {
  state.cy.elements().unselect();
  state.cy.getElementById(`edge:${e.key}`).select();
  showEdge(e);
}

async function showEdge(e) {
  const body = $('evidence-body');
  body.textContent = `Loading the evidence between ${e.a.name} and ${e.b.name}…`;
  $('tl-a').value = e.a.name;
  $('tl-b').value = e.b.name;
  $('tl-a').dataset.id = e.a.id;
  $('tl-b').dataset.id = e.b.id;
  let events;
  try {
    const facts = state.facts.filter((x) => pairKey(x.subject.id, x.object.id) === e.key);
    events = [...(await between(e.a.id, e.b.id, filter())), ...facts];
  } catch (err) {
    body.textContent = `Could not load the evidence: ${err.message}`;
    return;
  }
  body.replaceChildren();
  const h = document.createElement('h3');
  h.textContent = `${e.a.name} – ${e.b.name}`;
  body.append(h);
  for (const ev of events) {
    const div = document.createElement('div');
    div.className = 'event';
    const head = document.createElement('div');
    head.className = 'event-head';
    head.innerHTML = '<span class="swatch"></span> <b></b> <span class="date"></span>';
    head.querySelector('.swatch').style.background = colours[ev.quadClass && ev.quadClass.includes('coop') ? 'cooperation' : ev.quadClass ? 'conflict' : 'other'];
    head.querySelector('b').textContent = `${ev.subject.name} ${ev.type} ${ev.object.name}`;
    head.querySelector('.date').textContent = [ev.date, ev.status && ev.status.toLowerCase()].filter(Boolean).join(', ');
    div.append(head);
    for (const ev2 of ev.evidence || []) {
      const q = document.createElement('blockquote');
      q.className = 'sentence';
      q.textContent = ev2.sentence;
      const cite = document.createElement('cite');
      const art = ev2.article || {};
      const label = [art.title || art.id, art.source, art.date].filter(Boolean).join(' · ');
      if (art.url && /^https?:/.test(art.url)) {
        const a = document.createElement('a');
        a.href = art.url;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        a.textContent = label;
        cite.append(a);
      } else {
        cite.textContent = label;
      }
      q.append(cite);
      div.append(q);
    }
    body.append(div);
  }
  if (!events.length) body.append('No events match the filter.');
  drawTimeline($('timeline'), events);
}

async function showTimeline(ev) {
  ev.preventDefault();
  const a = $('tl-a').dataset.id || $('tl-a').value.trim();
  const b = $('tl-b').dataset.id || $('tl-b').value.trim();
  if (!a || !b) return;
  try {
    drawTimeline($('timeline'), await between(a, b, filter()));
    $('timeline').dataset.pair = `${a}|${b}`;
  } catch (err) {
    $('timeline').textContent = `Could not load the timeline: ${err.message}`;
  }
}

function init() {
  buildTypeFilter();
  for (const f of exportFormats) $('format').append(new Option(f, f));
  $('format').addEventListener('change', updateExport);
  $('legend').innerHTML = Object.entries(colours)
    .map(([k, c]) => `<span><span class="swatch" style="background:${c}"></span>${k}</span>`).join(' ') +
    ' <span>· thickness: articles</span>';
  setupSuggest($('entity'), $('suggestions'), suggest, (name) => show(name));
  $('search').addEventListener('submit', (ev) => {
    ev.preventDefault();
    show($('entity').value.trim());
  });
  for (const id of ['tl-a', 'tl-b']) {
    const input = $(id);
    // A picked suggestion is remembered by ID; typing again forgets it.
    setupSuggest(input, $(`${id}-list`), suggest, (entityID) => (input.dataset.id = entityID));
    input.addEventListener('input', () => delete input.dataset.id);
  }
  $('timeline-form').addEventListener('submit', showTimeline);
  $('types').addEventListener('change', updateExport);
  const q = new URLSearchParams(location.search);
  if (q.get('since')) $('since').value = q.get('since');
  if (q.get('until')) $('until').value = q.get('until');
  if (q.get('types')) {
    const keep = new Set(q.get('types').split(','));
    document.querySelectorAll('#types input[data-type]').forEach((cb) => (cb.checked = keep.has(cb.dataset.type)));
    $('facts').checked = keep.has('OTHER');
  }
  updateExport();
  if (q.get('entity')) show(q.get('entity'));
  else status('Type a country, person or organisation, e.g. Rwanda.');
}

init();
