package export

import (
	"context"
	"fmt"
	"sort"

	"newsgraph"
)

// Subgraph is the part of a Source that a Filter selects, ready to be written: its node set is
// known (or is every entity), its edges are read as they are written.
type Subgraph struct {
	src    Source
	filter Filter
	rf     newsgraph.RelationFilter
	// nodes is the selected entity IDs; nil selects every entity and every event rf matches.
	nodes map[string]bool
	// around is set when the subgraph is a neighbourhood: edges are read per node.
	around bool
	ents   map[string]*newsgraph.Entity // entities read so far (filtered subgraphs only)
	arts   map[string]*newsgraph.Article
}

// Edge is one event with the evidence that reports it.
type Edge struct {
	newsgraph.Event
	Evidence []Evidence
}

// Evidence is one sentence and the article it is from (nil when the article is gone).
type Evidence struct {
	newsgraph.Evidence
	Article *newsgraph.Article
}

// maxCachedArticles bounds the article cache, so that memory stays flat on big stores.
const maxCachedArticles = 4096

// Select checks f and, for a neighbourhood or a filtered graph, finds its nodes. A bad filter is
// EINVALID, an entity that is not in the store ENOTFOUND.
func Select(ctx context.Context, src Source, f Filter) (*Subgraph, error) {
	rf, err := f.relationFilter()
	if err != nil {
		return nil, err
	}
	g := &Subgraph{src: src, filter: f, rf: rf, arts: map[string]*newsgraph.Article{}}
	if f.whole() {
		return g, nil
	}
	g.nodes, g.ents = map[string]bool{}, map[string]*newsgraph.Entity{}
	if f.Entity == "" {
		err := src.EachEvent(ctx, rf, func(e newsgraph.Event) error {
			g.nodes[e.Subject], g.nodes[e.Object] = true, true
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("select events: %w", err)
		}
		return g, nil
	}
	center, err := src.Resolve(ctx, f.Entity)
	if err != nil {
		return nil, err
	}
	g.around = true
	g.nodes[center.ID], g.ents[center.ID] = true, center
	frontier := []string{center.ID}
	for d := 0; d < f.Depth && len(frontier) > 0; d++ {
		var next []string
		for _, id := range frontier {
			q := rf
			q.Subject, q.Either = id, true
			err := src.EachEvent(ctx, q, func(e newsgraph.Event) error {
				for _, n := range []string{e.Subject, e.Object} {
					if !g.nodes[n] {
						g.nodes[n] = true
						next = append(next, n)
					}
				}
				return nil
			})
			if err != nil {
				return nil, fmt.Errorf("select around %s: %w", id, err)
			}
		}
		sort.Strings(next)
		frontier = next
	}
	return g, nil
}

// Whole reports whether the subgraph is the whole graph.
func (g *Subgraph) Whole() bool { return g.nodes == nil }

// Name is a short name for the subgraph, for file names: "newsgraph" or "newsgraph-<entity>".
func (g *Subgraph) Name() string {
	if g.filter.Entity == "" {
		return "newsgraph"
	}
	b := []byte("newsgraph-")
	for _, c := range []byte(g.filter.Entity) {
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '-':
			b = append(b, c)
		case 'A' <= c && c <= 'Z':
			b = append(b, c+'a'-'A')
		default:
			b = append(b, '-')
		}
	}
	return string(b)
}

// entity returns the entity with the given ID, read once per subgraph for filtered ones. An
// entity that has gone since the subgraph was selected is returned with its ID as its name.
func (g *Subgraph) entity(ctx context.Context, id string) (*newsgraph.Entity, error) {
	if e, ok := g.ents[id]; ok {
		return e, nil
	}
	e, err := g.src.Entity(ctx, id)
	if newsgraph.ErrorCode(err) == newsgraph.ENOTFOUND {
		e, err = &newsgraph.Entity{ID: id, Name: id}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("entity %s: %w", id, err)
	}
	if g.ents != nil {
		g.ents[id] = e
	}
	return e, nil
}

// eachNode calls fn for each entity of the subgraph: every stored entity for the whole graph,
// else the selected ones ordered by ID.
func (g *Subgraph) eachNode(ctx context.Context, fn func(*newsgraph.Entity) error) error {
	if g.nodes == nil {
		return g.src.EachEntity(ctx, func(e newsgraph.Entity) error { return fn(&e) })
	}
	for _, id := range sortedKeys(g.nodes) {
		e, err := g.entity(ctx, id)
		if err != nil {
			return err
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

// eachEdge calls fn for each event of the subgraph, with its evidence and their articles.
func (g *Subgraph) eachEdge(ctx context.Context, fn func(*Edge) error) error {
	visit := func(e newsgraph.Event) error {
		if g.nodes != nil && (!g.nodes[e.Subject] || !g.nodes[e.Object]) {
			return nil
		}
		ev, err := g.src.Evidence(ctx, e.ID)
		if newsgraph.ErrorCode(err) == newsgraph.ENOTFOUND {
			return nil // deleted since it was listed
		} else if err != nil {
			return fmt.Errorf("evidence of %s: %w", e.ID, err)
		}
		edge := &Edge{Event: e, Evidence: make([]Evidence, 0, len(ev))}
		for _, x := range ev {
			a, err := g.article(ctx, x.ArticleID)
			if err != nil {
				return err
			}
			edge.Evidence = append(edge.Evidence, Evidence{Evidence: x, Article: a})
		}
		return fn(edge)
	}
	if !g.around {
		return g.src.EachEvent(ctx, g.rf, visit)
	}
	for _, id := range sortedKeys(g.nodes) {
		q := g.rf
		q.Subject = id
		if err := g.src.EachEvent(ctx, q, visit); err != nil {
			return err
		}
	}
	return nil
}

func (g *Subgraph) article(ctx context.Context, id string) (*newsgraph.Article, error) {
	if a, ok := g.arts[id]; ok {
		return a, nil
	}
	a, err := g.src.Article(ctx, id)
	if newsgraph.ErrorCode(err) == newsgraph.ENOTFOUND {
		a, err = nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	if len(g.arts) >= maxCachedArticles {
		clear(g.arts)
	}
	g.arts[id] = a
	return a, nil
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
