package server

import (
	"encoding/json"
	"net/http"

	"newsgraph"
)

// errorBody is the JSON every error answer has, the shape of a GraphQL error response so that one
// client reads both: {"errors":[{"message":…,"extensions":{"code":…}}]}.
type errorBody struct {
	Errors []errorItem `json:"errors"`
}

type errorItem struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

// writeError answers with status and err as JSON; an error that is not a *newsgraph.Error is
// shown as "internal error". allow, when set, goes in the Allow header (405).
func writeError(w http.ResponseWriter, status int, err error, allow string) {
	if allow != "" {
		w.Header().Set("Allow", allow)
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="newsgraph"`)
	}
	writeJSON(w, status, errorBody{Errors: []errorItem{{Message: newsgraph.ErrorMessage(err),
		Extensions: map[string]any{"code": newsgraph.ErrorCode(err)}}}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"errors":[{"message":"internal error","extensions":{"code":"internal"}}]}`)
	}
	writeBody(w, status, append(b, '\n'))
}

// writeBody answers with status and a JSON body already encoded.
func writeBody(w http.ResponseWriter, status int, b []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(b)
}
