package schema

import (
	"sort"

	"github.com/graphql-go/graphql"

	"newsgraph"
)

// The object types. Their fields are thunks because the types refer to each other
// (Entity → Partner → Entity). Sources: Entity *newsgraph.Entity, Relation newsgraph.Event,
// Evidence newsgraph.Evidence, Article *newsgraph.Article, Partner partner, Path path.
type types struct {
	entity, partner, relation, evidence, article, attr, path *graphql.Object
	relConn, relEdge, artConn, artEdge, pageInfo, ingest     *graphql.Object
	articleInput                                             *graphql.InputObject
}

// partner is an entity and the partnering events that join it to another.
type partner struct {
	entity string
	events []newsgraph.Event
}

// path is a chain of events and the entities it passes through, from first to last.
type path struct {
	events   []newsgraph.Event
	entities []string
}

// connection is one page of a list, with what Relay's PageInfo needs.
type connection[T any] struct {
	total   int
	items   []T
	cursor  func(T) string
	hasNext bool
}

type edge[T any] struct {
	cursor string
	node   T
}

// nonNullList is [T!]!.
func nonNullList(t graphql.Output) graphql.Output {
	return graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t)))
}

var (
	nnString = graphql.NewNonNull(graphql.String)
	nnID     = graphql.NewNonNull(graphql.ID)
	nnInt    = graphql.NewNonNull(graphql.Int)
	strList  = graphql.NewList(nnString)
)

// field is a field with a resolver reading its source as S.
func field[S any](t graphql.Output, desc string, fn func(S) any) *graphql.Field {
	return &graphql.Field{Type: t, Description: desc, Resolve: func(p graphql.ResolveParams) (any, error) {
		s, ok := p.Source.(S)
		if !ok {
			return nil, nil
		}
		return fn(s), nil
	}}
}

// opt returns nil for "", so that empty optional strings come out as null.
func opt(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func args(kv ...any) graphql.FieldConfigArgument {
	out := graphql.FieldConfigArgument{}
	for i := 0; i+1 < len(kv); i += 2 {
		out[kv[i].(string)] = kv[i+1].(*graphql.ArgumentConfig)
	}
	return out
}

func arg(t graphql.Input, desc string) *graphql.ArgumentConfig {
	return &graphql.ArgumentConfig{Type: t, Description: desc}
}

const (
	sinceDesc = "Only what is dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD, compared by prefix)."
	untilDesc = "Only what is dated on or before this (YYYY, YYYY-MM or YYYY-MM-DD; \"2022\" includes all of 2022)."
	firstDesc = "Page size (default and maximum set by the server)."
	afterDesc = "The endCursor of the previous page."
	typesDesc = "Relation types to keep (AGREE, CONSULT, … HOLDS_OFFICE); all when absent."
)

func (s *Schema) buildTypes() *types {
	t := &types{}
	t.pageInfo = graphql.NewObject(graphql.ObjectConfig{Name: "PageInfo", Fields: graphql.Fields{
		"hasNextPage": &graphql.Field{Type: graphql.NewNonNull(graphql.Boolean)},
		"endCursor":   &graphql.Field{Type: graphql.String},
	}})
	t.attr = graphql.NewObject(graphql.ObjectConfig{Name: "Attr", Description: "One attribute of a relation (mode, office, amount, currency, speaker, …).", Fields: graphql.Fields{
		"key":   field(nnString, "", func(a [2]string) any { return a[0] }),
		"value": field(nnString, "", func(a [2]string) any { return a[1] }),
	}})
	t.article = graphql.NewObject(graphql.ObjectConfig{Name: "Article", Description: "A news article the facts were read from.", Fields: graphql.FieldsThunk(func() graphql.Fields {
		return graphql.Fields{
			"id":     field(nnID, "", func(a *newsgraph.Article) any { return a.ID }),
			"title":  field(graphql.String, "", func(a *newsgraph.Article) any { return opt(a.Title) }),
			"date":   field(graphql.String, "YYYY-MM-DD.", func(a *newsgraph.Article) any { return opt(a.Date) }),
			"source": field(graphql.String, "Who published it (NYT, AP, Reuters, …).", func(a *newsgraph.Article) any { return opt(a.Source) }),
			"url":    field(graphql.String, "", func(a *newsgraph.Article) any { return opt(a.URL) }),
			"entities": {Type: nonNullList(t.entity), Description: "The entities the article mentions.",
				Resolve: s.articleEntities},
		}
	})})
	t.evidence = graphql.NewObject(graphql.ObjectConfig{Name: "Evidence", Description: "A sentence of an article that reports a relation.", Fields: graphql.Fields{
		"sentence": field(nnString, "", func(e newsgraph.Evidence) any { return e.Sentence }),
		"start":    field(nnInt, "Offset of the sentence in the article's text, in Unicode code points.", func(e newsgraph.Evidence) any { return e.Start }),
		"end":      field(nnInt, "End of the sentence (exclusive), in code points.", func(e newsgraph.Evidence) any { return e.End }),
		"article": {Type: graphql.NewNonNull(t.article), Resolve: func(p graphql.ResolveParams) (any, error) {
			e, _ := p.Source.(newsgraph.Evidence)
			return s.mustArticle(p.Context, e.ArticleID)
		}},
	}})
	t.relation = graphql.NewObject(graphql.ObjectConfig{Name: "Relation", Description: "A PLOVER event between two actors, or another relation (HOLDS_OFFICE, NATIONALITY, …), with the sentences that report it.", Fields: graphql.FieldsThunk(func() graphql.Fields {
		return graphql.Fields{
			"id":        field(nnID, "", func(e newsgraph.Event) any { return e.ID }),
			"type":      field(nnString, "", func(e newsgraph.Event) any { return e.Type }),
			"quadClass": field(graphql.String, "verbal-coop, material-coop, verbal-conflict or material-conflict; null for relations that are not PLOVER events.", func(e newsgraph.Event) any { return opt(newsgraph.QuadClass(e.Type)) }),
			"subject": {Type: graphql.NewNonNull(t.entity), Description: "Who acts.", Resolve: func(p graphql.ResolveParams) (any, error) {
				e, _ := p.Source.(newsgraph.Event)
				return s.mustEntity(p.Context, e.Subject)
			}},
			"object": {Type: graphql.NewNonNull(t.entity), Description: "Who is acted on.", Resolve: func(p graphql.ResolveParams) (any, error) {
				e, _ := p.Source.(newsgraph.Event)
				return s.mustEntity(p.Context, e.Object)
			}},
			"date":   field(graphql.String, "When it happened, as precise as the text allows (2022, 2025-04, 2025-05-04).", func(e newsgraph.Event) any { return opt(e.Date) }),
			"status": field(graphql.String, "PROPOSED, ONGOING, CONCLUDED or ENDED.", func(e newsgraph.Event) any { return opt(e.Status) }),
			"attrs": field(nonNullList(t.attr), "", func(e newsgraph.Event) any {
				keys := make([]string, 0, len(e.Attrs))
				for k := range e.Attrs {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				out := make([][2]string, len(keys))
				for i, k := range keys {
					out[i] = [2]string{k, e.Attrs[k]}
				}
				return out
			}),
			"evidenceCount": {Type: nnInt, Description: "How many sentences report it.", Resolve: func(p graphql.ResolveParams) (any, error) {
				e, _ := p.Source.(newsgraph.Event)
				ev, err := s.evidence(p.Context, e.ID)
				return len(ev), err
			}},
			"evidence": {Type: nonNullList(t.evidence), Description: "The sentences that report it, oldest article first.",
				Args:    args("first", arg(graphql.Int, "At most this many (all when absent, up to the maximum page size).")),
				Resolve: s.relationEvidence},
		}
	})})
	t.partner = graphql.NewObject(graphql.ObjectConfig{Name: "Partner", Description: "An entity and the cooperative relations (AGREE, CONSULT, SUPPORT, COOPERATE, AID) that make it a partner.", Fields: graphql.FieldsThunk(func() graphql.Fields {
		return graphql.Fields{
			"entity": {Type: graphql.NewNonNull(t.entity), Resolve: func(p graphql.ResolveParams) (any, error) {
				pt, _ := p.Source.(partner)
				return s.mustEntity(p.Context, pt.entity)
			}},
			"relations": field(nonNullList(t.relation), "", func(pt partner) any { return pt.events }),
		}
	})})
	t.relEdge = graphql.NewObject(graphql.ObjectConfig{Name: "RelationEdge", Fields: graphql.FieldsThunk(func() graphql.Fields {
		return graphql.Fields{
			"cursor": field(nnString, "", func(e edge[newsgraph.Event]) any { return e.cursor }),
			"node":   field(graphql.NewNonNull(t.relation), "", func(e edge[newsgraph.Event]) any { return e.node }),
		}
	})})
	t.relConn = connectionTypeOf[newsgraph.Event]("RelationConnection", t.relEdge, t.pageInfo)
	t.artEdge = graphql.NewObject(graphql.ObjectConfig{Name: "ArticleEdge", Fields: graphql.FieldsThunk(func() graphql.Fields {
		return graphql.Fields{
			"cursor": field(nnString, "", func(e edge[*newsgraph.Article]) any { return e.cursor }),
			"node":   field(graphql.NewNonNull(t.article), "", func(e edge[*newsgraph.Article]) any { return e.node }),
		}
	})})
	t.artConn = connectionTypeOf[*newsgraph.Article]("ArticleConnection", t.artEdge, t.pageInfo)
	t.entity = graphql.NewObject(graphql.ObjectConfig{Name: "Entity", Description: "A country, organisation, person or place.", Fields: graphql.FieldsThunk(func() graphql.Fields {
		return graphql.Fields{
			"id":      field(nnID, "country/RWA, org/unhcr, person/marco-rubio, place/kigali, …", func(e *newsgraph.Entity) any { return e.ID }),
			"name":    field(nnString, "", func(e *newsgraph.Entity) any { return e.Name }),
			"type":    field(nnString, "COUNTRY, ORGANIZATION, PERSON, LOCATION, GROUP", func(e *newsgraph.Entity) any { return e.Type }),
			"code":    field(graphql.String, "ISO 3166-1 alpha-3 (for a place, its country's), IGO or NGO.", func(e *newsgraph.Entity) any { return opt(e.Code) }),
			"aliases": field(nonNullList(graphql.String), "Other names it goes by.", func(e *newsgraph.Entity) any { return nonNil(e.Aliases) }),
			"lat":     field(graphql.Float, "Latitude, when known.", func(e *newsgraph.Entity) any { return coord(e, e.Lat) }),
			"lon":     field(graphql.Float, "Longitude, when known.", func(e *newsgraph.Entity) any { return coord(e, e.Lon) }),
			"partners": {Type: nonNullList(t.partner), Description: "Entities with an AGREE, CONSULT, SUPPORT, COOPERATE or AID relation with this one, either direction.",
				Args: args("since", arg(graphql.String, sinceDesc), "until", arg(graphql.String, untilDesc)),
				Resolve: func(p graphql.ResolveParams) (any, error) {
					e, _ := p.Source.(*newsgraph.Entity)
					return s.partners(p, e.ID)
				}},
			"relations": {Type: graphql.NewNonNull(t.relConn), Description: "Events this entity takes part in, either direction, by date.",
				Args: args("types", arg(strList, typesDesc), "since", arg(graphql.String, sinceDesc), "until", arg(graphql.String, untilDesc),
					"first", arg(graphql.Int, firstDesc), "after", arg(graphql.String, afterDesc)),
				Resolve: func(p graphql.ResolveParams) (any, error) {
					e, _ := p.Source.(*newsgraph.Entity)
					return s.relations(p, newsgraph.RelationFilter{Subject: e.ID, Either: true})
				}},
			"neighbours": {Type: nonNullList(t.entity), Description: "Entities joined to this one by an event of one of the types (any type when absent).",
				Args:    args("types", arg(strList, typesDesc)),
				Resolve: s.neighbours},
			"facts": {Type: nonNullList(t.relation), Description: "Relations that are not events: HOLDS_OFFICE, NATIONALITY, PART_OF, …",
				Resolve: func(p graphql.ResolveParams) (any, error) {
					e, _ := p.Source.(*newsgraph.Entity)
					rs, err := s.cfg.Store.Relations(p.Context, e.ID)
					return nonNil(rs), err
				}},
			"articles": {Type: nonNullList(t.article), Description: "Articles that mention it, newest first.",
				Args: args("first", arg(graphql.Int, firstDesc), "since", arg(graphql.String, sinceDesc), "until", arg(graphql.String, untilDesc)),
				Resolve: func(p graphql.ResolveParams) (any, error) {
					e, _ := p.Source.(*newsgraph.Entity)
					first, err := s.firstArg(p)
					if err != nil {
						return nil, err
					}
					since, until, err := period(p)
					if err != nil {
						return nil, err
					}
					as, err := s.cfg.Store.Articles(p.Context, e.ID, since, until, first)
					return ptrs(as), err
				}},
		}
	})})
	t.path = graphql.NewObject(graphql.ObjectConfig{Name: "Path", Description: "A chain of relations between two entities.", Fields: graphql.Fields{
		"relations": field(nonNullList(t.relation), "The relations in order from the first entity to the last.", func(pt path) any { return pt.events }),
		"entities": {Type: nonNullList(t.entity), Description: "The entities the chain passes through, from first to last (one more than relations).",
			Resolve: func(p graphql.ResolveParams) (any, error) {
				pt, _ := p.Source.(path)
				return s.entityList(p.Context, pt.entities)
			}},
	}})
	t.ingest = graphql.NewObject(graphql.ObjectConfig{Name: "IngestResult", Fields: graphql.Fields{
		"articles":  field(nnInt, "Articles read.", func(r ingestResult) any { return r.Articles }),
		"changed":   field(nnInt, "Articles whose stored facts changed (0 for a repeat).", func(r ingestResult) any { return r.Changed }),
		"entities":  field(nnInt, "Entities extracted, summed over the articles.", func(r ingestResult) any { return r.Entities }),
		"relations": field(nnInt, "Relations extracted, summed over the articles.", func(r ingestResult) any { return r.Relations }),
		"ids":       field(graphql.NewNonNull(graphql.NewList(nnID)), "The articles' IDs, in input order.", func(r ingestResult) any { return r.IDs }),
	}})
	t.articleInput = graphql.NewInputObject(graphql.InputObjectConfig{Name: "ArticleInput", Fields: graphql.InputObjectConfigFieldMap{
		"id":     {Type: graphql.ID, Description: "Derived from the text when absent."},
		"text":   {Type: nnString},
		"title":  {Type: graphql.String},
		"date":   {Type: graphql.String, Description: "YYYY-MM-DD."},
		"source": {Type: graphql.String},
		"url":    {Type: graphql.String},
	}})
	return t
}

// connectionTypeOf is a Relay connection over items of type T.
func connectionTypeOf[T any](name string, edgeType, pageInfo *graphql.Object) *graphql.Object {
	return graphql.NewObject(graphql.ObjectConfig{Name: name, Fields: graphql.Fields{
		"totalCount": field(nnInt, "How many items the whole list has.", func(c connection[T]) any { return c.total }),
		"edges": field(nonNullList(edgeType), "", func(c connection[T]) any {
			out := make([]edge[T], len(c.items))
			for i, it := range c.items {
				out[i] = edge[T]{cursor: c.cursor(it), node: it}
			}
			return out
		}),
		"pageInfo": field(graphql.NewNonNull(pageInfo), "", func(c connection[T]) any {
			var end any
			if n := len(c.items); n > 0 {
				end = c.cursor(c.items[n-1])
			}
			return map[string]any{"hasNextPage": c.hasNext, "endCursor": end}
		}),
	}})
}

// coord returns a coordinate, or nil when the entity has none (both 0).
func coord(e *newsgraph.Entity, v float64) any {
	if e.Lat == 0 && e.Lon == 0 {
		return nil
	}
	return v
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func ptrs[T any](s []T) []*T {
	out := make([]*T, len(s))
	for i := range s {
		out[i] = &s[i]
	}
	return out
}
