package server

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"newsgraph"
)

// metrics are the server's Prometheus series.
type metrics struct {
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	gqlErrs  *prometheus.CounterVec
	inFlight prometheus.Gauge
	// cacheHits counts the answers served from the response cache.
	cacheHits prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "newsgraph_http_requests_total",
			Help: "HTTP requests by route, method and status code."}, []string{"route", "method", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "newsgraph_http_request_duration_seconds",
			Help: "Time to answer an HTTP request, by route.", Buckets: prometheus.ExponentialBuckets(0.0005, 4, 10)}, []string{"route"}),
		gqlErrs: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "newsgraph_graphql_errors_total",
			Help: "GraphQL errors returned, by code (invalid, not_found, internal, timeout, …)."}, []string{"code"}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{Name: "newsgraph_http_requests_in_flight",
			Help: "HTTP requests being answered."}),
		cacheHits: prometheus.NewCounter(prometheus.CounterOpts{Name: "newsgraph_response_cache_hits_total",
			Help: "GraphQL answers served from the response cache."}),
	}
	for _, c := range []prometheus.Collector{m.requests, m.latency, m.gqlErrs, m.inFlight, m.cacheHits} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// recorder remembers the status and size of a response.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += n
	return n, err
}

// Unwrap lets http.ResponseController reach the connection (flushes in streamed exports).
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// observe wraps a route: every request gets an id (the client's X-Request-Id when it is a
// plausible one, else a random one), sent back in X-Request-Id; a recovered panic is logged
// with that id and becomes a 500 "internal error"; every request is logged (id, method, path,
// status, size, duration — never headers, so never the token) and counted.
func (s *Server) observe(route string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := requestID(r)
		w.Header().Set("X-Request-Id", id)
		rec := &recorder{ResponseWriter: w}
		s.metrics.inFlight.Inc()
		defer func() {
			s.metrics.inFlight.Dec()
			if v := recover(); v != nil {
				if err, ok := v.(error); ok && errors.Is(err, http.ErrAbortHandler) {
					panic(v)
				}
				s.log.Error("handler panicked", "request_id", id, "route", route, "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
				if rec.status == 0 {
					writeError(rec, http.StatusInternalServerError, errors.New("panic"), "")
				}
			}
			if rec.status == 0 {
				rec.status = http.StatusOK
			}
			d := time.Since(start)
			s.metrics.requests.WithLabelValues(route, r.Method, strconv.Itoa(rec.status)).Inc()
			s.metrics.latency.WithLabelValues(route).Observe(d.Seconds())
			level := slogLevel(rec.status)
			s.log.Log(r.Context(), level, "request", "request_id", id, "method", r.Method, "path", r.URL.Path, "status", rec.status,
				"bytes", rec.bytes, "duration", d.Round(time.Microsecond), "remote", r.RemoteAddr)
		}()
		h.ServeHTTP(rec, r)
	})
}

// requestID returns the request's X-Request-Id when it is 1 to 64 letters, digits, '-', '_' or
// '.', else 16 random hex digits.
func requestID(r *http.Request) string {
	if v := r.Header.Get("X-Request-Id"); v != "" && len(v) <= 64 && strings.Trim(v, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.") == "" {
		return v
	}
	var b [8]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// statusOf maps an error code to the HTTP status that says the same.
func statusOf(code string) int {
	switch code {
	case newsgraph.EINVALID:
		return http.StatusBadRequest
	case newsgraph.EUNAUTHORIZED:
		return http.StatusUnauthorized
	case newsgraph.EFORBIDDEN:
		return http.StatusForbidden
	case newsgraph.ENOTFOUND:
		return http.StatusNotFound
	case newsgraph.ETOOLARGE:
		return http.StatusRequestEntityTooLarge
	case newsgraph.EUNAVAILABLE, "timeout":
		return http.StatusServiceUnavailable
	case "method_not_allowed":
		return http.StatusMethodNotAllowed
	case "unsupported_media_type":
		return http.StatusUnsupportedMediaType
	}
	return http.StatusInternalServerError
}

// slogLevel logs server errors as warnings, everything else as information.
func slogLevel(status int) slog.Level {
	if status >= 500 {
		return slog.LevelWarn
	}
	return slog.LevelInfo
}
