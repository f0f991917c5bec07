package graph

import (
	"context"
	"encoding/json"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"newsgraph"
)

// batchQuads is how many changed quads LoadBatch gathers into one transaction.
const batchQuads = 20000

// Load stores one extraction, replacing what its article stored before, in one transaction: the
// quads the old version stored and the new one does not are deleted, the new ones added. It
// reports false, and writes nothing, when the same content is already stored.
func (s *Store) Load(ctx context.Context, x *newsgraph.Extraction) (bool, error) {
	n, err := s.LoadBatch(ctx, []*newsgraph.Extraction{x})
	return n > 0, err
}

// LoadBatch stores many extractions, each as Load does, gathering several articles into one
// transaction (about batchQuads changed quads each); a transaction holds whole articles only, so
// each article is stored entirely or not at all. It returns how many articles changed. When an
// extraction is invalid nothing of the batch is stored.
func (s *Store) LoadBatch(ctx context.Context, xs []*newsgraph.Extraction) (int, error) {
	for _, x := range xs {
		if err := validate(x); err != nil {
			return 0, err
		}
	}
	unlock, err := s.lockWrite(ctx)
	if err != nil {
		return 0, err
	}
	defer unlock()
	known, err := s.contentHashes(ctx, xs)
	if err != nil {
		return 0, err
	}
	changed := 0
	var (
		deltas  []cgraph.Delta
		inBatch = map[string]bool{}
		pending int
	)
	flush := func() error {
		if len(deltas) == 0 {
			inBatch = map[string]bool{}
			changed += pending
			pending = 0
			return nil
		}
		if err := s.apply(ctx, deltas); err != nil {
			return err
		}
		changed += pending
		deltas, pending, inBatch = deltas[:0], 0, map[string]bool{}
		return nil
	}
	for _, x := range xs {
		if err := ctx.Err(); err != nil {
			return changed, err
		}
		if inBatch[x.Article.ID] { // the same article twice: the second sees the first
			if err := flush(); err != nil {
				return changed, err
			}
		}
		d, err := s.diff(ctx, x, known)
		if err != nil {
			return changed, err
		}
		if d == nil {
			continue
		}
		inBatch[x.Article.ID] = true
		delete(known, x.Article.ID) // stored now: a second copy must look again
		deltas = append(deltas, d...)
		pending++
		if len(deltas) >= batchQuads {
			if err := flush(); err != nil {
				return changed, err
			}
		}
	}
	return changed, flush()
}

// diff returns the deltas that turn what the article stored before into x, or nil when x is
// already stored as it is.
// known holds content hashes read beforehand (see contentHashes).
func (s *Store) diff(ctx context.Context, x *newsgraph.Extraction, known map[string]string) ([]cgraph.Delta, error) {
	rec, hash, err := record(x)
	if err != nil {
		return nil, err
	}
	oldHash, ok := known[x.Article.ID]
	if !ok {
		if oldHash, err = s.contentHash(ctx, x.Article.ID); err != nil {
			return nil, err
		}
	}
	if oldHash == hash {
		return nil, nil
	}
	var old []quad.Quad
	if oldHash != "" {
		if old, err = s.storedQuads(ctx, x.Article.ID); err != nil {
			return nil, err
		}
	}
	return deltas(old, articleQuads(x, rec, hash)), nil
}

// deltas returns the deletions of old quads that are not in new and the additions of new quads
// that were not in old.
func deltas(old, new []quad.Quad) []cgraph.Delta {
	inNew := make(map[quad.Quad]bool, len(new))
	for _, q := range new {
		inNew[q] = true
	}
	inOld := make(map[quad.Quad]bool, len(old))
	var out []cgraph.Delta
	for _, q := range old {
		if inOld[q] {
			continue
		}
		inOld[q] = true
		if !inNew[q] {
			out = append(out, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
	}
	for _, q := range new {
		if !inOld[q] {
			out = append(out, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	return out
}

// apply writes the articles' changes d, and the derived data's changes that go with them (see
// summarise), in one transaction. d must be exact: no addition of a stored quad, no deletion of
// a missing one.
func (s *Store) apply(ctx context.Context, d []cgraph.Delta) error {
	dc, err := s.summarise(ctx, d)
	if err != nil {
		return err
	}
	return s.commit(ctx, d, dc)
}

// commit writes quad changes and derived changes as they are, in one transaction, and empties
// the read cache.
func (s *Store) commit(ctx context.Context, d []cgraph.Delta, dc *derivedChanges) error {
	defer s.cache.changed()
	return s.be.write(ctx, d, dc)
}

// lockWrite takes the writers' locks of this process and of the others, after checking that the
// store takes writes; the returned function releases them.
func (s *Store) lockWrite(ctx context.Context) (func(), error) {
	if err := s.writable(); err != nil {
		return nil, err
	}
	s.write.Lock()
	unlock, err := s.be.lockWriters(ctx)
	if err != nil {
		s.write.Unlock()
		return nil, err
	}
	return func() { unlock(); s.write.Unlock() }, nil
}

// writable returns an error when the store is read-only.
func (s *Store) writable() error {
	if s.be.readOnly() {
		return errReadOnly
	}
	return nil
}

// contentHash returns the hash of the article's stored extraction, "" when it is not stored.
func (s *Store) contentHash(ctx context.Context, id string) (string, error) {
	vs, err := s.objects(ctx, ArticleIRI(id), PredContentHash)
	if err != nil || len(vs) == 0 {
		return "", err
	}
	return valueString(vs[0]), nil
}

// contentHashes returns the stored content hashes of the articles of xs (on PostgreSQL in a few
// queries). An article not stored has "".
func (s *Store) contentHashes(ctx context.Context, xs []*newsgraph.Extraction) (map[string]string, error) {
	if len(xs) < 2 {
		return nil, nil
	}
	known := make(map[string]string, len(xs))
	nodes := make([]quad.Value, 0, len(xs))
	for _, x := range xs {
		if _, ok := known[x.Article.ID]; !ok {
			known[x.Article.ID] = ""
			nodes = append(nodes, ArticleIRI(x.Article.ID))
		}
	}
	err := s.be.eachOfSubjects(ctx, nodes, PredContentHash, func(q quad.Quad) error {
		if q.Predicate == PredContentHash {
			if id, ok := idOf(q.Subject, prefArticle); ok {
				known[id] = valueString(q.Object)
			}
		}
		return nil
	})
	return known, err
}

// storedExtraction returns the extraction an article was stored from, nil when it is not stored.
func (s *Store) storedExtraction(ctx context.Context, id string) (*newsgraph.Extraction, string, error) {
	vs, err := s.objects(ctx, RecordIRI(id), PredRecord)
	if err != nil || len(vs) == 0 {
		return nil, "", err
	}
	rec := valueString(vs[0])
	var x newsgraph.Extraction
	if err := json.Unmarshal([]byte(rec), &x); err != nil {
		return nil, "", fmt.Errorf("article %q: stored record: %w", id, err)
	}
	return &x, rec, nil
}

// storedQuads returns the quads the article stored: rebuilt from its stored extraction, which
// gives exactly the quads it wrote.
func (s *Store) storedQuads(ctx context.Context, id string) ([]quad.Quad, error) {
	x, rec, err := s.storedExtraction(ctx, id)
	if err != nil || x == nil {
		return nil, err
	}
	hash, err := s.contentHash(ctx, id)
	if err != nil {
		return nil, err
	}
	return articleQuads(x, rec, hash), nil
}

// DeleteArticle removes every quad labelled with the article, in one transaction.
func (s *Store) DeleteArticle(ctx context.Context, id string) error {
	unlock, err := s.lockWrite(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	old, err := s.storedQuads(ctx, id)
	if err != nil {
		return err
	}
	// Anything else under the label (e.g. imported from elsewhere) goes too.
	extra, err := s.quads(ctx, match{S: ArticleIRI(id), L: ArticleIRI(id)})
	if err != nil {
		return err
	}
	if len(old) == 0 && len(extra) == 0 {
		return newsgraph.Errorf(newsgraph.ENOTFOUND, "article %q not found", id)
	}
	d := deltas(append(old, extra...), nil)
	return s.apply(ctx, d)
}

// valueString returns the text of a literal or IRI.
func valueString(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.String:
		return string(v)
	case quad.IRI:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	}
	return fmt.Sprint(quad.NativeOf(v))
}
