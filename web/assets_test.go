package web_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"testing"

	"newsgraph/web"
)

func TestAssetsGzipAndETag(t *testing.T) {
	srv := httptest.NewServer(web.Handler())
	defer srv.Close()
	want, err := fs.ReadFile(web.Assets(), "assets/playground.js")
	if err != nil {
		t.Fatal(err)
	}
	get := func(hdr map[string]string) (*http.Response, []byte) {
		t.Helper()
		req, _ := http.NewRequest("GET", srv.URL+"/assets/playground.js", nil)
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		res, err := http.DefaultTransport.RoundTrip(req) // no transparent decompression
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res, b
	}

	res, body := get(map[string]string{"Accept-Encoding": "br, gzip;q=0.8"})
	if got := res.Header.Get("Content-Encoding"); got != "gzip" {
		t.Fatalf("Accept-Encoding gzip: got Content-Encoding %q, want gzip", got)
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("gunzip: %v", err)
	}
	got, _ := io.ReadAll(zr)
	if !bytes.Equal(got, want) {
		t.Errorf("gzipped body: got %d bytes after gunzip, want the embedded %d", len(got), len(want))
	}
	if len(body) >= len(want)/2 {
		t.Errorf("gzipped body is %d bytes for %d: compression does not pay", len(body), len(want))
	}
	etag := res.Header.Get("ETag")

	res, body = get(map[string]string{"Accept-Encoding": "gzip;q=0"})
	if got := res.Header.Get("Content-Encoding"); got != "" || !bytes.Equal(body, want) {
		t.Errorf("gzip;q=0: got Content-Encoding %q and %d bytes, want the plain %d", got, len(body), len(want))
	}
	if res.Header.Get("ETag") != etag || etag == "" {
		t.Errorf("ETag: got %q plain and %q gzipped, want one non-empty tag", res.Header.Get("ETag"), etag)
	}
	for _, enc := range []string{"gzip", ""} {
		res, _ = get(map[string]string{"Accept-Encoding": enc, "If-None-Match": etag})
		if res.StatusCode != http.StatusNotModified {
			t.Errorf("If-None-Match with Accept-Encoding %q: got status %d, want 304", enc, res.StatusCode)
		}
	}
}
