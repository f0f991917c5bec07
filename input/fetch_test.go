package input

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// site is a made-up news site on loopback: pages, a feed, robots.txt, and the ways a site fails.
type site struct {
	*httptest.Server
	agents   sync.Map // user agents seen
	inFlight atomic.Int32
	maxSeen  atomic.Int32
}

func newSite(t *testing.T) *site {
	s := &site{}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
	})
	pageHandler := func(spec pageSpec) http.HandlerFunc {
		body := page(spec)
		return func(w http.ResponseWriter, r *http.Request) {
			s.agents.Store(r.UserAgent(), true)
			const etag = `"v1"`
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", etag)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(body))
		}
	}
	mux.Handle("/page", pageHandler(pageSpec{title: "Fetched page", site: "Loopback News", date: "2025-05-05", paragraphs: 5, seed: 40}))
	mux.Handle("/linked", pageHandler(pageSpec{title: "Linked page", site: "Loopback News", date: "2025-05-06", paragraphs: 5, seed: 50}))
	mux.Handle("/private/secret", pageHandler(pageSpec{title: "Secret", paragraphs: 5}))
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(rss("Loopback Wire", []feedItem{
			{title: "With content", link: s.URL + "/item/1", date: "Mon, 05 May 2025 08:00:00 +0000", content: content(60, 3)},
			{title: "Without content", link: s.URL + "/linked", date: "Tue, 06 May 2025 08:00:00 +0000"},
			{title: "Forbidden", link: s.URL + "/private/secret"},
			{title: "Missing", link: s.URL + "/missing"},
		})))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) { // 50 MB of page, no Content-Length
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>filler text for a very large page</p>\n", 1000))
		for n := 0; n < 50<<20; n += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/to-private", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/private/secret", http.StatusFound) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/count", func(w http.ResponseWriter, r *http.Request) {
		n := s.inFlight.Add(1)
		defer s.inFlight.Add(-1)
		for {
			m := s.maxSeen.Load()
			if n <= m || s.maxSeen.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(30 * time.Millisecond)
		w.Write([]byte("<html><body><p>ok</p></body></html>"))
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// TestReadURLs reads a feed and pages over HTTP, and the failures a site can have.
func TestReadURLs(t *testing.T) {
	s := newSite(t)
	r := &Reader{Fetcher: NewFetcher(FetchConfig{Timeout: 3 * time.Second})}
	arts, errs := readAll(t, r, s.URL+"/feed", s.URL+"/page", s.URL+"/nofeed", s.URL+"/slow", s.URL+"/big", s.URL+"/loop", s.URL+"/private/secret", s.URL+"/to-private")
	wantTitles := []string{"With content", "Without content", "Fetched page"}
	if len(arts) != len(wantTitles) {
		t.Fatalf("articles = %v, want %v", titles(arts), wantTitles)
	}
	for i, a := range arts {
		if a.Title != wantTitles[i] {
			t.Errorf("article %d title %q, want %q", i, a.Title, wantTitles[i])
		}
	}
	if a := arts[1]; a.URL != s.URL+"/linked" || a.Date != "2025-05-06" || !strings.Contains(a.Text, articleParagraphs(pageSpec{paragraphs: 5, seed: 50})[0]) {
		t.Errorf("the item without content: url %q date %q text %q; want its linked page's", a.URL, a.Date, a.Text)
	}
	if a := arts[2]; a.URL != s.URL+"/page" || a.Source != "Loopback News" || a.ID != URLID(s.URL+"/page") {
		t.Errorf("page: url %q source %q id %q", a.URL, a.Source, a.ID)
	}
	want := []string{
		"/feed: item 3 (" + s.URL + "/private/secret): fetch " + s.URL + "/private/secret: disallowed by robots.txt",
		"/feed: item 4 (" + s.URL + "/missing): fetch " + s.URL + "/missing: HTTP 404",
		"/nofeed: fetch " + s.URL + "/nofeed: HTTP 404",
		"/slow: fetch " + s.URL + "/slow: timed out",
		"/big: fetch " + s.URL + "/big: larger than the 16 MB limit",
		"/loop: fetch " + s.URL + "/loop: ",
		"/private/secret: fetch " + s.URL + "/private/secret: disallowed by robots.txt",
		"/to-private: fetch " + s.URL + "/to-private: ",
	}
	if len(errs) != len(want) {
		t.Fatalf("errors = %q, want %d", errs, len(want))
	}
	for i, w := range want {
		if !strings.Contains(errs[i], w) {
			t.Errorf("error %d = %q, want it to contain %q", i, errs[i], w)
		}
	}
	if !strings.Contains(errs[7], "disallowed by robots.txt") {
		t.Errorf("redirect to a disallowed page: %q, want robots.txt to forbid it", errs[7])
	}
	if !strings.Contains(errs[5], "redirects") {
		t.Errorf("redirect loop error = %q, want it to name the redirects", errs[5])
	}
	s.agents.Range(func(k, _ any) bool {
		if !strings.HasPrefix(k.(string), "newsgraph/") {
			t.Errorf("user agent %q does not name newsgraph", k)
		}
		return true
	})
}

func TestFetcherConditional(t *testing.T) {
	s := newSite(t)
	f := NewFetcher(FetchConfig{})
	ctx := context.Background()
	first, err := f.GetConditional(ctx, s.URL+"/page")
	if err != nil || first.NotModified || len(first.Body) == 0 {
		t.Fatalf("first fetch: %v, not modified %v, %d bytes", err, first != nil && first.NotModified, len(first.Body))
	}
	again, err := f.GetConditional(ctx, s.URL+"/page")
	if err != nil || !again.NotModified {
		t.Errorf("second conditional fetch: %v, not modified %v; want 304", err, again != nil && again.NotModified)
	}
	plain, err := f.Get(ctx, s.URL+"/page")
	if err != nil || plain.NotModified || len(plain.Body) == 0 {
		t.Errorf("unconditional fetch after: %v; want the body", err)
	}
}

func TestFetcherPerHost(t *testing.T) {
	s := newSite(t)
	f := NewFetcher(FetchConfig{PerHost: 2})
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := f.Get(context.Background(), s.URL+"/count"); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if got := s.maxSeen.Load(); got < 1 || got > 2 {
		t.Errorf("at most %d requests at a time reached the host, want 1 or 2", got)
	}
}

func TestFetcherRobotsUnreachable(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", http.StatusServiceUnavailable) })
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("<p>hello</p>")) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	_, err := NewFetcher(FetchConfig{}).Get(context.Background(), srv.URL+"/a")
	if !errors.Is(err, ErrRobots) {
		t.Errorf("error = %v, want ErrRobots (robots.txt answering 5xx forbids everything)", err)
	}
}

// TestFetcherCrawlDelay asks for pages of a host whose robots.txt sets a Crawl-delay.
func TestFetcherCrawlDelay(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("User-agent: newsgraph\nCrawl-delay: 0.2\nDisallow: /nope\n\nUser-agent: *\nDisallow: /\n"))
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("<p>hello</p>")) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := NewFetcher(FetchConfig{})
	start := time.Now()
	for _, p := range []string{"/a", "/b", "/c"} {
		if _, err := f.Get(context.Background(), srv.URL+p); err != nil {
			t.Fatalf("%s: %v (the newsgraph group allows it)", p, err)
		}
	}
	if el := time.Since(start); el < 400*time.Millisecond {
		t.Errorf("3 requests in %s, want at least 2 crawl delays of 200ms between them", el)
	}
	if _, err := f.Get(context.Background(), srv.URL+"/nope"); !errors.Is(err, ErrRobots) {
		t.Errorf("/nope: %v, want ErrRobots", err)
	}
}

func TestFetcherRetryAfter(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Retry-After", "120")
		http.Error(w, "slow down", http.StatusTooManyRequests)
	}))
	defer srv.Close()
	_, err := NewFetcher(FetchConfig{}).Get(context.Background(), srv.URL+"/feed")
	var fe *FetchError
	if !errors.As(err, &fe) || fe.Status != 429 || fe.RetryAfter != 2*time.Minute {
		t.Errorf("error = %#v, want a 429 asking for 2 minutes", err)
	}
}
