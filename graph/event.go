package graph

import (
	"context"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/cayleygraph/quad"

	"newsgraph"
)

// prefetchWorkers is how many goroutines read events at once on bolt and memory.
const prefetchWorkers = 4

// statusRank orders statuses by how far along an event is: when articles disagree, the furthest wins.
var statusRank = map[string]int{newsgraph.Proposed: 1, newsgraph.Ongoing: 2, newsgraph.Concluded: 3, newsgraph.Ended: 4}

// Event returns one event by ID. Articles counts the articles that report it; when they disagree
// on its status the furthest along wins (ENDED > CONCLUDED > ONGOING > PROPOSED), and an
// attribute takes the smallest value given.
func (s *Store) Event(ctx context.Context, id string) (*newsgraph.Event, error) {
	ev, _, err := s.event(ctx, EventIRI(id))
	return ev, err
}

// event reads an event node and the IRIs of its evidence nodes.
func (s *Store) event(ctx context.Context, n quad.Value) (*newsgraph.Event, []quad.Value, error) {
	gen := s.cache.begin(ctx)
	if c, ok := get(&s.cache, &s.cache.events, n.String()); ok {
		e := cloneEvent(c.e)
		return &e, c.evidence, nil
	}
	qs, err := s.quads(ctx, match{S: n})
	if err != nil {
		return nil, nil, err
	}
	e, evidence, err := eventFrom(n, qs)
	if err != nil {
		return nil, nil, err
	}
	put(&s.cache, gen, &s.cache.events, n.String(), eventEntry{cloneEvent(*e), evidence})
	return e, evidence, nil
}

// prefetchEvents reads the event nodes not yet cached into the cache: on PostgreSQL in a few
// queries instead of one per event, elsewhere on prefetchWorkers goroutines (errors are left for
// the caller's own read to meet).
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
	if s.db == nil {
		if len(missing) < 16 {
			return nil
		}
		var wg sync.WaitGroup
		ch := make(chan quad.Value)
		for range prefetchWorkers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for n := range ch {
					s.event(ctx, n)
				}
			}()
		}
		for _, n := range missing {
			ch <- n
		}
		close(ch)
		wg.Wait()
		return nil
	}
	bySubject := map[string][]quad.Quad{}
	err := s.pgSubjects(ctx, missing, nil, func(q quad.Quad) error {
		k := q.Subject.String()
		bySubject[k] = append(bySubject[k], q)
		return nil
	})
	if err != nil {
		return err
	}
	for _, n := range missing {
		if e, evidence, err := eventFrom(n, bySubject[n.String()]); err == nil {
			put(&s.cache, gen, &s.cache.events, n.String(), eventEntry{*e, evidence})
		}
	}
	return nil
}

// eventFrom assembles an event from the quads of its node.
func eventFrom(n quad.Value, qs []quad.Quad) (*newsgraph.Event, []quad.Value, error) {
	id, _ := idOf(n, prefEvent)
	e := &newsgraph.Event{ID: id}
	labels := map[string]bool{}
	var evidence []quad.Value
	for _, q := range qs {
		p, _ := q.Predicate.(quad.IRI)
		switch p {
		case PredEventType:
			e.Type = valueString(q.Object)
			labels[q.Label.String()] = true
		case PredSubject:
			e.Subject, _ = idOf(q.Object, prefEntity)
		case PredObject:
			e.Object, _ = idOf(q.Object, prefEntity)
		case PredDate:
			e.Date = valueString(q.Object)
		case PredStatus:
			if st := valueString(q.Object); statusRank[st] > statusRank[e.Status] {
				e.Status = st
			}
		case PredEvidence:
			evidence = append(evidence, q.Object)
		default:
			if k, ok := idOf(p, prefAttr); ok {
				v := valueString(q.Object)
				if e.Attrs == nil {
					e.Attrs = map[string]string{}
				}
				if old, ok := e.Attrs[k]; !ok || v < old {
					e.Attrs[k] = v
				}
			}
		}
	}
	if e.Type == "" {
		return nil, nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "event %q not found", id)
	}
	e.Articles = len(labels)
	return e, distinctValues(evidence), nil
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
	nodes, err := s.candidateEvents(ctx, f)
	if err != nil {
		return err
	}
	types := map[string]bool{}
	for _, t := range f.Types {
		types[strings.ToUpper(t)] = true
	}
	wantType := func(t string) bool { return types[t] || len(types) == 0 && newsgraph.IsPLOVER(t) }
	if s.db == nil && (f.Subject != "" || f.Object != "") {
		// Around an entity, most events are often of other types: read only the type of those
		// not cached before reading whole events (an event has a few quads for each article).
		if nodes, err = s.filterEventTypes(ctx, nodes, wantType); err != nil {
			return err
		}
	}
	if err := s.prefetchEvents(ctx, nodes); err != nil {
		return err
	}
	sources := map[string]string{} // article IRI → source, when f.Source is set
	for _, n := range nodes {
		e, evidence, err := s.event(ctx, n)
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

// candidateEvents returns the event nodes worth reading for f: those around its subject or
// object when set, else those of its types, else all.
func (s *Store) candidateEvents(ctx context.Context, f newsgraph.RelationFilter) ([]quad.Value, error) {
	var out []quad.Value
	addAround := func(id string) error {
		vs, err := s.eventsAround(ctx, id)
		out = append(out, vs...)
		return err
	}
	switch {
	case f.Subject != "":
		if err := addAround(f.Subject); err != nil {
			return nil, err
		}
	case f.Object != "":
		if err := addAround(f.Object); err != nil {
			return nil, err
		}
	case len(f.Types) > 0:
		for _, t := range f.Types {
			vs, err := s.subjects(ctx, PredEventType, quad.String(strings.ToUpper(t)))
			if err != nil {
				return nil, err
			}
			out = append(out, vs...)
		}
	default:
		return s.subjects(ctx, PredType, ClassEvent)
	}
	return distinctValues(out), nil
}

// filterEventTypes keeps the event nodes whose type passes want, reading only the type of the
// events not cached (on prefetchWorkers goroutines).
func (s *Store) filterEventTypes(ctx context.Context, nodes []quad.Value, want func(string) bool) ([]quad.Value, error) {
	gen := s.cache.begin(ctx)
	keep := make([]bool, len(nodes))
	errs := make([]error, len(nodes))
	var wg sync.WaitGroup
	ch := make(chan int)
	for range prefetchWorkers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range ch {
				n := nodes[i]
				if c, ok := get(&s.cache, &s.cache.events, n.String()); ok {
					keep[i] = want(c.e.Type)
					continue
				}
				ts, ok := get(&s.cache, &s.cache.etypes, n.String())
				if !ok {
					vs, err := s.objects(ctx, n, PredEventType)
					if errs[i] = err; err != nil {
						continue
					}
					for _, v := range vs {
						ts = append(ts, valueString(v))
					}
					put(&s.cache, gen, &s.cache.etypes, n.String(), ts)
				}
				for _, t := range ts {
					keep[i] = keep[i] || want(t)
				}
			}
		}()
	}
	for i := range nodes {
		ch <- i
	}
	close(ch)
	wg.Wait()
	var out []quad.Value
	for i, n := range nodes {
		if errs[i] != nil {
			return nil, errs[i]
		}
		if keep[i] {
			out = append(out, n)
		}
	}
	return out, nil
}

// eventsAround returns the event nodes whose subject or object is the entity.
func (s *Store) eventsAround(ctx context.Context, id string) ([]quad.Value, error) {
	gen := s.cache.begin(ctx)
	if vs, ok := get(&s.cache, &s.cache.around, id); ok {
		return vs, nil
	}
	var out []quad.Value
	for _, p := range []quad.IRI{PredSubject, PredObject} {
		vs, err := s.subjects(ctx, p, EntityIRI(id))
		if err != nil {
			return nil, err
		}
		out = append(out, vs...)
	}
	out = distinctValues(out)
	put(&s.cache, gen, &s.cache.around, id, out)
	return out, nil
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
	_, nodes, err := s.event(ctx, EventIRI(eventID))
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
	nodes, err := s.candidateEvents(ctx, newsgraph.RelationFilter{Subject: entityID})
	if err != nil {
		return nil, err
	}
	var out []newsgraph.Event
	for _, n := range nodes {
		e, _, err := s.event(ctx, n)
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
