package export_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"newsgraph"
	"newsgraph/graph"
	"newsgraph/graph/export"
)

// bigSource is a Source that makes up a graph of n articles, each reporting one event between two
// of 1,000 countries-like entities, without storing it; it samples the live heap as the exporter
// reads it, so that a test can see whether an export holds what it has read.
type bigSource struct {
	n       int
	maxHeap uint64
	reads   int
}

func (b *bigSource) sample() {
	b.reads++
	if b.reads%max(b.n/20, 1) != 0 {
		return
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.maxHeap = max(b.maxHeap, m.HeapAlloc)
}

func (b *bigSource) ent(i int) newsgraph.Entity {
	return newsgraph.Entity{ID: fmt.Sprintf("country/X%03d", i), Type: newsgraph.Country, Name: fmt.Sprintf("Land %d", i), Code: fmt.Sprintf("X%02d", i%100)}
}

func (b *bigSource) event(i int) newsgraph.Event {
	return newsgraph.Event{ID: fmt.Sprintf("ev-%07d", i), Type: plover[i%len(plover)], Subject: b.ent(i % 1000).ID,
		Object: b.ent((i*7 + 1) % 1000).ID, Date: fmt.Sprintf("20%02d-%02d", 10+i%15, 1+i%12), Articles: 1}
}

func (b *bigSource) EachEntity(ctx context.Context, fn func(newsgraph.Entity) error) error {
	for i := 0; i < 1000; i++ {
		if err := fn(b.ent(i)); err != nil {
			return err
		}
	}
	return nil
}

func (b *bigSource) EachEvent(ctx context.Context, f newsgraph.RelationFilter, fn func(newsgraph.Event) error) error {
	for i := 0; i < b.n; i++ {
		b.sample()
		if err := fn(b.event(i)); err != nil {
			return err
		}
	}
	return nil
}

func (b *bigSource) Entity(ctx context.Context, id string) (*newsgraph.Entity, error) {
	var i int
	fmt.Sscanf(id, "country/X%d", &i)
	e := b.ent(i)
	return &e, nil
}

func (b *bigSource) Resolve(ctx context.Context, ref string) (*newsgraph.Entity, error) {
	return b.Entity(ctx, ref)
}

func (b *bigSource) Evidence(ctx context.Context, id string) ([]newsgraph.Evidence, error) {
	return []newsgraph.Evidence{{Sentence: "A made-up sentence about " + id + " that is about as long as a real one.", Start: 10, End: 80, ArticleID: "art-" + id}}, nil
}

func (b *bigSource) Article(ctx context.Context, id string) (*newsgraph.Article, error) {
	return &newsgraph.Article{ID: id, Title: "Title of " + id, Date: "2025-01-01", Source: "Wire", URL: "https://news.example/" + id}, nil
}

func (b *bigSource) WriteNQuads(ctx context.Context, w io.Writer) error {
	qw := nquads.NewWriter(w)
	for i := 0; i < b.n; i++ {
		b.sample()
		e := b.event(i)
		label := graph.ArticleIRI("art-" + e.ID)
		for _, q := range []quad.Quad{
			{Subject: graph.EventIRI(e.ID), Predicate: graph.PredType, Object: graph.ClassEvent, Label: label},
			{Subject: graph.EventIRI(e.ID), Predicate: graph.PredEventType, Object: quad.String(e.Type), Label: label},
			{Subject: graph.EventIRI(e.ID), Predicate: graph.PredSubject, Object: graph.EntityIRI(e.Subject), Label: label},
			{Subject: graph.EventIRI(e.ID), Predicate: graph.PredObject, Object: graph.EntityIRI(e.Object), Label: label},
			{Subject: graph.EventIRI(e.ID), Predicate: graph.PredDate, Object: quad.String(e.Date), Label: label},
			{Subject: label, Predicate: graph.PredTitle, Object: quad.String("A title for " + e.ID), Label: label},
		} {
			if err := qw.WriteQuad(q); err != nil {
				return err
			}
		}
	}
	return qw.Close()
}

// TestMemoryFlat exports 20,000 made-up articles (NEWSGRAPH_EXPORT_ARTICLES to change it) in
// each format, whole and filtered, and checks that the live heap grows by less than 8 MB while
// hundreds of megabytes are written: the writers stream.
func TestMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	articles := 20_000
	if n, err := strconv.Atoi(os.Getenv("NEWSGRAPH_EXPORT_ARTICLES")); err == nil && n > 0 {
		articles = n
	}
	for _, c := range []struct {
		formats []string
		f       export.Filter
	}{
		{export.Names(), export.Filter{}},
		{[]string{"nquads", "jsonld", "graphml", "csv"}, export.Filter{Since: "2010"}},
	} {
		for _, format := range c.formats {
			src := &bigSource{n: articles}
			runtime.GC()
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			base := m.HeapAlloc
			cw := &countWriter{}
			if err := export.Write(context.Background(), src, format, c.f, cw); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			grew := int64(src.maxHeap) - int64(base)
			t.Logf("%s %+v: %d articles, %d MB written, live heap grew by at most %.1f MB", format, c.f, articles, cw.n>>20, float64(grew)/(1<<20))
			if grew > 8<<20 {
				t.Errorf("%s %+v: live heap grew by %.1f MB while writing %d MB: the export does not stream", format, c.f, float64(grew)/(1<<20), cw.n>>20)
			}
		}
	}
}

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }
