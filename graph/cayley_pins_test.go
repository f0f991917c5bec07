package graph

// The assumptions about Cayley's internals that this package still makes, each pinned by a test
// that fails loudly when an upgrade of Cayley breaks it.

import (
	"context"
	"database/sql"
	"reflect"
	"sort"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
)

func pinQuad(s, o, label string) quad.Quad {
	return quad.Quad{Subject: quad.IRI(Base + s), Predicate: PredName, Object: quad.String(o), Label: quad.IRI(Base + label)}
}

func openPinBolt(t *testing.T) *boltBackend {
	t.Helper()
	b, err := openBolt(Config{Addr: t.TempDir() + "/db", NoSync: true, ReadMostly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.close() })
	return b
}

// TestCayleyApplyDeltasOneTx pins what the bolt backend's hook relies on: Cayley's key-value
// ApplyDeltas writes through the store's Tx method (so the derived data join its transaction)
// and commits exactly one read-write transaction per call.
func TestCayleyApplyDeltasOneTx(t *testing.T) {
	b := openPinBolt(t)
	for i, d := range [][]cgraph.Delta{
		{{Action: cgraph.Add, Quad: pinQuad("a", "A", "l1")}, {Action: cgraph.Add, Quad: pinQuad("b", "B", "l1")}},
		{{Action: cgraph.Delete, Quad: pinQuad("a", "A", "l1")}},
	} {
		before := b.kv.commits
		if err := b.qs.ApplyDeltas(d, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
			t.Fatal(err)
		}
		if got := b.kv.commits - before; got != 1 {
			t.Errorf("batch %d: Cayley's ApplyDeltas committed %d read-write transactions through the hook, want 1 (the bolt backend's derived writes rely on it)", i, got)
		}
	}
	// and the backend's write puts the derived data in that transaction
	dc := &derivedChanges{}
	dc.setSummary(quad.IRI(Base+"entity/x"), summary{"p:name": {"X": 1}})
	if err := b.write(context.Background(), []cgraph.Delta{{Action: cgraph.Add, Quad: pinQuad("c", "C", "l2")}}, dc); err != nil {
		t.Fatal(err)
	}
	got, err := b.summaries(context.Background(), []quad.Value{quad.IRI(Base + "entity/x")})
	if err != nil || len(got) != 1 {
		t.Errorf("summary written with the quads: %v, %v", got, err)
	}
}

// TestCayleyKVPadForKV pins the Cayley bug padForKV works around: in one ApplyDeltas of the
// key-value store, an added quad loses a node that the batch removes more often than it adds.
// When this test reports the bug gone, padForKV can go (and this test with it).
func TestCayleyKVPadForKV(t *testing.T) {
	ctx := context.Background()
	batch := func(d []cgraph.Delta, pad bool) []quad.Quad {
		b := openPinBolt(t)
		seed := []cgraph.Delta{{Action: cgraph.Add, Quad: pinQuad("s", "one", "l")}, {Action: cgraph.Add, Quad: pinQuad("s", "two", "l")}}
		if err := b.qs.ApplyDeltas(seed, cgraph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
		if pad {
			d = padForKV(d)
		}
		if err := b.qs.ApplyDeltas(d, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
			t.Fatal(err)
		}
		var out []quad.Quad
		b.rmu.RLock()
		defer b.rmu.RUnlock()
		err := scan(ctx, b.qs.QuadsAllIterator(), func(r refs.Ref) error {
			q, err := b.qs.Quad(r)
			out = append(out, q)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	// "s" and "l": two removals, one addition
	d := []cgraph.Delta{
		{Action: cgraph.Delete, Quad: pinQuad("s", "one", "l")},
		{Action: cgraph.Delete, Quad: pinQuad("s", "two", "l")},
		{Action: cgraph.Add, Quad: pinQuad("s", "three", "l")},
	}
	want := pinQuad("s", "three", "l")
	if got := batch(d, true); len(got) != 1 || got[0] != want {
		t.Errorf("with padForKV: the store holds %v, want [%v]", got, want)
	}
	if got := batch(d, false); len(got) == 1 && got[0] == want {
		t.Errorf("Cayley's key-value store no longer loses the nodes of such an added quad: padForKV (backend_bolt.go) can go")
	}
}

// TestPostgresTablesCayleyReads pins the PostgreSQL backend's writes to Cayley's tables: what it
// writes, Cayley's own quad store reads; what Cayley writes, it reads and deletes; and the
// reference counts of the nodes agree (no node outlives its last quad).
func TestPostgresTablesCayleyReads(t *testing.T) {
	ctx := context.Background()
	url := freshPostgres(t)
	s, _ := openTest(t, Config{Backend: "postgres", Addr: url})
	p := s.be.(*pgBackend)
	cq, err := cgraph.NewQuadStore("postgres", url, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer cq.Close()
	cayleyQuads := func() []string {
		var out []string
		err := scan(ctx, cq.QuadsAllIterator(), func(r refs.Ref) error {
			q, err := cq.Quad(r)
			out = append(out, q.String())
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		sort.Strings(out)
		return out
	}
	ourQuads := func() []string {
		var out []string
		if err := p.eachQuad(ctx, match{}, func(q quad.Quad) error { out = append(out, q.String()); return nil }); err != nil {
			t.Fatal(err)
		}
		sort.Strings(out)
		return out
	}
	same := func(step string) {
		t.Helper()
		got, want := cayleyQuads(), ourQuads()
		if len(got) != len(want) {
			t.Fatalf("%s: Cayley reads %d quads %q, newsgraph %d %q", step, len(got), got, len(want), want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%s: Cayley reads %q, newsgraph %q", step, got[i], want[i])
			}
		}
	}
	values := []quad.Quad{
		pinQuad("a", "plain", "l1"),
		{Subject: quad.IRI(Base + "a"), Predicate: PredName, Object: quad.Int(42), Label: quad.IRI(Base + "l1")},
		{Subject: quad.IRI(Base + "a"), Predicate: PredName, Object: quad.LangString{Value: "fr", Lang: "fr"}, Label: quad.IRI(Base + "l2")},
		{Subject: quad.IRI(Base + "b"), Predicate: PredName, Object: quad.String("nul\x00inside"), Label: quad.IRI(Base + "l2")},
		{Subject: quad.IRI(Base + "b"), Predicate: PredName, Object: quad.Float(51.5), Label: quad.IRI(Base + "l2")},
		{Subject: quad.IRI(Base + "b"), Predicate: PredName, Object: quad.Bool(true), Label: quad.IRI(Base + "l2")},
		{Subject: quad.IRI(Base + "b"), Predicate: PredName, Object: quad.TypedString{Value: "2025-05", Type: "http://www.w3.org/2001/XMLSchema#gYearMonth"}, Label: quad.IRI(Base + "l2")},
		{Subject: quad.BNode("x"), Predicate: PredName, Object: quad.Time(time.Date(2025, 5, 6, 7, 8, 9, 0, time.UTC)), Label: quad.IRI(Base + "l2")},
	}
	var d []cgraph.Delta
	for _, q := range values {
		d = append(d, cgraph.Delta{Action: cgraph.Add, Quad: q})
	}
	if err := p.write(ctx, d, nil); err != nil {
		t.Fatal(err)
	}
	same("after newsgraph's write")
	extra := pinQuad("c", "by cayley", "l3")
	if err := cq.ApplyDeltas([]cgraph.Delta{{Action: cgraph.Add, Quad: extra}, {Action: cgraph.Delete, Quad: values[0]}}, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	same("after Cayley's write")
	var del []cgraph.Delta
	for _, q := range append(values[1:], extra, values[0]) { // the last is gone already: ignored
		del = append(del, cgraph.Delta{Action: cgraph.Delete, Quad: q})
	}
	if err := p.write(ctx, del, nil); err != nil {
		t.Fatal(err)
	}
	same("after newsgraph's deletes")
	db, err := sql.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var nodes, quads int
	if err := db.QueryRow(`SELECT (SELECT count(*) FROM nodes), (SELECT count(*) FROM quads)`).Scan(&nodes, &quads); err != nil {
		t.Fatal(err)
	}
	if nodes != 0 || quads != 0 {
		t.Errorf("after deleting every quad: %d nodes, %d quads left in Cayley's tables, want 0 and 0", nodes, quads)
	}
}

// TestCayleyKVIndexes pins the indexes the bolt backend's scans use (indexScan): a store Cayley
// creates has exactly (subject, predicate) and (object, predicate, subject).
func TestCayleyKVIndexes(t *testing.T) {
	if got, want := kv.DefaultQuadIndexes, []kv.QuadIndex{kvSP, kvOPS}; !reflect.DeepEqual(got, want) {
		t.Errorf("Cayley's default key-value indexes = %v, want %v (indexScan in backend_bolt.go relies on them)", got, want)
	}
}

// TestCayleyKVDeletedQuadByRef pins what whole relies on: on bolt, a quad read by a reference
// taken before its deletion comes back with nil values (and no error).
func TestCayleyKVDeletedQuadByRef(t *testing.T) {
	b := openPinBolt(t)
	q := pinQuad("gone", "soon", "l")
	if err := b.qs.ApplyDeltas([]cgraph.Delta{{Action: cgraph.Add, Quad: q}}, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	var ref refs.Ref
	if err := scan(context.Background(), b.qs.QuadsAllIterator(), func(r refs.Ref) error { ref = r; return nil }); err != nil || ref == nil {
		t.Fatalf("no quad to read back: %v", err)
	}
	if err := b.qs.ApplyDeltas([]cgraph.Delta{{Action: cgraph.Delete, Quad: q}}, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	got, err := b.qs.Quad(ref)
	if err != nil || whole(got) {
		t.Errorf("a deleted quad read by its old reference = %v, %v; want a quad with nil values and no error (whole in lookup.go relies on it)", got, err)
	}
}
