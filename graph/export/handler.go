package export

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"newsgraph"
)

// Handler serves GET (and HEAD) /export?format=F&entity=&depth=&since=&until=&types=&class=&source=
// with the subgraph in format F (nquads when absent), as an attachment named after the format and
// entity. types is comma-separated (and may repeat). A bad parameter is answered 400, an unknown
// entity 404, each with the JSON error body the rest of the server uses
// ({"errors":[{"message":…,"extensions":{"code":…}}]}). An error after the export has started is
// logged and the response is cut off, so that a client never takes a partial export for a whole.
func Handler(src Source, log *slog.Logger) http.Handler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, http.StatusMethodNotAllowed, newsgraph.Errorf("method_not_allowed", "%s /export is not allowed; use GET", r.Method))
			return
		}
		ft, f, err := parseQuery(r.URL.Query())
		if err != nil {
			writeError(w, http.StatusBadRequest, err)
			return
		}
		g, err := Select(r.Context(), src, f)
		if err != nil {
			status := statusOf(err)
			if status == http.StatusInternalServerError {
				log.Error("export: select", "err", err, "query", r.URL.RawQuery)
			}
			writeError(w, status, err)
			return
		}
		h := w.Header()
		h.Set("Content-Type", ft.ContentType)
		h.Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", fileName(ft, g)))
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Cache-Control", "no-store")
		if r.Method == http.MethodHead {
			return
		}
		sent := &sentWriter{w: w}
		if err := ft.Write(r.Context(), g, sent); err != nil {
			if r.Context().Err() == nil {
				log.Error("export: write", "format", ft.Name, "err", err, "query", r.URL.RawQuery)
			}
			if sent.n == 0 { // nothing has gone out yet: an ordinary error answer
				h.Del("Content-Disposition")
				writeError(w, statusOf(err), err)
				return
			}
			panic(http.ErrAbortHandler) // cut the response off: it is incomplete
		}
	})
}

// fileName is the download's name: the format's, with the entity put in for a neighbourhood
// ("newsgraph-rwanda.graphml").
func fileName(ft Format, g *Subgraph) string {
	return strings.Replace(ft.FileName, "newsgraph", g.Name(), 1)
}

// parseQuery reads the format and filter from the query parameters; unknown parameters are an
// error, so that a misspelt filter does not silently export everything.
func parseQuery(q url.Values) (Format, Filter, error) {
	var f Filter
	for k, vs := range q {
		switch k {
		case "format", "entity", "depth", "since", "until", "class", "source":
			if len(vs) > 1 {
				return Format{}, f, newsgraph.Errorf(newsgraph.EINVALID, "parameter %s given %d times", k, len(vs))
			}
		case "types":
		default:
			return Format{}, f, newsgraph.Errorf(newsgraph.EINVALID, "unknown parameter %q: want format, entity, depth, since, until, types, class or source", k)
		}
	}
	name := q.Get("format")
	if name == "" {
		name = "nquads"
	}
	ft, err := Lookup(name)
	if err != nil {
		return Format{}, f, err
	}
	f.Entity, f.Since, f.Until, f.Class, f.Source = q.Get("entity"), q.Get("since"), q.Get("until"), q.Get("class"), q.Get("source")
	if d := q.Get("depth"); d != "" {
		n, err := strconv.Atoi(d)
		if err != nil {
			return Format{}, f, newsgraph.Errorf(newsgraph.EINVALID, "depth %q: want a number from 1 to %d", d, MaxDepth)
		}
		f.Depth = n
	}
	for _, v := range q["types"] {
		for _, t := range strings.Split(v, ",") {
			if t = strings.TrimSpace(t); t != "" {
				f.Types = append(f.Types, t)
			}
		}
	}
	if _, err := f.relationFilter(); err != nil {
		return Format{}, f, err
	}
	return ft, f, nil
}

func statusOf(err error) int {
	switch newsgraph.ErrorCode(err) {
	case newsgraph.EINVALID:
		return http.StatusBadRequest
	case newsgraph.ENOTFOUND:
		return http.StatusNotFound
	case newsgraph.EUNAVAILABLE:
		return http.StatusServiceUnavailable
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// writeError answers with the server's JSON error body.
func writeError(w http.ResponseWriter, status int, err error) {
	type item struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	}
	b, _ := json.Marshal(struct {
		Errors []item `json:"errors"`
	}{[]item{{newsgraph.ErrorMessage(err), map[string]any{"code": newsgraph.ErrorCode(err)}}}})
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// sentWriter counts the bytes passed on to the response.
type sentWriter struct {
	w http.ResponseWriter
	n int64
}

func (s *sentWriter) Write(p []byte) (int, error) {
	n, err := s.w.Write(p)
	s.n += int64(n)
	return n, err
}
