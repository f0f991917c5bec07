package graph

import (
	"context"
	"fmt"
	"slices"
	"sync/atomic"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
)

// memBackend is Cayley's memstore with the derived data in maps, all changed under one lock.
type memBackend struct {
	cayleyQS
	sums  map[string]summary
	from  map[[2]string]map[string]bool // (p, s) → objects
	to    map[[2]string]map[string]bool // (p, o) → subjects
	marks map[string]string
	gen   atomic.Int64
}

func openMemory() *memBackend {
	m := &memBackend{cayleyQS: cayleyQS{qs: memstore.New()}}
	m.scanFor = m.firstDirection
	m.reset()
	m.marks = map[string]string{}
	return m
}

func (m *memBackend) reset() {
	m.sums = map[string]summary{}
	m.from = map[[2]string]map[string]bool{}
	m.to = map[[2]string]map[string]bool{}
}

func (m *memBackend) name() string   { return "memory" }
func (m *memBackend) readOnly() bool { return false }
func (m *memBackend) close() error   { return m.qs.Close() }

func (m *memBackend) write(_ context.Context, d []cgraph.Delta, dc *derivedChanges) error {
	m.wmu.Lock()
	defer m.wmu.Unlock()
	m.rmu.Lock()
	defer m.rmu.Unlock()
	defer m.gen.Add(1)
	if len(d) > 0 {
		if err := m.qs.ApplyDeltas(d, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
			return fmt.Errorf("write %d quad changes: %w", len(d), err)
		}
	}
	if dc == nil {
		return nil
	}
	if dc.clear {
		m.reset()
	}
	for n, sm := range dc.sums {
		if len(sm) == 0 {
			delete(m.sums, n)
		} else {
			m.sums[n] = sm.clone()
		}
	}
	for e, add := range dc.edges {
		setEdge(m.from, [2]string{e.p, e.s}, e.o, add)
		setEdge(m.to, [2]string{e.p, e.o}, e.s, add)
	}
	for k, v := range dc.marks {
		if v == "" {
			delete(m.marks, k)
		} else {
			m.marks[k] = v
		}
	}
	return nil
}

func setEdge(idx map[[2]string]map[string]bool, k [2]string, v string, add bool) {
	set := idx[k]
	switch {
	case add && set == nil:
		idx[k] = map[string]bool{v: true}
	case add:
		set[v] = true
	case set != nil:
		delete(set, v)
		if len(set) == 0 {
			delete(idx, k)
		}
	}
}

func (m *memBackend) summaries(_ context.Context, nodes []quad.Value) (map[quad.Value]summary, error) {
	m.rmu.RLock()
	defer m.rmu.RUnlock()
	out := make(map[quad.Value]summary, len(nodes))
	for _, n := range nodes {
		if sm, ok := m.sums[valueString(n)]; ok {
			out[n] = sm.clone()
		}
	}
	return out, nil
}

func (m *memBackend) edgesFrom(_ context.Context, subj string, p quad.IRI) ([]string, error) {
	return m.sorted(m.from, [2]string{string(p), subj}), nil
}

func (m *memBackend) edgesTo(_ context.Context, p quad.IRI, obj string) ([]string, error) {
	return m.sorted(m.to, [2]string{string(p), obj}), nil
}

func (m *memBackend) sorted(idx map[[2]string]map[string]bool, k [2]string) []string {
	m.rmu.RLock()
	defer m.rmu.RUnlock()
	out := make([]string, 0, len(idx[k]))
	for v := range idx[k] {
		out = append(out, v)
	}
	slices.Sort(out)
	return out
}

func (m *memBackend) eachDerived(_ context.Context, sum func(string, summary) error, edgeFn func(edge) error) error {
	m.rmu.RLock()
	defer m.rmu.RUnlock()
	for n, sm := range m.sums {
		if err := sum(n, sm.clone()); err != nil {
			return err
		}
	}
	for k, set := range m.from {
		for o := range set {
			if err := edgeFn(edge{s: k[1], p: k[0], o: o}); err != nil {
				return err
			}
		}
	}
	return nil
}

func (m *memBackend) mark(_ context.Context, key string) (string, error) {
	m.rmu.RLock()
	defer m.rmu.RUnlock()
	return m.marks[key], nil
}

func (m *memBackend) generation(context.Context) (int64, error) { return m.gen.Load(), nil }

// lockWriters: a memory store serves one process, whose writers take Store.write.
func (m *memBackend) lockWriters(context.Context) (func(), error) { return func() {}, nil }
