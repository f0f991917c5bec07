package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"
)

// asset is one embedded file ready to send: its bytes, a gzip copy when that is smaller, and an
// ETag naming its content.
type asset struct {
	ctype string
	etag  string
	plain []byte
	gz    []byte // nil when compression does not pay
}

// assetServer serves the files under assets/ with ETags, one-day caching and gzip when the
// client accepts it. Files are read and compressed on first request.
type assetServer struct {
	files fs.FS
	mu    sync.Mutex
	cache map[string]*asset
}

func newAssetServer(files fs.FS) *assetServer {
	return &assetServer{files: files, cache: map[string]*asset{}}
}

// load returns the asset at name (a path inside files), or nil when there is no such file.
func (s *assetServer) load(name string) *asset {
	s.mu.Lock()
	defer s.mu.Unlock()
	if a, ok := s.cache[name]; ok {
		return a
	}
	b, err := fs.ReadFile(s.files, name)
	if err != nil {
		return nil // a missing file or a folder: both are 404
	}
	sum := sha256.Sum256(b)
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" || strings.HasSuffix(name, ".md") {
		ctype = "text/plain; charset=utf-8"
	}
	a := &asset{ctype: ctype, etag: `"` + hex.EncodeToString(sum[:12]) + `"`, plain: b}
	if len(b) > 1024 {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zw.Write(b)
		zw.Close()
		if buf.Len() < len(b)*9/10 {
			a.gz = buf.Bytes()
		}
	}
	s.cache[name] = a
	return a
}

func (s *assetServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/")
	if !strings.HasPrefix(name, "assets/") || strings.HasSuffix(name, "/") || !fs.ValidPath(name) {
		http.NotFound(w, r)
		return
	}
	a := s.load(name)
	if a == nil {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.ctype)
	h.Set("Cache-Control", "public, max-age=86400")
	h.Set("Vary", "Accept-Encoding")
	h.Set("ETag", a.etag)
	if a.gz != nil && acceptsGzip(r) && r.Header.Get("Range") == "" {
		if match := r.Header.Get("If-None-Match"); match != "" && strings.Contains(match, a.etag) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		h.Set("Content-Encoding", "gzip")
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(a.gz))
		return
	}
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(a.plain))
}

// acceptsGzip reports whether the request's Accept-Encoding lists gzip with a non-zero quality.
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
			return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
		}
	}
	return false
}
