// Package web serves newsgraph's browser pages: the GraphQL playground (GraphiQL) at /playground
// and the graph explorer at /explore, with their scripts, styles and world map under /assets/.
//
// Every file comes from dist/, built by build.sh from the npm packages pinned in
// package-lock.json and embedded in the binary: the pages request nothing from any other host,
// and a Content-Security-Policy tells the browser to refuse it should they try.
package web

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed dist
var dist embed.FS

// csp allows only same-origin scripts, styles, data and images. Inline styles are allowed because
// GraphiQL's editor and Cytoscape set style attributes; no inline script is needed.
const csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; " +
	"object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"

// Assets returns the built files (playground.html, explore.html, assets/…), for tests and tools.
func Assets() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // the embed pattern guarantees dist exists
	}
	return sub
}

// Handler serves GET and HEAD for:
//
//	/            redirect to /explore
//	/playground  the GraphiQL page, talking to POST /graphql on the same host
//	/explore     the explorer, talking to /graphql and linking to /export
//	/assets/…    the pages' scripts, styles and licence texts
//
// Anything else under these paths is 404; other methods are 405. Pages are sent with no-cache
// (they name the assets); assets with an ETag, a one-day max-age, and gzipped when the client
// accepts it.
func Handler() http.Handler {
	files := Assets()
	mux := http.NewServeMux()
	page := func(name string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Cache-Control", "no-cache")
			http.ServeFileFS(w, r, files, name)
		}
	}
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/explore", http.StatusFound)
	})
	mux.HandleFunc("GET /playground", page("playground.html"))
	mux.HandleFunc("GET /explore", page("explore.html"))
	mux.Handle("GET /assets/", newAssetServer(files))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		mux.ServeHTTP(w, r)
	})
}
