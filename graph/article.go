package graph

import (
	"context"
	"sort"

	"github.com/cayleygraph/quad"

	"newsgraph"
)

// Article returns one article by ID (Text empty).
func (s *Store) Article(ctx context.Context, id string) (*newsgraph.Article, error) {
	gen := s.cache.begin(ctx)
	if a, ok := get(&s.cache, &s.cache.arts, id); ok {
		c := *a
		return &c, nil
	}
	qs, err := s.quads(ctx, match{S: ArticleIRI(id)})
	if err != nil {
		return nil, err
	}
	a := &newsgraph.Article{ID: id}
	found := false
	for _, q := range qs {
		switch q.Predicate {
		case PredType:
			found = true
		case PredTitle:
			a.Title = valueString(q.Object)
		case PredDate:
			a.Date = valueString(q.Object)
		case PredSource:
			a.Source = valueString(q.Object)
		case PredURL:
			a.URL = valueString(q.Object)
		}
	}
	if !found {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "article %q not found", id)
	}
	c := *a
	put(&s.cache, gen, &s.cache.arts, id, &c)
	return a, nil
}

// Articles returns the articles that mention the entity (all articles when entityID is ""),
// newest first (then by ID), with dates in [since, until] compared by prefix when set, at most
// limit of them when limit > 0.
func (s *Store) Articles(ctx context.Context, entityID, since, until string, limit int) ([]newsgraph.Article, error) {
	var (
		nodes []quad.Value
		err   error
	)
	if entityID == "" {
		nodes, err = s.subjects(ctx, PredType, ClassArticle)
	} else {
		nodes, err = s.subjects(ctx, PredMentions, EntityIRI(entityID))
	}
	if err != nil {
		return nil, err
	}
	var out []newsgraph.Article
	for _, n := range nodes {
		id, ok := idOf(n, prefArticle)
		if !ok {
			continue
		}
		a, err := s.Article(ctx, id)
		if err != nil {
			if newsgraph.ErrorCode(err) == newsgraph.ENOTFOUND {
				continue
			}
			return nil, err
		}
		if inDates(a.Date, since, until) {
			out = append(out, *a)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date > out[j].Date
		}
		return out[i].ID < out[j].ID
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// inDates reports whether date lies in [since, until], comparing by prefix: "2022" lies in
// since "2022-05" and until "2022" takes in all of 2022. An empty date lies only in an open range.
func inDates(date, since, until string) bool {
	if since == "" && until == "" {
		return true
	}
	if date == "" {
		return false
	}
	pre := func(a, b string) (string, string) {
		n := min(len(a), len(b))
		return a[:n], b[:n]
	}
	if since != "" {
		if d, x := pre(date, since); d < x {
			return false
		}
	}
	if until != "" {
		if d, x := pre(date, until); d > x {
			return false
		}
	}
	return true
}
