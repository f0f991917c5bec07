package schema

import (
	"fmt"
	"strings"
	"time"

	"github.com/graphql-go/graphql"

	"newsgraph"
)

// ingestResult is what ingest reports.
type ingestResult struct {
	Articles, Changed, Entities, Relations int
	IDs                                    []string
}

// mutationType holds the writes. The schema runs them for whoever calls Execute; the HTTP layer
// decides who may (a bearer token) and refuses them by GET.
func (s *Schema) mutationType() *graphql.Object {
	t := s.types
	return graphql.NewObject(graphql.ObjectConfig{Name: "Mutation", Fields: graphql.Fields{
		"ingest": {Type: graphql.NewNonNull(t.ingest), Description: "Extract the facts of articles and store them, each replacing what the same article stored before.",
			Args:    args("articles", arg(graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.articleInput))), "")),
			Resolve: s.ingest},
		"deleteArticle": {Type: graphql.NewNonNull(graphql.Boolean), Description: "Remove every fact an article stored; false when there was no such article.",
			Args: args("id", arg(nnID, "")),
			Resolve: func(p graphql.ResolveParams) (any, error) {
				id := strArg(p, "id")
				a, err := s.cfg.Store.Article(p.Context, id)
				if newsgraph.ErrorCode(err) == newsgraph.ENOTFOUND || err == nil && a == nil {
					return false, nil
				} else if err != nil {
					return nil, err
				}
				if err := s.cfg.Store.DeleteArticle(p.Context, id); err != nil {
					return nil, fmt.Errorf("delete article %s: %w", id, err)
				}
				return true, nil
			}},
	}})
}

// ingest checks every article before it stores any, so that a batch with one bad article stores
// nothing; each article is then stored in its own transaction.
func (s *Schema) ingest(p graphql.ResolveParams) (any, error) {
	if s.cfg.Extract == nil {
		return nil, newsgraph.Errorf(newsgraph.EFORBIDDEN, "ingest is switched off on this server (no extractor)")
	}
	raw, _ := p.Args["articles"].([]any)
	if len(raw) > s.cfg.MaxIngest {
		return nil, newsgraph.Errorf(newsgraph.ETOOLARGE, "articles: %d articles; one ingest takes at most %d", len(raw), s.cfg.MaxIngest)
	}
	arts := make([]newsgraph.Article, len(raw))
	for i, r := range raw {
		m, _ := r.(map[string]any)
		get := func(k string) string { v, _ := m[k].(string); return strings.TrimSpace(v) }
		a := newsgraph.Article{ID: get("id"), Title: get("title"), Date: get("date"), Source: get("source"), URL: get("url")}
		a.Text, _ = m["text"].(string)
		if strings.TrimSpace(a.Text) == "" {
			return nil, newsgraph.Errorf(newsgraph.EINVALID, "articles[%d].text: empty", i)
		}
		if a.Date != "" {
			if _, err := time.Parse("2006-01-02", a.Date); err != nil {
				return nil, newsgraph.Errorf(newsgraph.EINVALID, "articles[%d].date: %q is not a date (YYYY-MM-DD)", i, a.Date)
			}
		}
		arts[i] = a
	}
	res := ingestResult{IDs: []string{}}
	for i, a := range arts {
		if err := p.Context.Err(); err != nil {
			return nil, err
		}
		x := s.cfg.Extract(a)
		if x.Article.ID == "" {
			return nil, fmt.Errorf("articles[%d]: the extractor gave the article no id", i)
		}
		changed, err := s.cfg.Store.Load(p.Context, &x)
		if err != nil {
			return nil, fmt.Errorf("articles[%d] (%s): %w", i, x.Article.ID, err)
		}
		res.Articles++
		if changed {
			res.Changed++
		}
		res.Entities += len(x.Entities)
		res.Relations += len(x.Relations)
		res.IDs = append(res.IDs, x.Article.ID)
	}
	return res, nil
}
