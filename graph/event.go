package graph

import (
	"context"
	"maps"
	"net/url"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"newsgraph"
)

// ploverTypes are the 18 PLOVER event types: what Events reads when no type is named.
var ploverTypes = slices.Concat(newsgraph.VerbalCooperation, newsgraph.MaterialCooperation,
	newsgraph.VerbalConflict, newsgraph.MaterialConflict)

// statusRank orders statuses by how far along an event is: when articles disagree, the furthest wins.
var statusRank = map[string]int{newsgraph.Proposed: 1, newsgraph.Ongoing: 2, newsgraph.Concluded: 3, newsgraph.Ended: 4}

// Event returns one event by ID. Articles counts the articles that report it; when they disagree
// on its status the furthest along wins (ENDED > CONCLUDED > ONGOING > PROPOSED), and an
// attribute takes the smallest value given.
func (s *Store) Event(ctx context.Context, id string) (*newsgraph.Event, error) {
	return s.event(ctx, EventIRI(id))
}

// event reads an event node's summary.
func (s *Store) event(ctx context.Context, n quad.Value) (*newsgraph.Event, error) {
	gen := s.cache.begin(ctx)
	if c, ok := get(&s.cache, &s.cache.events, n.String()); ok {
		e := cloneEvent(c.e)
		return &e, nil
	}
	sm, err := s.summaryOf(ctx, n)
	if err != nil {
		return nil, err
	}
	e, err := eventFrom(n, sm)
	if err != nil {
		return nil, err
	}
	put(&s.cache, gen, &s.cache.events, n.String(), eventEntry{e: cloneEvent(*e)})
	return e, nil
}

// prefetchEvents reads the event nodes not yet cached into the cache, their summaries in one
// read (errors are left for the caller's own read to meet).
func (s *Store) prefetchEvents(ctx context.Context, nodes []quad.Value) error {
	gen := s.cache.begin(ctx)
	var missing []quad.Value
	for _, n := range nodes {
		if _, ok := get(&s.cache, &s.cache.events, n.String()); !ok {
			missing = append(missing, n)
		}
	}
	if len(missing) < 2 {
		return nil
	}
	sums, err := s.be.summaries(ctx, missing)
	if err != nil {
		return err
	}
	for n, sm := range sums {
		if e, err := eventFrom(n, sm); err == nil {
			put(&s.cache, gen, &s.cache.events, n.String(), eventEntry{e: *e})
		}
	}
	return nil
}

// eventFrom assembles an event from its node's summary: Articles is how many articles give its
// type; when they disagree on its status, the furthest along wins; an attribute takes the
// smallest value given.
func eventFrom(n quad.Value, sm summary) (*newsgraph.Event, error) {
	id, _ := idOf(n, prefEvent)
	e := &newsgraph.Event{ID: id}
	typeKey := short(PredEventType)
	e.Type = sm.only(typeKey)
	if e.Type == "" {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "event %q not found", id)
	}
	e.Articles = sm[typeKey][e.Type]
	e.Subject, _ = idOf(full(sm.only(short(PredSubject))), prefEntity)
	e.Object, _ = idOf(full(sm.only(short(PredObject))), prefEntity)
	e.Date = sm.only(short(PredDate))
	for st := range sm[short(PredStatus)] {
		if statusRank[st] > statusRank[e.Status] {
			e.Status = st
		}
	}
	attrKey := short(quad.IRI(prefAttr))
	for p := range sm {
		k, ok := strings.CutPrefix(p, attrKey)
		if !ok {
			continue
		}
		if k, err := url.PathUnescape(k); err == nil {
			if e.Attrs == nil {
				e.Attrs = map[string]string{}
			}
			e.Attrs[k] = sm.only(p)
		}
	}
	return e, nil
}

// evidenceNodes returns the IRIs of an event's evidence nodes.
func (s *Store) evidenceNodes(ctx context.Context, n quad.Value) ([]quad.Value, error) {
	return s.objects(ctx, n, PredEvidence)
}

func distinctValues(vs []quad.Value) []quad.Value {
	seen := map[string]bool{}
	out := vs[:0]
	for _, v := range vs {
		if k := v.String(); !seen[k] {
			seen[k] = true
			out = append(out, v)
		}
	}
	return out
}

// Events returns the events that match f, ordered by date then ID (undated last). Unless f.Types
// names other types, only PLOVER events are returned; the other relations (HOLDS_OFFICE,
// NATIONALITY, …) are read with Relations or by naming their types.
func (s *Store) Events(ctx context.Context, f newsgraph.RelationFilter) ([]newsgraph.Event, error) {
	var out []newsgraph.Event
	err := s.EachEvent(ctx, f, func(e newsgraph.Event) error { out = append(out, e); return nil })
	if err != nil {
		return nil, err
	}
	sortEvents(out)
	return out, nil
}

func sortEvents(es []newsgraph.Event) {
	sort.Slice(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if (a.Date == "") != (b.Date == "") {
			return b.Date == ""
		}
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		return a.ID < b.ID
	})
}

// EachEvent calls fn for each event that matches f (see Events), in no particular order.
func (s *Store) EachEvent(ctx context.Context, f newsgraph.RelationFilter, fn func(newsgraph.Event) error) error {
	types := map[string]bool{}
	for _, t := range f.Types {
		types[strings.ToUpper(t)] = true
	}
	wantType := func(t string) bool { return types[t] || len(types) == 0 && newsgraph.IsPLOVER(t) }
	nodes, err := s.candidateEvents(ctx, f, slices.Sorted(maps.Keys(types)))
	if err != nil {
		return err
	}
	if err := s.prefetchEvents(ctx, nodes); err != nil {
		return err
	}
	sources := map[string]string{} // article IRI → source, when f.Source is set
	for _, n := range nodes {
		e, err := s.event(ctx, n)
		if err != nil {
			if newsgraph.ErrorCode(err) == newsgraph.ENOTFOUND {
				continue
			}
			return err
		}
		if !wantType(e.Type) {
			continue
		}
		if !endsMatch(e, f) || !inDates(e.Date, f.Since, f.Until) {
			continue
		}
		if f.Source != "" {
			evidence, err := s.evidenceNodes(ctx, n)
			if err != nil {
				return err
			}
			ok, err := s.reportedBy(ctx, evidence, f.Source, sources)
			if err != nil {
				return err
			}
			if !ok {
				continue
			}
		}
		if err := fn(*e); err != nil {
			return err
		}
	}
	return nil
}

func endsMatch(e *newsgraph.Event, f newsgraph.RelationFilter) bool {
	fwd := (f.Subject == "" || e.Subject == f.Subject) && (f.Object == "" || e.Object == f.Object)
	if fwd || !f.Either {
		return fwd
	}
	return (f.Subject == "" || e.Object == f.Subject) && (f.Object == "" || e.Subject == f.Object)
}

// candidateEvents returns the event nodes worth reading for f with the given types (the PLOVER
// types when none): those around its subject or object when set, else those of its types, else
// all.
func (s *Store) candidateEvents(ctx context.Context, f newsgraph.RelationFilter, types []string) ([]quad.Value, error) {
	switch {
	case f.Subject != "" && f.Object != "":
		return s.eventsBetween(ctx, f.Subject, f.Object)
	case f.Subject != "":
		return s.eventsAround(ctx, f.Subject, types)
	case f.Object != "":
		return s.eventsAround(ctx, f.Object, types)
	case len(types) > 0:
		var out []quad.Value
		for _, t := range types {
			vs, err := s.ixSubjects(ctx, PredIxEventType, quad.String(t))
			if err != nil {
				return nil, err
			}
			out = append(out, vs...)
		}
		return distinctValues(out), nil
	default:
		return s.subjects(ctx, PredType, ClassEvent)
	}
}

// eventsAround returns the event nodes of the given types (the PLOVER types when none) whose
// subject or object is the entity, from the entity's index edges.
func (s *Store) eventsAround(ctx context.Context, id string, types []string) ([]quad.Value, error) {
	if len(types) == 0 {
		types = ploverTypes
	}
	var out []quad.Value
	for _, t := range types {
		vs, err := s.eventsAroundOf(ctx, id, ixAround(t))
		if err != nil {
			return nil, err
		}
		out = append(out, vs...)
	}
	return distinctValues(out), nil
}

// eventsBetween returns the event nodes (of any type) between two entities, in either direction.
func (s *Store) eventsBetween(ctx context.Context, a, b string) ([]quad.Value, error) {
	return s.ixObjects(ctx, pairIRI(a, b), PredIxEvent)
}

// eventsAroundOf returns the objects of the entity's index edges p, cached.
func (s *Store) eventsAroundOf(ctx context.Context, id string, p quad.IRI) ([]quad.Value, error) {
	key := id + "\x00" + string(p)
	gen := s.cache.begin(ctx)
	if vs, ok := get(&s.cache, &s.cache.around, key); ok {
		return vs, nil
	}
	vs, err := s.ixObjects(ctx, EntityIRI(id), p)
	if err != nil {
		return nil, err
	}
	put(&s.cache, gen, &s.cache.around, key, vs)
	return vs, nil
}

// reportedBy reports whether one of the evidence nodes comes from an article of the source.
func (s *Store) reportedBy(ctx context.Context, evidence []quad.Value, source string, cache map[string]string) (bool, error) {
	for _, ev := range evidence {
		arts, err := s.objects(ctx, ev, PredArticle)
		if err != nil {
			return false, err
		}
		for _, a := range arts {
			src, ok := cache[a.String()]
			if !ok {
				vs, err := s.objects(ctx, a, PredSource)
				if err != nil {
					return false, err
				}
				if len(vs) > 0 {
					src = valueString(vs[0])
				}
				cache[a.String()] = src
			}
			if strings.EqualFold(src, source) {
				return true, nil
			}
		}
	}
	return false, nil
}

// Evidence returns the sentences and articles that report an event, ordered by article date
// (then article ID and offset).
func (s *Store) Evidence(ctx context.Context, eventID string) ([]newsgraph.Evidence, error) {
	gen := s.cache.begin(ctx)
	if ev, ok := get(&s.cache, &s.cache.evid, eventID); ok {
		return slices.Clone(ev), nil
	}
	if _, err := s.Event(ctx, eventID); err != nil {
		return nil, err
	}
	nodes, err := s.evidenceNodes(ctx, EventIRI(eventID))
	if err != nil {
		return nil, err
	}
	type dated struct {
		newsgraph.Evidence
		date string
	}
	dates := map[string]string{}
	var out []dated
	for _, n := range nodes {
		qs, err := s.quads(ctx, match{S: n})
		if err != nil {
			return nil, err
		}
		var d dated
		for _, q := range qs {
			switch q.Predicate {
			case PredArticle:
				d.ArticleID, _ = idOf(q.Object, prefArticle)
			case PredSentence:
				d.Sentence = valueString(q.Object)
			case PredStart:
				d.Start = intOf(q.Object)
			case PredEnd:
				d.End = intOf(q.Object)
			}
		}
		if d.ArticleID == "" {
			continue
		}
		date, ok := dates[d.ArticleID]
		if !ok {
			vs, err := s.objects(ctx, ArticleIRI(d.ArticleID), PredDate)
			if err != nil {
				return nil, err
			}
			if len(vs) > 0 {
				date = valueString(vs[0])
			}
			dates[d.ArticleID] = date
		}
		d.date = date
		out = append(out, d)
	}
	if len(out) == 0 { // every event has evidence: this one was deleted since it was read
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "event %q not found", eventID)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.date != b.date {
			return a.date < b.date
		}
		if a.ArticleID != b.ArticleID {
			return a.ArticleID < b.ArticleID
		}
		return a.Start < b.Start
	})
	res := make([]newsgraph.Evidence, len(out))
	for i, d := range out {
		res[i] = d.Evidence
	}
	put(&s.cache, gen, &s.cache.evid, eventID, slices.Clone(res))
	return res, nil
}

func intOf(v quad.Value) int {
	switch n := quad.NativeOf(v).(type) {
	case int64:
		return int(n)
	case int:
		return n
	case float64:
		return int(n)
	}
	return 0
}

// Relations returns the non-PLOVER relations (HOLDS_OFFICE, NATIONALITY, PART_OF, …) in which
// the entity is subject or object, ordered as Events.
func (s *Store) Relations(ctx context.Context, entityID string) ([]newsgraph.Event, error) {
	nodes, err := s.eventsAroundOf(ctx, entityID, PredIxOther)
	if err != nil {
		return nil, err
	}
	if err := s.prefetchEvents(ctx, nodes); err != nil {
		return nil, err
	}
	var out []newsgraph.Event
	for _, n := range nodes {
		e, err := s.event(ctx, n)
		if err != nil {
			if newsgraph.ErrorCode(err) == newsgraph.ENOTFOUND {
				continue
			}
			return nil, err
		}
		if !newsgraph.IsPLOVER(e.Type) {
			out = append(out, *e)
		}
	}
	sortEvents(out)
	return out, nil
}
