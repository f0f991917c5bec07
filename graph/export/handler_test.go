package export_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"newsgraph"
	"strings"
	"testing"

	"newsgraph/graph/export"
)

func TestHandlerFormats(t *testing.T) {
	srv := httptest.NewServer(export.Handler(newStore(t), nil))
	defer srv.Close()
	for _, name := range export.Names() {
		ft := export.Formats[name]
		t.Run(name, func(t *testing.T) {
			res, err := http.Get(srv.URL + "/export?format=" + name + "&entity=Rwanda&depth=2")
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			body, err := io.ReadAll(res.Body)
			if err != nil {
				t.Fatal(err)
			}
			if res.StatusCode != 200 || len(body) == 0 {
				t.Fatalf("got %d with %d bytes, want 200 with an export", res.StatusCode, len(body))
			}
			if got := res.Header.Get("Content-Type"); got != ft.ContentType {
				t.Errorf("Content-Type: got %q, want %q", got, ft.ContentType)
			}
			wantFile := strings.Replace(ft.FileName, "newsgraph", "newsgraph-rwanda", 1)
			if got := res.Header.Get("Content-Disposition"); got != `attachment; filename="`+wantFile+`"` {
				t.Errorf("Content-Disposition: got %q, want the file %s", got, wantFile)
			}
			if name != "csv" && !strings.Contains(string(body), "country/RWA") {
				t.Errorf("the export does not name Rwanda:\n%.300s", body)
			}
		})
	}
}

func TestHandlerErrors(t *testing.T) {
	srv := httptest.NewServer(export.Handler(newStore(t), nil))
	defer srv.Close()
	for _, c := range []struct {
		method, query string
		status        int
		code, msg     string
	}{
		{"GET", "format=pdf", 400, "invalid", "format"},
		{"GET", "format=dot&depth=two&entity=Rwanda", 400, "invalid", "depth"},
		{"GET", "format=dot&since=yesterday", 400, "invalid", "since"},
		{"GET", "format=dot&class=warm", 400, "invalid", "class"},
		{"GET", "format=dot&types=AGREE,<x>", 400, "invalid", "type"},
		{"GET", "format=dot&entitty=Rwanda", 400, "invalid", "entitty"},
		{"GET", "format=dot&entity=Rwanda&entity=Denmark", 400, "invalid", "entity"},
		{"GET", "format=dot&entity=Narnia", 404, "not_found", "Narnia"},
		{"POST", "format=dot", 405, "method_not_allowed", "GET"},
	} {
		req, _ := http.NewRequest(c.method, srv.URL+"/export?"+c.query, nil)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var body struct {
			Errors []struct {
				Message    string
				Extensions struct{ Code string }
			}
		}
		err = json.NewDecoder(res.Body).Decode(&body)
		res.Body.Close()
		if err != nil || res.StatusCode != c.status || len(body.Errors) != 1 ||
			body.Errors[0].Extensions.Code != c.code || !strings.Contains(body.Errors[0].Message, c.msg) {
			t.Errorf("%s %s: got %d %+v (%v), want %d %s naming %q", c.method, c.query, res.StatusCode, body, err, c.status, c.code, c.msg)
		}
		if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("%s %s: Content-Type %q, want JSON", c.method, c.query, ct)
		}
	}
}

// failingSource is a made-up big graph whose event stream breaks after `after` events.
type failingSource struct {
	*bigSource
	after int
}

func (f failingSource) EachEvent(ctx context.Context, rf newsgraph.RelationFilter, fn func(newsgraph.Event) error) error {
	n := 0
	return f.bigSource.EachEvent(ctx, rf, func(e newsgraph.Event) error {
		if n++; n > f.after {
			return errors.New("disk on fire")
		}
		return fn(e)
	})
}

// TestHandlerStoreFails checks that a store error before anything is sent is a JSON 500 that
// does not show the error, and that one after the export has started breaks the transfer.
func TestHandlerStoreFails(t *testing.T) {
	early := httptest.NewServer(export.Handler(failingSource{&bigSource{n: 1000}, 0}, nil))
	defer early.Close()
	res, err := http.Get(early.URL + "/export?format=csv-edges") // fails at the first event
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 500 || !strings.Contains(string(body), `"internal"`) || strings.Contains(string(body), "fire") ||
		res.Header.Get("Content-Disposition") != "" {
		t.Errorf("early failure: got %d %s (disposition %q), want a JSON 500 without the cause", res.StatusCode, body, res.Header.Get("Content-Disposition"))
	}

	late := httptest.NewServer(export.Handler(failingSource{&bigSource{n: 100_000}, 5000}, nil))
	defer late.Close()
	res, err = http.Get(late.URL + "/export?format=graphml")
	if err != nil {
		t.Fatal(err)
	}
	body, err = io.ReadAll(res.Body)
	res.Body.Close()
	if err == nil || res.StatusCode != 200 {
		t.Errorf("late failure: got %d, %d bytes, read error %v; want 200 and a broken transfer", res.StatusCode, len(body), err)
	}
	if strings.Contains(string(body), "</graphml>") {
		t.Error("late failure: the partial export ends as if it were whole")
	}
}
