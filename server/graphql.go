package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"mime"
	"net/http"
	"strings"
	"sync"
	"time"

	"newsgraph"
	"newsgraph/schema"
)

// serveGraphQL answers POST /graphql (a JSON body {query, variables, operationName}) and
// GET /graphql?query=…&variables=…&operationName=… (queries only).
//
// Statuses: 400 for a request that cannot be read or a query that is not valid (including one
// over a limit, or with a variable of the wrong type), 401 for a mutation without a valid token,
// 403 for a mutation on a read-only server and, on a server with trusted documents, for any
// request that does not name one of them by hash, 405 for other methods and for mutations by GET, 413 for a body over MaxBody, 415 for a
// body that is not JSON, 503 when the store is down or the request ran out of time, 500 for an
// internal error; 200 otherwise (an answer with a field that is not found is still an answer).
func (s *Server) serveGraphQL(w http.ResponseWriter, r *http.Request) {
	var req gqlRequest
	switch r.Method {
	case http.MethodPost:
		if err := s.readBody(w, r, &req); err != nil {
			writeError(w, statusOf(newsgraph.ErrorCode(err)), err, "")
			return
		}
	case http.MethodGet, http.MethodHead:
		q := r.URL.Query()
		req.Query, req.OperationName = q.Get("query"), q.Get("operationName")
		if v := q.Get("variables"); v != "" {
			if err := json.Unmarshal([]byte(v), &req.Variables); err != nil {
				writeError(w, http.StatusBadRequest, newsgraph.Errorf(newsgraph.EINVALID, "variables: not a JSON object: %v", err), "")
				return
			}
		}
		if v := q.Get("extensions"); v != "" {
			if err := json.Unmarshal([]byte(v), &req.Extensions); err != nil {
				writeError(w, http.StatusBadRequest, newsgraph.Errorf(newsgraph.EINVALID, "extensions: not a JSON object: %v", err), "")
				return
			}
		}
	default:
		writeError(w, http.StatusMethodNotAllowed, newsgraph.Errorf("method_not_allowed", "%s /graphql is not allowed; use POST (or GET for queries)", r.Method), "GET, POST")
		return
	}
	if s.cfg.TrustedDocuments != nil {
		if err := s.cfg.TrustedDocuments.trusted(&req); err != nil {
			writeError(w, http.StatusForbidden, err, "")
			return
		}
	}
	// A request answered before is answered from the cache, before it is even parsed: only
	// queries that ran without errors are kept (see runCached).
	var (
		cached  bool
		gen     uint64
		key     [32]byte
		timeout = s.cfg.Timeout
	)
	if v, ok := s.store.(versioned); ok && s.answers != nil {
		if key, cached = requestKey(req.Request); cached {
			ctx, cancel := context.WithTimeout(r.Context(), timeout)
			gen = v.Generation(ctx)
			cancel()
			if b, ok := s.answers.get(gen, key); ok {
				s.metrics.cacheHits.Inc()
				w.Header().Set("X-Newsgraph-Cache", "hit")
				writeBody(w, http.StatusOK, b)
				return
			}
		}
	}
	p, res := s.schema.Prepare(req.Request)
	if res != nil {
		s.writeResponse(w, r, res)
		return
	}
	if p.Mutation() {
		if r.Method != http.MethodPost {
			writeError(w, http.StatusMethodNotAllowed, newsgraph.Errorf("method_not_allowed", "mutations must be sent by POST"), "POST")
			return
		}
		if err := s.authorize(r); err != nil {
			writeError(w, statusOf(newsgraph.ErrorCode(err)), err, "")
			return
		}
	}
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	if cached && !p.Mutation() {
		s.runCached(ctx, w, r, p, gen, key)
		return
	}
	s.writeResponse(w, r, p.Execute(ctx))
}

// runCached runs a query and keeps its answer in the response cache when it has no errors. The
// generation was read before the query ran, so that an answer a concurrent write may have made
// stale is kept under the old generation, where nobody finds it.
func (s *Server) runCached(ctx context.Context, w http.ResponseWriter, r *http.Request, p *schema.Prepared, gen uint64, key [32]byte) {
	res := p.Execute(ctx)
	if len(res.Codes()) > 0 {
		s.writeResponse(w, r, res)
		return
	}
	b, err := json.Marshal(res)
	if err != nil {
		s.log.Error("encode answer", "err", err)
		s.writeResponse(w, r, res)
		return
	}
	b = append(b, '\n')
	s.answers.put(gen, key, b)
	w.Header().Set("X-Newsgraph-Cache", "miss")
	writeBody(w, http.StatusOK, b)
}

// gqlRequest is a request as sent: the GraphQL request and its extensions (a persisted
// query's hash).
type gqlRequest struct {
	schema.Request
	Extensions struct {
		PersistedQuery *persistedQuery `json:"persistedQuery"`
	} `json:"extensions"`
}

// readBody decodes a POST body: JSON, at most MaxBody bytes.
func (s *Server) readBody(w http.ResponseWriter, r *http.Request, req *gqlRequest) error {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || mt != "application/json" && mt != "application/graphql-response+json" {
			return newsgraph.Errorf("unsupported_media_type", "Content-Type %q: send application/json", ct)
		}
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, s.cfg.MaxBody))
	dec.UseNumber()
	if err := dec.Decode(req); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return newsgraph.Errorf(newsgraph.ETOOLARGE, "the request body is larger than the limit of %d bytes", s.cfg.MaxBody)
		}
		return newsgraph.Errorf(newsgraph.EINVALID, "the body is not a GraphQL request in JSON ({\"query\": …}): %v", err)
	}
	req.Variables = numbers(req.Variables).(map[string]any)
	return nil
}

// numbers turns the json.Numbers of decoded variables into int (when whole) or float64, as
// graphql-go expects them.
func numbers(v any) any {
	switch x := v.(type) {
	case map[string]any:
		if x == nil {
			return map[string]any(nil)
		}
		for k, e := range x {
			x[k] = numbers(e)
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = numbers(e)
		}
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return int(i)
		}
		f, _ := x.Float64()
		return f
	}
	return v
}

// authorize lets a mutation run when the server has a token and the request carries it. The
// token is compared in constant time (of digests, so its length does not leak either).
func (s *Server) authorize(r *http.Request) error {
	if s.cfg.Token == "" {
		return newsgraph.Errorf(newsgraph.EFORBIDDEN, "this server is read-only: mutations need a token set in its configuration")
	}
	scheme, given, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(given) == "" {
		return newsgraph.Errorf(newsgraph.EUNAUTHORIZED, "mutations need an Authorization: Bearer token")
	}
	a, b := sha256.Sum256([]byte(strings.TrimSpace(given))), sha256.Sum256([]byte(s.cfg.Token))
	if subtle.ConstantTimeCompare(a[:], b[:]) != 1 {
		return newsgraph.Errorf(newsgraph.EUNAUTHORIZED, "the bearer token is not valid")
	}
	return nil
}

// writeResponse sends a GraphQL response with the status its errors call for (see serveGraphQL).
// An internal error while the store does not answer a ping is reported as the store being
// unavailable (503).
func (s *Server) writeResponse(w http.ResponseWriter, r *http.Request, res *schema.Response) {
	status := http.StatusOK
	rank := 0
	storeDown := sync.OnceValue(func() bool {
		ctx, cancel := context.WithTimeout(r.Context(), time.Second)
		defer cancel()
		return s.store.Ping(ctx) != nil
	})
	for _, code := range res.Codes() {
		s.metrics.gqlErrs.WithLabelValues(code).Inc()
		st := statusOf(code)
		switch {
		case code == newsgraph.ENOTFOUND:
			st = http.StatusOK
		case code == newsgraph.EINTERNAL && storeDown():
			st = http.StatusServiceUnavailable
		}
		// The most telling status wins: unavailable, then internal, then the client's errors.
		if rk := statusRank(st); rk > rank {
			rank, status = rk, st
		}
	}
	if status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "5")
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="newsgraph"`)
	}
	writeJSON(w, status, res)
}

func statusRank(st int) int {
	switch st {
	case http.StatusOK:
		return 0
	case http.StatusServiceUnavailable:
		return 10
	case http.StatusInternalServerError:
		return 9
	}
	return 1 + st%100 // 4xx: any, stably
}
