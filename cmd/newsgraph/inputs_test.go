package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsgraph/server"
)

// The page, table and feed here are made up for these tests.

const testPage = `<!DOCTYPE html><html><head><title>Accord | Example Gazette</title>
<meta property="og:site_name" content="Example Gazette">
<meta property="article:published_time" content="2025-03-04T09:00:00+01:00">
<link rel="canonical" href="https://news.example/accord"></head>
<body><nav><a href="/">Home</a><a href="/world">World</a></nav>
<article><h1>Accord</h1><p>Officials in Ghana signed a trade agreement with Chile on Tuesday, according to a statement from the foreign ministry.</p>
<p>The agreement, negotiated over two years, lowers tariffs on cocoa and copper and was welcomed by exporters in both countries.</p></article>
<footer>Copyright Example Gazette</footer></body></html>`

func TestExtractFormats(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("accord.html", testPage)
	write("table.csv", "key,headline,body\nk1,Talks,\"Japan opened talks with Morocco.\nThey will meet again in May.\"\n")
	code, out, errs := cli(t, "", "extract", "--columns", "id=key,title=headline,text=body", dir)
	if code != 0 {
		t.Fatalf("exit status %d, stderr %q", code, errs)
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var x struct {
			Article struct{ ID, Title, Date, Source, URL string }
		}
		if err := json.Unmarshal([]byte(line), &x); err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%s|%s|%s|%s", x.Article.Title, x.Article.Date, x.Article.Source, x.Article.URL))
	}
	want := []string{"Accord|2025-03-04|Example Gazette|https://news.example/accord", "Talks|||"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("articles:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	code, out, _ = cli(t, "", "extract", "--text", filepath.Join(dir, "accord.html"))
	var x struct {
		Article  struct{ Text string }
		Entities []struct {
			Mentions []struct {
				Start, End int
				Text       string
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &x); code != 0 || err != nil {
		t.Fatalf("extract --text: status %d, %v", code, err)
	}
	if !strings.HasPrefix(x.Article.Text, "Accord\n\nOfficials in Ghana signed") || strings.Contains(x.Article.Text, "Home") {
		t.Errorf("extract --text: text %q", x.Article.Text)
	}
	runes := []rune(x.Article.Text)
	for _, e := range x.Entities {
		for _, m := range e.Mentions {
			if m.End > len(runes) || string(runes[m.Start:m.End]) != m.Text {
				t.Errorf("mention %q at %d:%d is not where the text has it", m.Text, m.Start, m.End)
			}
		}
	}
	if code, _, errs := cli(t, "", "extract", "--columns", "body", dir); code != 2 || !strings.Contains(errs, "FIELD=COLUMN") {
		t.Errorf("a bad --columns: status %d, stderr %q; want 2 and the form", code, errs)
	}
}

// feedServer serves a feed of two items (one with content, one linking a page) and a feed that
// is missing.
func feedServer(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Loopback Wire</title><link>%[1]s</link><description>made up</description>
<item><title>With content</title><link>%[1]s/story/1</link><pubDate>Tue, 04 Mar 2025 08:00:00 +0000</pubDate><content:encoded><![CDATA[<p>Kenya opened talks with Finland on Monday.</p>]]></content:encoded></item>
<item><title>Linked</title><link>%[1]s/story/2</link></item></channel></rss>`, srv.URL)
	})
	mux.HandleFunc("/story/2", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(testPage)) })
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestFollowCommand(t *testing.T) {
	srv := feedServer(t)
	db := filepath.Join(t.TempDir(), "ng.db")
	code, _, errs := cli(t, "", "follow", "--once", "--db", db, srv.URL+"/feed")
	if code != 0 || !strings.Contains(errs, "2 items, 2 loaded, 0 seen before, 0 bad") {
		t.Errorf("first follow: status %d, stderr %q", code, errs)
	}
	code, _, errs = cli(t, "", "follow", "--once", "--db", db, srv.URL+"/feed", srv.URL+"/missing")
	if code != 1 || !strings.Contains(errs, "2 items, 0 loaded, 2 seen before") || !strings.Contains(errs, srv.URL+"/missing: HTTP 404") {
		t.Errorf("second follow: status %d, stderr %q; want 1, the items seen and the missing feed named", code, errs)
	}
	if code, _, errs := cli(t, "", "follow", "--once"); code != 2 || !strings.Contains(errs, "feed") {
		t.Errorf("follow without feeds: status %d, stderr %q", code, errs)
	}
}

// TestServeFollow follows a feed inside the server and reads the counts from /metrics.
func TestServeFollow(t *testing.T) {
	srv := feedServer(t)
	m := &Main{Config: ServeConfig{Backend: "memory", Follow: []string{srv.URL + "/feed"}, FollowEvery: 50 * time.Millisecond,
		Server: server.Config{Addr: "127.0.0.1:0"}}, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	if err := m.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	want := `newsgraph_follow_items_total{result="loaded"} 2`
	var metrics string
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		resp, err := http.Get("http://" + m.Addr() + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if metrics = string(b); strings.Contains(metrics, want) && strings.Contains(metrics, `newsgraph_follow_items_total{result="seen"} 2`) {
			break
		}
	}
	for _, w := range []string{want, `newsgraph_follow_items_total{result="seen"} 2`, `newsgraph_follow_polls_total{result="ok"}`} {
		if !strings.Contains(metrics, w) {
			t.Errorf("/metrics lacks %s:\n%s", w, grepLines(metrics, "newsgraph_follow"))
		}
	}
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
}

func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func TestListFlag(t *testing.T) {
	var l listFlag
	for _, v := range []string{"https://a.example/rss,https://b.example/atom", "https://c.example/feed"} {
		if err := l.Set(v); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := l.String(), "https://a.example/rss,https://b.example/atom,https://c.example/feed"; got != want {
		t.Errorf("--follow twice = %q, want %q", got, want)
	}
}
