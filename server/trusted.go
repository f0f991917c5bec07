package server

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"newsgraph"
	"newsgraph/schema"
)

// TrustedDocuments are the only GraphQL documents a server started with them runs, keyed by
// the SHA-256 of their text in lower-case hex (what Apollo's clients send as
// extensions.persistedQuery.sha256Hash).
type TrustedDocuments map[string]string

// LoadTrustedDocuments reads every *.graphql file of dir, each keyed by the SHA-256 of its
// bytes exactly as stored. A folder without any, an unreadable file and a file that is not
// UTF-8 or not a document that parses within the default limits are errors naming the file.
func LoadTrustedDocuments(dir string) (TrustedDocuments, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.graphql"))
	if err != nil {
		return nil, fmt.Errorf("trusted documents: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("trusted documents: no *.graphql file in %s", dir)
	}
	docs := TrustedDocuments{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("trusted documents: %w", err)
		}
		if !utf8.Valid(b) || strings.TrimSpace(string(b)) == "" {
			return nil, fmt.Errorf("trusted documents: %s: not a GraphQL document (empty, or not UTF-8)", f)
		}
		if _, err := schema.Prescan(string(b), schema.DocumentLimits{}); err != nil {
			return nil, fmt.Errorf("trusted documents: %s: %w", f, err)
		}
		sum := sha256.Sum256(b)
		docs[hex.EncodeToString(sum[:])] = string(b)
	}
	return docs, nil
}

// persistedQuery is the part of a request's extensions that names a document by its hash.
type persistedQuery struct {
	Version    int    `json:"version"`
	Sha256Hash string `json:"sha256Hash"`
}

// trusted replaces the request's query with the trusted document its hash names. Without a
// hash, with an unknown one, or with a query that is not the document, it refuses (forbidden).
func (d TrustedDocuments) trusted(req *gqlRequest) error {
	hash := ""
	if pq := req.Extensions.PersistedQuery; pq != nil {
		hash = strings.ToLower(pq.Sha256Hash)
	}
	if hash == "" {
		return newsgraph.Errorf(newsgraph.EFORBIDDEN, "this server runs only trusted documents: send the SHA-256 of a registered document in extensions.persistedQuery.sha256Hash")
	}
	doc, ok := d[hash]
	if !ok {
		return newsgraph.Errorf(newsgraph.EFORBIDDEN, "no trusted document has the hash %.64q: this server runs only registered documents", hash)
	}
	if req.Query != "" && req.Query != doc {
		return newsgraph.Errorf(newsgraph.EFORBIDDEN, "the query is not the trusted document of hash %s", hash)
	}
	req.Query = doc
	return nil
}
