package schema

import (
	"context"
	"sort"

	"github.com/graphql-go/graphql"

	"newsgraph"
)

// Unknown names: arguments that name an entity (of, subject, object, name, from, to, entity) go
// through Store.Resolve. When nothing answers to the name, lists come back empty and `entity`
// null, with no error: "no such entity" and "no such relation" look the same to a client that
// asks, and a typo is visible as an empty answer. Malformed arguments (a date that is not one, a
// page larger than the maximum, a foreign cursor) are errors with code "invalid".

func (s *Schema) queryType() *graphql.Object {
	t := s.buildTypes()
	s.types = t
	return graphql.NewObject(graphql.ObjectConfig{Name: "Query", Fields: graphql.Fields{
		"entity": {Type: t.entity, Description: "One entity by its ID, or by a name, alias, code or ID; null when none matches.",
			Args:    args("id", arg(graphql.ID, "An entity ID (country/RWA)."), "name", arg(graphql.String, "A name, alias, code or ID (Rwanda, rwanda, RWA, country/RWA).")),
			Resolve: s.queryEntity},
		"entities": {Type: nonNullList(t.entity), Description: "Entities whose name or an alias starts with prefix (any case), best known first.",
			Args: args("prefix", arg(nnString, ""), "type", arg(graphql.String, "COUNTRY, ORGANIZATION, PERSON, LOCATION or GROUP."), "first", arg(graphql.Int, firstDesc)),
			Resolve: func(p graphql.ResolveParams) (any, error) {
				first, err := s.firstArg(p)
				if err != nil {
					return nil, err
				}
				es, err := s.cfg.Store.SearchEntities(p.Context, strArg(p, "prefix"), strArg(p, "type"), first)
				return ptrs(es), err
			}},
		"partners": {Type: nonNullList(t.partner), Description: "The entities with an AGREE, CONSULT, SUPPORT, COOPERATE or AID relation with the named one (either direction), each with those relations; most relations first.",
			Args: args("of", arg(nnString, "A name, alias, code or ID."), "since", arg(graphql.String, sinceDesc), "until", arg(graphql.String, untilDesc)),
			Resolve: func(p graphql.ResolveParams) (any, error) {
				if _, _, err := period(p); err != nil {
					return nil, err
				}
				e, err := s.resolve(p.Context, strArg(p, "of"))
				if err != nil || e == nil {
					return []partner{}, err
				}
				return s.partners(p, e.ID)
			}},
		"relations": {Type: graphql.NewNonNull(t.relConn), Description: "Relations between entities, by date then ID.",
			Args: args("subject", arg(graphql.String, "Who acts: a name, alias, code or ID."), "object", arg(graphql.String, "Who is acted on."),
				"either", arg(graphql.Boolean, "Match subject and object in either direction."),
				"types", arg(strList, typesDesc), "since", arg(graphql.String, sinceDesc), "until", arg(graphql.String, untilDesc),
				"source", arg(graphql.String, "Only relations reported by articles from this source (NYT, AP, …)."),
				"first", arg(graphql.Int, firstDesc), "after", arg(graphql.String, afterDesc)),
			Resolve: s.queryRelations},
		"paths": {Type: nonNullList(t.path), Description: "The shortest chains of relations between two entities (how is Israel connected to Denmark).",
			Args: args("from", arg(nnString, "A name, alias, code or ID."), "to", arg(nnString, "A name, alias, code or ID."),
				"maxHops", &graphql.ArgumentConfig{Type: graphql.Int, DefaultValue: 4, Description: "Longest chain, in relations."},
				"first", &graphql.ArgumentConfig{Type: graphql.Int, DefaultValue: 3, Description: "How many chains."}),
			Resolve: s.paths},
		"article": {Type: t.article, Description: "One article; null when there is none.", Args: args("id", arg(nnID, "")),
			Resolve: func(p graphql.ResolveParams) (any, error) {
				a, err := s.article(p.Context, strArg(p, "id"))
				if a == nil {
					return nil, err
				}
				return a, err
			}},
		"articles": {Type: graphql.NewNonNull(t.artConn), Description: "Articles, newest first, optionally those that mention an entity.",
			Args: args("entity", arg(graphql.String, "A name, alias, code or ID."), "since", arg(graphql.String, sinceDesc), "until", arg(graphql.String, untilDesc),
				"first", arg(graphql.Int, firstDesc), "after", arg(graphql.String, afterDesc)),
			Resolve: s.queryArticles},
	}})
}

func (s *Schema) queryEntity(p graphql.ResolveParams) (any, error) {
	var (
		e   *newsgraph.Entity
		err error
	)
	switch id, name := strArg(p, "id"), strArg(p, "name"); {
	case id != "":
		e, err = s.entity(p.Context, id)
	case name != "":
		e, err = s.resolve(p.Context, name)
	default:
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "entity: give id or name")
	}
	if e == nil {
		return nil, err
	}
	return e, err
}

// partners groups the partnering events of entity id by the other entity.
func (s *Schema) partners(p graphql.ResolveParams, id string) ([]partner, error) {
	since, until, err := period(p)
	if err != nil {
		return nil, err
	}
	evs, err := s.cfg.Store.Events(p.Context, newsgraph.RelationFilter{Subject: id, Either: true, Types: newsgraph.Partnering, Since: since, Until: until})
	if err != nil {
		return nil, err
	}
	out := []partner{}
	at := map[string]int{}
	for _, ev := range evs {
		other := ev.Object
		if other == id {
			other = ev.Subject
		}
		if other == id {
			continue // an entity is not its own partner
		}
		i, ok := at[other]
		if !ok {
			i = len(out)
			at[other] = i
			out = append(out, partner{entity: other})
		}
		out[i].events = append(out[i].events, ev)
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].events) > len(out[j].events) })
	return out, nil
}

// relations answers Query.relations and Entity.relations: the events that match f and the
// arguments, one page of them.
func (s *Schema) relations(p graphql.ResolveParams, f newsgraph.RelationFilter) (any, error) {
	var err error
	if f.Since, f.Until, err = period(p); err != nil {
		return nil, err
	}
	f.Types = typesArg(p)
	first, err := s.firstArg(p)
	if err != nil {
		return nil, err
	}
	after, err := afterArg(p, "rel")
	if err != nil {
		return nil, err
	}
	evs, err := s.cfg.Store.Events(p.Context, f)
	if err != nil {
		return nil, err
	}
	id := func(e newsgraph.Event) string { return e.ID }
	items, more, err := page(evs, id, after, first)
	if err != nil {
		return nil, err
	}
	return connection[newsgraph.Event]{total: len(evs), items: items, hasNext: more,
		cursor: func(e newsgraph.Event) string { return cursor("rel", e.ID) }}, nil
}

func (s *Schema) queryRelations(p graphql.ResolveParams) (any, error) {
	if err := s.checkPageArgs(p, "rel"); err != nil {
		return nil, err
	}
	f := newsgraph.RelationFilter{Source: strArg(p, "source")}
	f.Either, _ = p.Args["either"].(bool)
	for _, side := range []struct {
		arg string
		to  *string
	}{{"subject", &f.Subject}, {"object", &f.Object}} {
		ref := strArg(p, side.arg)
		if ref == "" {
			continue
		}
		e, err := s.resolve(p.Context, ref)
		if err != nil {
			return nil, err
		}
		if e == nil {
			return connection[newsgraph.Event]{items: []newsgraph.Event{}}, nil
		}
		*side.to = e.ID
	}
	return s.relations(p, f)
}

func (s *Schema) neighbours(p graphql.ResolveParams) (any, error) {
	e, _ := p.Source.(*newsgraph.Entity)
	ids, err := s.cfg.Store.Neighbours(p.Context, e.ID, typesArg(p))
	if err != nil {
		return nil, err
	}
	return s.entityList(p.Context, ids)
}

func (s *Schema) paths(p graphql.ResolveParams) (any, error) {
	hops, _ := p.Args["maxHops"].(int)
	if hops < 1 || hops > s.cfg.MaxHops {
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "maxHops: %d is outside 1…%d", hops, s.cfg.MaxHops)
	}
	first, err := s.firstArg(p)
	if err != nil {
		return nil, err
	}
	from, err := s.resolve(p.Context, strArg(p, "from"))
	if err != nil || from == nil {
		return []path{}, err
	}
	to, err := s.resolve(p.Context, strArg(p, "to"))
	if err != nil || to == nil {
		return []path{}, err
	}
	chains, err := s.cfg.Store.Paths(p.Context, from.ID, to.ID, hops, first)
	if err != nil {
		return nil, err
	}
	out := make([]path, 0, len(chains))
	for _, evs := range chains {
		pt := path{events: evs, entities: []string{from.ID}}
		cur := from.ID
		for _, ev := range evs {
			if ev.Subject == cur {
				cur = ev.Object
			} else {
				cur = ev.Subject
			}
			pt.entities = append(pt.entities, cur)
		}
		out = append(out, pt)
	}
	return out, nil
}

func (s *Schema) queryArticles(p graphql.ResolveParams) (any, error) {
	since, until, err := period(p)
	if err != nil {
		return nil, err
	}
	first, err := s.firstArg(p)
	if err != nil {
		return nil, err
	}
	after, err := afterArg(p, "art")
	if err != nil {
		return nil, err
	}
	if err := s.checkPageArgs(p, "art"); err != nil {
		return nil, err
	}
	empty := connection[*newsgraph.Article]{items: []*newsgraph.Article{}}
	entityID := ""
	if ref := strArg(p, "entity"); ref != "" {
		e, err := s.resolve(p.Context, ref)
		if err != nil || e == nil {
			return empty, err
		}
		entityID = e.ID
	}
	as, err := s.cfg.Store.Articles(p.Context, entityID, since, until, 0)
	if err != nil {
		return nil, err
	}
	all := ptrs(as)
	items, more, err := page(all, func(a *newsgraph.Article) string { return a.ID }, after, first)
	if err != nil {
		return nil, err
	}
	return connection[*newsgraph.Article]{total: len(all), items: items, hasNext: more,
		cursor: func(a *newsgraph.Article) string { return cursor("art", a.ID) }}, nil
}

func (s *Schema) articleEntities(p graphql.ResolveParams) (any, error) {
	a, _ := p.Source.(*newsgraph.Article)
	ids, err := s.cfg.Store.ArticleEntities(p.Context, a.ID)
	if err != nil {
		return nil, err
	}
	return s.entityList(p.Context, ids)
}

func (s *Schema) relationEvidence(p graphql.ResolveParams) (any, error) {
	e, _ := p.Source.(newsgraph.Event)
	n := s.cfg.MaxPage
	if _, ok := p.Args["first"]; ok {
		var err error
		if n, err = s.firstArg(p); err != nil {
			return nil, err
		}
	}
	ev, err := s.evidence(p.Context, e.ID)
	if len(ev) > n {
		ev = ev[:n]
	}
	return nonNil(ev), err
}

// checkPageArgs checks since, until, first and after, so that a malformed argument is an error
// even when the entity named is unknown and the answer would be empty.
func (s *Schema) checkPageArgs(p graphql.ResolveParams, kind string) error {
	if _, _, err := period(p); err != nil {
		return err
	}
	if _, err := s.firstArg(p); err != nil {
		return err
	}
	_, err := afterArg(p, kind)
	return err
}

// entityList returns the entities with the given IDs, leaving out any that is gone.
func (s *Schema) entityList(ctx context.Context, ids []string) ([]*newsgraph.Entity, error) {
	out := make([]*newsgraph.Entity, 0, len(ids))
	for _, id := range ids {
		e, err := s.entity(ctx, id)
		if err != nil {
			return nil, err
		}
		if e != nil {
			out = append(out, e)
		}
	}
	return out, nil
}

// mustEntity returns the entity a relation names; one that is gone (deleted while the request
// ran) is an ENOTFOUND error on that field.
func (s *Schema) mustEntity(ctx context.Context, id string) (*newsgraph.Entity, error) {
	e, err := s.entity(ctx, id)
	if err == nil && e == nil {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "entity %s is no longer stored", id)
	}
	return e, err
}

func (s *Schema) mustArticle(ctx context.Context, id string) (*newsgraph.Article, error) {
	a, err := s.article(ctx, id)
	if err == nil && a == nil {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "article %s is no longer stored", id)
	}
	return a, err
}
