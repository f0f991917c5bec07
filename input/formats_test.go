package input

import (
	"bytes"
	"context"
	"sort"
	"strings"
	"testing"

	"newsgraph"
)

// readAll reads paths and returns the articles and the errors' messages.
func readAll(t testing.TB, r *Reader, paths ...string) ([]newsgraph.Article, []string) {
	t.Helper()
	var arts []newsgraph.Article
	var errs []string
	err := r.Read(context.Background(), paths, func(a newsgraph.Article, err error) error {
		if err != nil {
			errs = append(errs, err.Error())
			return nil
		}
		arts = append(arts, a)
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return arts, errs
}

func titles(arts []newsgraph.Article) []string {
	var out []string
	for _, a := range arts {
		out = append(out, a.Title)
	}
	sort.Strings(out)
	return out
}

// TestReadMixedDirectory reads a folder holding every format, plain and compressed.
func TestReadMixedDirectory(t *testing.T) {
	dir := t.TempDir()
	html1 := page(pageSpec{title: "Page one", site: "Example Gazette", date: "2025-01-05", paragraphs: 5, seed: 1})
	html2 := page(pageSpec{title: "Page two", site: "Example Gazette", date: "2025-01-06", paragraphs: 5, seed: 2})
	writeFile(t, dir, "one.html", []byte(html1))
	writeFile(t, dir, "two.htm.gz", gzipBytes([]byte(html2)))
	writeFile(t, dir, "table.csv.zst", zstdBytes(t, []byte("id,title,text\nc1,Row one,\"Officials in Ghana met envoys from Chile.\nThey spoke for an hour.\"\n")))
	writeFile(t, dir, "table.tsv", []byte("title\ttext\tdate\nRow two\tJapan promised aid to Morocco.\t2025-02-01\n"))
	writeFile(t, dir, "lines.jsonl.gz", gzipBytes([]byte(`{"id":"j1","title":"Line one","text":"Peru opened talks with Canada."}`+"\n")))
	writeFile(t, dir, "note.txt", []byte("date 2025-03-03\nKenya criticised the policy of Finland."))
	writeFile(t, dir, "feed.rss", []byte(rss("Example Wire", []feedItem{{title: "Item one", link: "https://news.example/i1", date: "Tue, 04 Mar 2025 09:00:00 +0000", content: content(3, 3)}})))
	writeFile(t, dir, "feed.atom.gz", gzipBytes([]byte(atom("Example Atom", []feedItem{{title: "Entry one", link: "https://news.example/e1", guid: "urn:e1", date: "2025-03-05T09:00:00Z", content: content(4, 3)}}))))
	html3 := page(pageSpec{title: "Archived", site: "Example Gazette", date: "2025-01-07", paragraphs: 5, seed: 9})
	writeFile(t, dir, "crawl.warc.gz", gzipEach([]string{warcRecord("response", "https://news.example/archived", "application/http;msgtype=response", httpResponse("200 OK", "text/html; charset=utf-8", html3), 1)}))
	writeFile(t, dir, "ignored.png", []byte{0x89, 'P', 'N', 'G'})

	arts, errs := readAll(t, &Reader{}, dir)
	if len(errs) > 0 {
		t.Errorf("errors: %q", errs)
	}
	want := []string{"", "Archived", "Entry one", "Item one", "Line one", "Page one", "Page two", "Row one", "Row two"}
	if got := titles(arts); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("titles = %q, want %q", got, want)
	}
	for _, a := range arts {
		if a.ID == "" || a.Text == "" {
			t.Errorf("article %q: id %q, text %q", a.Title, a.ID, a.Text)
		}
		if a.Title == "Row one" && !strings.Contains(a.Text, "\nThey spoke") {
			t.Errorf("the quoted multi-line field lost its second line: %q", a.Text)
		}
		if a.Title == "Archived" && a.URL != "https://news.example/archived" {
			t.Errorf("WARC article url = %q, want the target URI", a.URL)
		}
		if a.Title == "Item one" && (a.Date != "2025-03-04" || a.Source != "Example Wire" || a.URL != "https://news.example/i1") {
			t.Errorf("feed item: date %q source %q url %q", a.Date, a.Source, a.URL)
		}
	}
}

func TestSupported(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"a.html", true}, {"a.HTM", true}, {"a.warc.gz", true}, {"a.warc", true}, {"a.csv.zst", true},
		{"a.tsv", true}, {"a.rss", true}, {"a.atom", true}, {"a.xml.gz", true}, {"a.jsonl", true},
		{"a.txt.gz", true}, {"a.png", false}, {"a.gz", false}, {"a", false},
	} {
		if got := Supported(tc.name); got != tc.want {
			t.Errorf("Supported(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestReadBadInputs checks that each bad input is named and the rest still reads.
func TestReadBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.html", []byte(page(pageSpec{title: "Good", site: "S", paragraphs: 4, seed: 5})))
	for _, tc := range []struct {
		name string
		data []byte
		want string // in the error
	}{
		{"broken.html", []byte("<html><body><div><p>unclosed <b>tags <i>everywhere"), "broken.html"},
		{"empty.html", []byte("<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>"), `empty.html: field "text": empty`},
		{"notgzip.html.gz", []byte("plain text, not gzip"), "notgzip.html.gz: gzip"},
		{"nohead.csv", []byte("name,body\nx,y\n"), `nohead.csv:1: no column "text"`},
		{"badfeed.rss", []byte("<html>not a feed</html>"), "badfeed.rss: not an RSS or Atom feed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, dir, tc.name, tc.data)
			arts, errs := readAll(t, &Reader{}, p, good)
			if tc.name == "broken.html" { // broken markup still has text: read, not an error
				if len(errs) != 0 || len(arts) != 2 || !strings.Contains(arts[0].Text, "unclosed tags everywhere") {
					t.Errorf("errors = %q, articles = %+v; want the broken page's text and the good page", errs, arts)
				}
				return
			}
			if len(arts) != 1 || arts[0].Title != "Good" {
				t.Errorf("articles = %+v, want the good page after the bad input", arts)
			}
			if len(errs) != 1 || !strings.Contains(errs[0], tc.want) {
				t.Errorf("errors = %q, want one containing %q", errs, tc.want)
			}
		})
	}
}

// TestReadStdin reads each kind of standard input, plain and compressed, by its first bytes.
func TestReadStdin(t *testing.T) {
	records, _ := archive()
	htmlPage := page(pageSpec{title: "Piped page", site: "S", paragraphs: 4, seed: 3})
	jsonl := `{"id":"s1","title":"Piped line","text":"Peru opened talks with Canada."}` + "\n"
	for _, tc := range []struct {
		name string
		in   []byte
		want []string // titles
	}{
		{"JSON Lines", []byte(jsonl), []string{"Piped line"}},
		{"gzipped JSON Lines", gzipBytes([]byte(jsonl)), []string{"Piped line"}},
		{"zstd HTML", zstdBytes(t, []byte(htmlPage)), []string{"Piped page"}},
		{"WARC", []byte(strings.Join(records[:3], "")), []string{"First archived"}},
		{"feed", []byte(rss("W", []feedItem{{title: "Piped item", link: "https://news.example/p", content: content(1, 2)}})), []string{"Piped item"}},
		{"text", []byte("Kenya promised aid to Chile."), []string{""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			arts, errs := readAll(t, &Reader{Stdin: bytes.NewReader(tc.in)}, "-")
			if got := titles(arts); len(errs) > 0 || strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("titles %q, errors %q; want %q", got, errs, tc.want)
			}
		})
	}
}

func TestParseFeedRelativeLinks(t *testing.T) {
	items, err := ParseFeed(strings.NewReader(rss("W", []feedItem{{title: "i", link: "/world/1"}})), "https://news.example/feeds/world.rss")
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 1 || items[0].Key != "https://news.example/world/1" || items[0].Article.URL != items[0].Key {
		t.Errorf("items = %+v, want the link resolved against the feed's URL", items)
	}
}
