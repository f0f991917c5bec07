// timeline.js: the events between two actors on a time axis, one dot per event, coloured by
// cooperation or conflict, with the event type written beside it.
import { scaleTime } from 'd3-scale';
import { colours, tone } from './classes.js';

const svgNS = 'http://www.w3.org/2000/svg';

function el(name, attrs, text) {
  const e = document.createElementNS(svgNS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

// parseDate reads "2022", "2025-04" or "2025-05-04" as the first day of that period (UTC).
export function parseDate(s) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(s || '');
  if (!m) return null;
  return new Date(Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1));
}

// drawTimeline replaces container's content with the timeline of events (undated ones are
// listed under it).
export function drawTimeline(container, events) {
  container.replaceChildren();
  const dated = events.filter((e) => parseDate(e.date)).sort((a, b) => parseDate(a.date) - parseDate(b.date));
  const undated = events.filter((e) => !parseDate(e.date));
  if (!events.length) {
    container.textContent = 'No events between these two.';
    return;
  }
  const width = Math.max(320, container.clientWidth || 640);
  const rowH = 22;
  const height = 40 + dated.length * rowH;
  const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'timeline' });
  if (dated.length) {
    let lo = parseDate(dated[0].date);
    let hi = parseDate(dated[dated.length - 1].date);
    if (+lo === +hi) {
      lo = new Date(Date.UTC(lo.getUTCFullYear(), 0, 1));
      hi = new Date(Date.UTC(lo.getUTCFullYear() + 1, 0, 1));
    }
    const x = scaleTime().domain([lo, hi]).range([60, width - 200]).nice();
    const axisY = height - 20;
    svg.append(el('line', { x1: 60, x2: width - 200, y1: axisY, y2: axisY, stroke: '#888' }));
    for (const t of x.ticks(Math.max(2, Math.floor(width / 120)))) {
      const tx = x(t);
      svg.append(el('line', { x1: tx, x2: tx, y1: 10, y2: axisY + 4, stroke: '#e0e0e0' }));
      svg.append(el('text', { x: tx, y: axisY + 16, 'text-anchor': 'middle', 'font-size': 11, fill: '#555' }, x.tickFormat()(t)));
    }
    dated.forEach((ev, i) => {
      const cx = x(parseDate(ev.date));
      const cy = 20 + i * rowH;
      const g = el('g', { class: 'tl-event' });
      g.append(el('title', {}, `${ev.subject.name} ${ev.type} ${ev.object.name}, ${ev.date}`));
      g.append(el('circle', { cx, cy, r: 6, fill: colours[tone(ev.type)] }));
      g.append(el('text', { x: cx + 10, y: cy + 4, 'font-size': 12 }, `${ev.date} ${ev.subject.name} → ${ev.object.name}: ${ev.type}`));
      svg.append(g);
    });
  }
  container.append(svg);
  if (undated.length) {
    const p = document.createElement('p');
    p.textContent = 'Undated: ' + undated.map((e) => `${e.subject.name} ${e.type} ${e.object.name}`).join('; ');
    container.append(p);
  }
}
