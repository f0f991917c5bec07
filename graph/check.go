package graph

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
)

// CheckReport is what Check found: the store's articles, and how its stored derived data differ
// from those its articles' quads make.
type CheckReport struct {
	Articles int // articles stored
	Quads    int // quads labelled with an article
	Other    int // quads under another label (neither an article nor derived data)
	Stale    int // derived quads of an older layout, still among the quads

	Summaries, Edges int // summaries and index edges the articles make
	// Missing, Extra and Wrong count the summaries and index edges not stored, stored but made by
	// no article, and stored with other counts than the articles give.
	MissingSummaries, ExtraSummaries, WrongSummaries int
	MissingEdges, ExtraEdges                         int

	Version string // the layout mark (want derivedVersion)
	Dirty   string // the dirty mark: the operation left unfinished, if any
	// Examples names a few of the differences.
	Examples []string
	// Repaired is set when Check(ctx, true) rebuilt the derived data (the counts are then those
	// found after the rebuild).
	Repaired bool
}

// OK reports whether the derived data are exactly those the articles make, in the current
// layout, and no operation left the store dirty.
func (r *CheckReport) OK() bool {
	return r.Stale == 0 && r.MissingSummaries+r.ExtraSummaries+r.WrongSummaries+r.MissingEdges+r.ExtraEdges == 0 &&
		r.Version == derivedVersion && r.Dirty == ""
}

// String is the report as a few lines for people.
func (r *CheckReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "articles %d, article quads %d, quads under other labels %d\n", r.Articles, r.Quads, r.Other)
	fmt.Fprintf(&b, "summaries: %d expected, %d missing, %d extra, %d different\n", r.Summaries, r.MissingSummaries, r.ExtraSummaries, r.WrongSummaries)
	fmt.Fprintf(&b, "index edges: %d expected, %d missing, %d extra\n", r.Edges, r.MissingEdges, r.ExtraEdges)
	dirty := r.Dirty
	if dirty == "" {
		dirty = "no"
	}
	fmt.Fprintf(&b, "layout %q (want %q), derived quads of older layouts %d, dirty: %s\n", r.Version, derivedVersion, r.Stale, dirty)
	for _, e := range r.Examples {
		fmt.Fprintf(&b, "  %s\n", e)
	}
	switch {
	case r.Repaired && r.OK():
		b.WriteString("repaired: the derived data now match the articles\n")
	case r.OK():
		b.WriteString("ok: the derived data match the articles\n")
	default:
		b.WriteString("NOT OK: the derived data differ from the articles (newsgraph check --repair rebuilds them)\n")
	}
	return b.String()
}

// maxExamples bounds CheckReport.Examples.
const maxExamples = 10

// Check computes the derived data again from the articles' quads, in one scan of the store, and
// compares them with the stored ones and the store's marks. With repair, a store that is not OK
// gets its derived data rebuilt (as Open does for a dirty store) and is checked again.
func (s *Store) Check(ctx context.Context, repair bool) (*CheckReport, error) {
	r, err := s.check(ctx)
	if err != nil || !repair || r.OK() {
		return r, err
	}
	if err := s.writable(); err != nil {
		return r, err
	}
	unlock, err := s.be.lockWriters(ctx)
	if err != nil {
		return r, err
	}
	err = s.rebuildDerived(ctx)
	unlock()
	if err != nil {
		return r, fmt.Errorf("repair: %w", err)
	}
	if r, err = s.check(ctx); r != nil {
		r.Repaired = true
	}
	return r, err
}

func (s *Store) check(ctx context.Context) (*CheckReport, error) {
	r := &CheckReport{}
	var dv deriver
	err := s.eachQuad(ctx, match{}, func(q quad.Quad) error {
		_, article := idOf(q.Label, prefArticle)
		switch {
		case q.Label == LabelDerived:
			r.Stale++
		case !article:
			r.Other++
		default:
			r.Quads++
			if q.Predicate == PredType && q.Object == ClassArticle {
				r.Articles++
			}
			dv.add(q)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("check: %w", err)
	}
	wantSums := map[string]summary{}
	wantEdges := map[edge]bool{}
	dv.each(func(n quad.Value, sm summary, edges []quad.Quad) error {
		wantSums[valueString(n)] = sm
		for _, q := range edges {
			wantEdges[edge{valueString(q.Subject), valueString(q.Predicate), valueString(q.Object)}] = true
		}
		return nil
	})
	r.Summaries, r.Edges = len(wantSums), len(wantEdges)
	note := func(format string, args ...any) {
		if len(r.Examples) < maxExamples {
			r.Examples = append(r.Examples, fmt.Sprintf(format, args...))
		}
	}
	seen := map[string]bool{}
	err = s.be.eachDerived(ctx, func(n string, sm summary) error {
		seen[n] = true
		want, ok := wantSums[n]
		switch {
		case !ok:
			r.ExtraSummaries++
			note("summary of %s: made by no article", n)
		case !sameSummary(sm, want):
			r.WrongSummaries++
			note("summary of %s: stored %v, the articles give %v", n, sm, want)
		}
		return nil
	}, func(e edge) error {
		if wantEdges[e] {
			delete(wantEdges, e)
			return nil
		}
		r.ExtraEdges++
		note("index edge %q %q %q: made by no article", e.s, e.p, e.o)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("check: %w", err)
	}
	for _, n := range slices.Sorted(maps.Keys(wantSums)) {
		if !seen[n] {
			r.MissingSummaries++
			note("summary of %s: missing", n)
		}
	}
	r.MissingEdges = len(wantEdges)
	for e := range wantEdges {
		note("index edge %q %q %q: missing", e.s, e.p, e.o)
	}
	if r.Version, err = s.be.mark(ctx, markVersion); err != nil {
		return nil, err
	}
	if r.Dirty, err = s.be.mark(ctx, markDirty); err != nil {
		return nil, err
	}
	return r, nil
}

// sameSummary reports whether two summaries hold the same counts.
func sameSummary(a, b summary) bool {
	if len(a) != len(b) {
		return false
	}
	for p, m := range a {
		if !maps.Equal(m, b[p]) {
			return false
		}
	}
	return true
}
