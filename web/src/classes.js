// classes.js: PLOVER event types by quad class, and the colours the explorer gives them.

export const quadClasses = [
  { id: 'verbal-coop', label: 'Verbal cooperation', coop: true, types: ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE'] },
  { id: 'material-coop', label: 'Material cooperation', coop: true, types: ['COOPERATE', 'AID', 'RETREAT'] },
  { id: 'verbal-conflict', label: 'Verbal conflict', coop: false, types: ['DEMAND', 'DISAPPROVE', 'REJECT', 'THREATEN', 'INVESTIGATE'] },
  { id: 'material-conflict', label: 'Material conflict', coop: false, types: ['PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT', 'FIGHT'] },
];

export const colours = {
  cooperation: '#2e7d32',
  conflict: '#c62828',
  mixed: '#ef6c00',
  other: '#78909c',
};

const classOf = new Map();
for (const c of quadClasses) for (const t of c.types) classOf.set(t, c);

// tone returns 'cooperation', 'conflict' or 'other' for one event type.
export function tone(type) {
  const c = classOf.get(type);
  if (!c) return 'other';
  return c.coop ? 'cooperation' : 'conflict';
}

export const typeColours = { COUNTRY: '#1565c0', ORGANIZATION: '#6a1b9a', PERSON: '#ad5a00', LOCATION: '#00796b' };
