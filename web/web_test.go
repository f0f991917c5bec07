package web_test

import (
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"newsgraph/web"
)

func TestHandlerRoutes(t *testing.T) {
	srv := httptest.NewServer(web.Handler())
	defer srv.Close()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, tc := range []struct {
		method, path string
		status       int
		ctype        string // prefix of Content-Type
		location     string
	}{
		{"GET", "/", 302, "", "/explore"},
		{"GET", "/playground", 200, "text/html", ""},
		{"HEAD", "/playground", 200, "text/html", ""},
		{"GET", "/explore", 200, "text/html", ""},
		{"GET", "/assets/playground.js", 200, "text/javascript", ""},
		{"GET", "/assets/playground.css", 200, "text/css", ""},
		{"GET", "/assets/explore.js", 200, "text/javascript", ""},
		{"GET", "/assets/explore.css", 200, "text/css", ""},
		{"GET", "/assets/", 404, "", ""},
		{"GET", "/assets/nothing.js", 404, "", ""},
		{"GET", "/elsewhere", 404, "", ""},
		{"POST", "/playground", 405, "", ""},
	} {
		req, _ := http.NewRequest(tc.method, srv.URL+tc.path, nil)
		res, err := client.Do(req)
		if err != nil {
			t.Fatalf("%s %s: %v", tc.method, tc.path, err)
		}
		res.Body.Close()
		if got := res.StatusCode; got != tc.status {
			t.Errorf("%s %s: got status %d, want %d", tc.method, tc.path, got, tc.status)
		}
		if got := res.Header.Get("Content-Type"); !strings.HasPrefix(got, tc.ctype) {
			t.Errorf("%s %s: got Content-Type %q, want %q…", tc.method, tc.path, got, tc.ctype)
		}
		if got := res.Header.Get("Location"); got != tc.location {
			t.Errorf("%s %s: got Location %q, want %q", tc.method, tc.path, got, tc.location)
		}
		if got := res.Header.Get("Content-Security-Policy"); !strings.Contains(got, "default-src 'self'") {
			t.Errorf("%s %s: got Content-Security-Policy %q, want default-src 'self'", tc.method, tc.path, got)
		}
	}
}

var refRE = regexp.MustCompile(`(?:src|href)="([^"]*)"`)

// TestPagesReferOnlyToOwnAssets checks that each page names only its own host's paths, and that
// every /assets/ path it names is embedded.
func TestPagesReferOnlyToOwnAssets(t *testing.T) {
	files := web.Assets()
	for _, page := range []string{"playground.html", "explore.html"} {
		b, err := fs.ReadFile(files, page)
		if err != nil {
			t.Fatalf("read %s: %v", page, err)
		}
		refs := refRE.FindAllStringSubmatch(string(b), -1)
		if len(refs) < 2 {
			t.Errorf("%s: got %d references, want its script and style", page, len(refs))
		}
		for _, m := range refs {
			ref := m[1]
			switch {
			case strings.HasPrefix(ref, "/assets/"):
				f, err := files.Open(strings.TrimPrefix(ref, "/"))
				if err != nil {
					t.Errorf("%s names %s, which is not embedded: %v", page, ref, err)
					continue
				}
				f.Close()
			case ref == "data:," || ref == "#" || ref == "/playground" || ref == "/explore":
			default:
				t.Errorf("%s names %q, want only /assets/… and the pages", page, ref)
			}
		}
	}
}

// TestAssetsLoadNothingFromOutside checks the stylesheets for url(…) and @import of other hosts
// (the browser tests check the running pages; this one needs no browser).
func TestAssetsLoadNothingFromOutside(t *testing.T) {
	files := web.Assets()
	css := regexp.MustCompile(`(?i)(?:url\(\s*['"]?|@import\s+['"])(https?:)?//`)
	for _, name := range []string{"assets/playground.css", "assets/explore.css"} {
		f, err := files.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(f)
		f.Close()
		if m := css.Find(b); m != nil {
			t.Errorf("%s loads %q from another host", name, m)
		}
	}
}
