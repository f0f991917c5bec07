package server

import (
	"context"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/cors"

	"newsgraph"
)

// routes builds the handler tree: every route is logged, counted and protected from panics;
// /graphql and /export also answer cross-origin requests from the configured origins.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	crossOrigin := s.cors()
	mux.Handle("/graphql", s.observe("/graphql", crossOrigin(http.HandlerFunc(s.serveGraphQL))))
	mux.Handle("/healthz", s.observe("/healthz", http.HandlerFunc(s.serveHealth)))
	mux.Handle("/metrics", s.observe("/metrics", onlyGet(promhttp.HandlerFor(s.cfg.Registry, promhttp.HandlerOpts{}))))
	export := s.cfg.Export
	if export == nil {
		export = notFound("no exporter is configured on this server")
	}
	mux.Handle("/export", s.observe("/export", crossOrigin(export)))
	mux.Handle("/", s.observe("web", http.HandlerFunc(s.serveWeb)))
	return mux
}

// serveWeb sends / to the playground and everything else to the web pages.
func (s *Server) serveWeb(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/" {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			writeError(w, http.StatusMethodNotAllowed, newsgraph.Errorf("method_not_allowed", "%s / is not allowed; use GET", r.Method), "GET, HEAD")
			return
		}
		http.Redirect(w, r, "/playground", http.StatusFound)
		return
	}
	if s.cfg.Web == nil {
		writeError(w, http.StatusNotFound, newsgraph.Errorf(newsgraph.ENOTFOUND, "no page at %s", r.URL.Path), "")
		return
	}
	s.cfg.Web.ServeHTTP(w, r)
}

// serveHealth answers 200 when the store answers a ping within two seconds, 503 otherwise.
func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		writeError(w, http.StatusMethodNotAllowed, newsgraph.Errorf("method_not_allowed", "%s /healthz is not allowed; use GET", r.Method), "GET, HEAD")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := s.store.Ping(ctx); err != nil {
		s.log.Warn("health check failed", "err", err)
		writeError(w, http.StatusServiceUnavailable, newsgraph.Errorf(newsgraph.EUNAVAILABLE, "the store does not answer"), "")
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// cors returns the CORS middleware for the configured origins; with none it adds nothing, so
// browsers keep other origins out.
func (s *Server) cors() func(http.Handler) http.Handler {
	if len(s.cfg.Origins) == 0 {
		return func(h http.Handler) http.Handler { return h }
	}
	c := cors.New(cors.Options{
		AllowedOrigins: s.cfg.Origins,
		AllowedMethods: []string{http.MethodGet, http.MethodPost},
		AllowedHeaders: []string{"Content-Type", "Authorization"},
		MaxAge:         600,
	})
	return c.Handler
}

func onlyGet(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			writeError(w, http.StatusMethodNotAllowed, newsgraph.Errorf("method_not_allowed", "%s %s is not allowed; use GET", r.Method, r.URL.Path), "GET, HEAD")
			return
		}
		h.ServeHTTP(w, r)
	})
}

func notFound(msg string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, newsgraph.Errorf(newsgraph.ENOTFOUND, "%s", msg), "")
	})
}
