package graph

import (
	"context"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// backend is the seam between the store and what really differs between bolt, memory and
// PostgreSQL; Open chooses one, and nothing else in the package asks which. It holds the write of
// a batch with its derived data in one transaction, the reads of quads, summaries and index edges,
// the store's marks (derived-data version, dirty mark) and its generation.
type backend interface {
	// name is "bolt", "memory" or "postgres".
	name() string
	// write applies the article quads' changes d (exact: IgnoreDup and IgnoreMissing are set for
	// imports) and the derived data's changes dc in one transaction, and advances the generation.
	write(ctx context.Context, d []cgraph.Delta, dc *derivedChanges) error
	// eachQuad calls fn for each quad that matches m; an empty m scans the whole store, holding
	// off this process's writers.
	eachQuad(ctx context.Context, m match, fn func(quad.Quad) error) error
	// eachOfSubjects calls fn for each quad whose subject is one of nodes (and whose predicate is
	// pred, when not nil).
	eachOfSubjects(ctx context.Context, nodes []quad.Value, pred quad.Value, fn func(quad.Quad) error) error
	// summaries returns the stored summaries of nodes; nodes without one are absent.
	summaries(ctx context.Context, nodes []quad.Value) (map[quad.Value]summary, error)
	// edgesFrom returns the objects (as text, in order) of the index edges (subj, p, ·); edgesTo
	// the subjects of the index edges (·, p, obj).
	edgesFrom(ctx context.Context, subj string, p quad.IRI) ([]string, error)
	edgesTo(ctx context.Context, p quad.IRI, obj string) ([]string, error)
	// eachDerived calls sum for every stored summary and edge for every stored index edge.
	eachDerived(ctx context.Context, sum func(node string, sm summary) error, edge func(edge) error) error
	// mark returns the store's mark named key ("" when unset).
	mark(ctx context.Context, key string) (string, error)
	// generation returns a number that changes with every committed write, of any process.
	generation(ctx context.Context) (int64, error)
	// lockWriters keeps the writers of other processes out until the returned function is called.
	lockWriters(ctx context.Context) (func(), error)
	// readOnly reports whether the store refuses writes (a PostgreSQL hot standby, or a store
	// opened with Config.ReadOnly).
	readOnly() bool
	ping(ctx context.Context) error
	close() error
}

// The marks a store keeps beside its data.
const (
	markVersion = "derived_version" // the layout of the derived data (derivedVersion)
	markDirty   = "dirty"           // set while an operation of several transactions runs
)

// edge is an index edge, its three parts as text (valueString).
type edge struct{ s, p, o string }

// derivedChanges is what one transaction changes of the derived data and the marks.
type derivedChanges struct {
	clear bool               // drop every stored summary and index edge first
	sums  map[string]summary // node → its new summary; an empty one deletes it
	edges map[edge]bool      // true adds the edge, false deletes it
	marks map[string]string  // "" deletes the mark
}

func (dc *derivedChanges) empty() bool {
	return dc == nil || !dc.clear && len(dc.sums) == 0 && len(dc.edges) == 0 && len(dc.marks) == 0
}

// setSummary records node n's new summary (empty: none).
func (dc *derivedChanges) setSummary(n quad.Value, sm summary) {
	if dc.sums == nil {
		dc.sums = map[string]summary{}
	}
	dc.sums[valueString(n)] = sm
}

// setMark records a change of a mark ("" deletes it).
func (dc *derivedChanges) setMark(key, val string) {
	if dc.marks == nil {
		dc.marks = map[string]string{}
	}
	dc.marks[key] = val
}

// emit is the emitFunc that records index edges.
func (dc *derivedChanges) emit(a cgraph.Procedure, sub quad.Value, p quad.IRI, o quad.Value) {
	if dc.edges == nil {
		dc.edges = map[edge]bool{}
	}
	dc.edges[edge{valueString(sub), string(p), valueString(o)}] = a == cgraph.Add
}

// size is how many changes dc holds.
func (dc *derivedChanges) size() int {
	if dc == nil {
		return 0
	}
	return len(dc.sums) + len(dc.edges) + len(dc.marks)
}

// iris turns the text of index edges' ends into IRIs (every end read this way is a node); a
// value holding NUL, which would make bolt's keys ambiguous, is skipped.
func iris(ss []string) []quad.Value {
	out := make([]quad.Value, 0, len(ss))
	for _, s := range ss {
		if !strings.Contains(s, "\x00") {
			out = append(out, quad.IRI(s))
		}
	}
	return out
}

// ixObjects returns the objects of the index edges (subj, p, ·), as IRIs.
func (s *Store) ixObjects(ctx context.Context, subj quad.Value, p quad.IRI) ([]quad.Value, error) {
	os, err := s.be.edgesFrom(ctx, valueString(subj), p)
	return iris(os), err
}

// ixSubjects returns the subjects of the index edges (·, p, obj), as IRIs.
func (s *Store) ixSubjects(ctx context.Context, p quad.IRI, obj quad.Value) ([]quad.Value, error) {
	ss, err := s.be.edgesTo(ctx, p, valueString(obj))
	return iris(ss), err
}
