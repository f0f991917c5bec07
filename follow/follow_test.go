package follow

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"newsgraph"
	"newsgraph/graph"
	"newsgraph/input"
	"newsgraph/loader"
)

// The feed and pages here are made up for these tests.

var (
	extractorOnce sync.Once
	extractor     *loader.Extractor
)

func sharedExtractor() *loader.Extractor {
	extractorOnce.Do(func() { extractor = loader.New() })
	return extractor
}

// wire is a made-up feed on loopback whose items can be added to; it answers 304 to a matching
// If-None-Match and counts the requests.
type wire struct {
	*httptest.Server
	mu       sync.Mutex
	items    []string // rendered <item>s
	version  int
	requests atomic.Int32
	fail     atomic.Bool
}

func newWire(t *testing.T) *wire {
	w := &wire{}
	mux := http.NewServeMux()
	mux.HandleFunc("/feed", func(rw http.ResponseWriter, r *http.Request) {
		w.requests.Add(1)
		if w.fail.Load() {
			http.Error(rw, "down", http.StatusBadGateway)
			return
		}
		w.mu.Lock()
		defer w.mu.Unlock()
		etag := fmt.Sprintf(`"%d"`, w.version)
		if r.Header.Get("If-None-Match") == etag {
			rw.WriteHeader(http.StatusNotModified)
			return
		}
		rw.Header().Set("ETag", etag)
		rw.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(rw, `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Loopback Wire</title><link>%s</link><description>made up</description>%s</channel></rss>`,
			w.URL, strings.Join(w.items, ""))
	})
	mux.HandleFunc("/page/", func(rw http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(rw, `<html><head><title>Page %s</title></head><body><article><h1>Page</h1><p>%s</p></article></body></html>`,
			r.URL.Path, strings.Repeat("Officials in Ghana signed a trade agreement with Chile in the capital. ", 5))
	})
	w.Server = httptest.NewServer(mux)
	t.Cleanup(w.Close)
	return w
}

// add appends an item: with content when withContent, else linking a page of the site.
func (w *wire) add(n int, withContent bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	link := fmt.Sprintf("%s/page/%d", w.URL, n)
	item := fmt.Sprintf("<item><title>Item %d</title><link>%s</link><pubDate>Mon, 0%d Jun 2025 08:00:00 +0000</pubDate>", n, link, 1+n%9)
	if withContent {
		item += fmt.Sprintf("<content:encoded><![CDATA[<p>Negotiators for Kenya opened talks with Finland, item %d.</p>]]></content:encoded>", n)
	}
	w.items = append(w.items, item+"</item>")
	w.version++
}

func newFollower(t *testing.T, w *wire, store Store, m *Metrics) *Follower {
	t.Helper()
	r := &input.Reader{Fetcher: input.NewFetcher(input.FetchConfig{Timeout: 2 * time.Second})}
	f, err := New(Config{Feeds: []string{w.URL + "/feed"}, Every: 20 * time.Millisecond}, r, store, sharedExtractor(), m, nil)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func openBolt(t *testing.T, dir string) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), graph.Config{Backend: "bolt", Addr: dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestFollowLoadsEachItemOnce polls a feed as it grows, across a restart of the store and of
// the follower, and checks each item is loaded once.
func TestFollowLoadsEachItemOnce(t *testing.T) {
	ctx := context.Background()
	w := newWire(t)
	w.add(1, true)
	w.add(2, false)
	dir := filepath.Join(t.TempDir(), "db")
	store := openBolt(t, dir)
	reg := prometheus.NewRegistry()
	m, err := NewMetrics(reg)
	if err != nil {
		t.Fatal(err)
	}
	f := newFollower(t, w, store, m)

	steps := []struct {
		name string
		do   func()
		want Counts
	}{
		{"first poll", func() {}, Counts{Items: 2, Loaded: 2}},
		{"unchanged feed: 304", func() {}, Counts{NotModified: true}},
		{"one new item", func() { w.add(3, true) }, Counts{Items: 3, Seen: 2, Loaded: 1}},
	}
	for _, st := range steps {
		st.do()
		got, err := f.Poll(ctx, w.URL+"/feed")
		if err != nil || got != st.want {
			t.Errorf("%s: counts %+v, err %v; want %+v", st.name, got, err, st.want)
		}
	}
	for _, id := range []int{1, 2, 3} {
		a, err := store.Article(ctx, input.URLID(fmt.Sprintf("%s/page/%d", w.URL, id)))
		if err != nil || a == nil || a.Source != "Loopback Wire" {
			t.Errorf("item %d: stored %+v, %v", id, a, err)
		}
	}
	if got := counter(t, reg, "newsgraph_follow_items_total", "loaded"); got != 3 {
		t.Errorf("newsgraph_follow_items_total{result=loaded} = %v, want 3", got)
	}
	if got := counter(t, reg, "newsgraph_follow_polls_total", "not_modified"); got != 1 {
		t.Errorf("newsgraph_follow_polls_total{result=not_modified} = %v, want 1", got)
	}

	// A restart: a new store handle and a new follower (no ETag kept) see the items as seen.
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	store = openBolt(t, dir)
	defer store.Close()
	w.add(4, true)
	got, err := newFollower(t, w, store, nil).Poll(ctx, w.URL+"/feed")
	if want := (Counts{Items: 4, Seen: 3, Loaded: 1}); err != nil || got != want {
		t.Errorf("after a restart: counts %+v, err %v; want %+v", got, err, want)
	}
}

func TestFollowFeedErrors(t *testing.T) {
	ctx := context.Background()
	w := newWire(t)
	store, err := graph.Open(ctx, graph.Config{Backend: "memory"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	reg := prometheus.NewRegistry()
	m, _ := NewMetrics(reg)
	f := newFollower(t, w, store, m)
	w.fail.Store(true)
	if _, err := f.Poll(ctx, w.URL+"/feed"); err == nil || !strings.Contains(err.Error(), w.URL+"/feed") || !strings.Contains(err.Error(), "502") {
		t.Errorf("poll of a failing feed: %v, want an error naming the feed and the status", err)
	}
	if _, err := f.Poll(ctx, w.URL+"/page/1"); err == nil || !strings.Contains(err.Error(), "not an RSS or Atom feed") {
		t.Errorf("poll of a page: %v, want not a feed", err)
	}
	if got := counter(t, reg, "newsgraph_follow_polls_total", "error"); got != 2 {
		t.Errorf("newsgraph_follow_polls_total{result=error} = %v, want 2", got)
	}
}

// TestRunBacksOff runs the follower against a failing feed: polls come further apart.
func TestRunBacksOff(t *testing.T) {
	w := newWire(t)
	w.fail.Store(true)
	store, err := graph.Open(context.Background(), graph.Config{Backend: "memory"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	f := newFollower(t, w, store, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 700*time.Millisecond)
	defer cancel()
	f.Run(ctx)
	// Every 20ms without back-off is about 35 polls; with it 20, 40, 80, 160, 320ms: 5 or 6.
	if got := w.requests.Load(); got < 3 || got > 8 {
		t.Errorf("%d polls of a failing feed in 700ms, want 3 to 8 (backing off from 20ms)", got)
	}
}

func TestBackoff(t *testing.T) {
	for _, tc := range []struct {
		failures int
		want     time.Duration
	}{
		{0, 15 * time.Minute}, {1, 30 * time.Minute}, {2, time.Hour}, {4, 4 * time.Hour}, {5, 6 * time.Hour}, {50, 6 * time.Hour},
	} {
		if got := Backoff(15*time.Minute, 6*time.Hour, tc.failures); got != tc.want {
			t.Errorf("Backoff(15m, 6h, %d) = %s, want %s", tc.failures, got, tc.want)
		}
	}
}

// storeOnly checks that a Follower needs no more than Store of graph.Store.
var _ Store = (*graph.Store)(nil)

var _ = newsgraph.Article{}

// counter reads a counter with the given result label from reg, as /metrics shows it.
func counter(t *testing.T, reg *prometheus.Registry, name, result string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "result" && l.GetValue() == result {
					return m.GetCounter().GetValue()
				}
			}
		}
	}
	t.Fatalf("no %s{result=%q}", name, result)
	return 0
}
