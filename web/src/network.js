// network.js: an entity's neighbourhood as a Cytoscape network. Edges join pairs of entities;
// colour tells cooperation, conflict or both; thickness grows with the number of articles.
import cytoscape from 'cytoscape';
import { colours, tone, typeColours } from './classes.js';

// pairKey names the undirected pair of two entity IDs.
export function pairKey(a, b) {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

// aggregate turns a list of events into nodes (by ID) and edges (one per pair) with counts.
export function aggregate(centre, events) {
  const nodes = new Map([[centre.id, centre]]);
  const edges = new Map();
  for (const ev of events) {
    nodes.set(ev.subject.id, nodes.get(ev.subject.id) || ev.subject);
    nodes.set(ev.object.id, nodes.get(ev.object.id) || ev.object);
    if (ev.subject.id === ev.object.id) continue;
    const key = pairKey(ev.subject.id, ev.object.id);
    let e = edges.get(key);
    if (!e) {
      e = { key, a: ev.subject, b: ev.object, events: 0, articles: 0, cooperation: 0, conflict: 0, other: 0, types: new Set() };
      edges.set(key, e);
    }
    e.events++;
    e.articles += ev.evidenceCount || 1;
    e[tone(ev.type)]++;
    e.types.add(ev.type);
  }
  for (const e of edges.values()) {
    if (e.cooperation && e.conflict) e.tone = 'mixed';
    else if (e.cooperation) e.tone = 'cooperation';
    else if (e.conflict) e.tone = 'conflict';
    else e.tone = 'other';
  }
  return { nodes, edges };
}

// drawNetwork draws the graph in container, the centre in the middle, and calls onEdge(edge)
// and onNode(entity) on taps. It returns the Cytoscape instance.
export function drawNetwork(container, centre, graph, { onEdge, onNode }) {
  const elements = [];
  for (const n of graph.nodes.values()) {
    elements.push({ group: 'nodes', data: { id: n.id, label: n.name, colour: typeColours[n.type] || '#546e7a', centre: n.id === centre.id ? 1 : 0 } });
  }
  for (const e of graph.edges.values()) {
    elements.push({
      group: 'edges',
      data: {
        id: `edge:${e.key}`, source: e.a.id, target: e.b.id, colour: colours[e.tone],
        width: Math.min(14, 2 + 3 * Math.log2(e.articles)), label: `${e.articles}`,
      },
    });
  }
  const cy = cytoscape({
    container,
    elements,
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 4,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', label: 'data(label)', color: '#1b1b1b', 'font-size': 12,
        'text-valign': 'bottom', 'text-margin-y': 4, width: 22, height: 22,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 2 } },
      { selector: 'node[centre = 1]', style: { width: 34, height: 34, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#222' } },
      { selector: 'edge', style: {
        'line-color': 'data(colour)', width: 'data(width)', 'curve-style': 'bezier', opacity: 0.85 } },
      { selector: 'edge:selected', style: { opacity: 1, 'underlay-color': '#ffd54f', 'underlay-padding': 4, 'underlay-opacity': 0.9 } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#ffb300' } },
    ],
    // A ring around the centre while it fits; a force-directed layout for crowds.
    layout: graph.nodes.size <= 16
      ? {
        name: 'concentric', concentric: (n) => (n.data('centre') ? 2 : 1), levelWidth: () => 1,
        minNodeSpacing: 60, spacingFactor: 1.4, animate: false, padding: 40,
      }
      : {
        name: 'cose', animate: false, padding: 30, randomize: true, nodeRepulsion: () => 400000,
        idealEdgeLength: () => 120, edgeElasticity: () => 80, gravity: 0.25, numIter: 1500,
      },
  });
  // A small neighbourhood fits at a large zoom: keep the labels readable instead.
  if (cy.zoom() > 1.25) {
    cy.zoom(1.25);
    cy.center();
  }
  cy.on('tap', 'edge', (evt) => {
    const key = evt.target.id().slice('edge:'.length);
    onEdge(graph.edges.get(key));
  });
  cy.on('tap', 'node', (evt) => onNode(graph.nodes.get(evt.target.id())));
  return cy;
}
