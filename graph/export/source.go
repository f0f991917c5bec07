package export

import (
	"context"
	"io"
	"regexp"
	"strings"

	"newsgraph"
)

// Source is what the exporters read from the graph; *graph.Store implements it. A missing entity
// or article is a *newsgraph.Error with code ENOTFOUND.
type Source interface {
	// EachEntity calls fn for every stored entity.
	EachEntity(ctx context.Context, fn func(newsgraph.Entity) error) error
	// EachEvent calls fn for every event that matches f (PLOVER events only when f.Types is empty).
	EachEvent(ctx context.Context, f newsgraph.RelationFilter, fn func(newsgraph.Event) error) error
	// Entity returns one entity by ID; Resolve by a name, alias, code or ID.
	Entity(ctx context.Context, id string) (*newsgraph.Entity, error)
	Resolve(ctx context.Context, ref string) (*newsgraph.Entity, error)
	// Evidence returns the sentences and articles that report an event.
	Evidence(ctx context.Context, eventID string) ([]newsgraph.Evidence, error)
	// Article returns one article by ID (without text).
	Article(ctx context.Context, id string) (*newsgraph.Article, error)
	// WriteNQuads writes every quad of the store, labelled with its article's IRI.
	WriteNQuads(ctx context.Context, w io.Writer) error
}

// Filter selects a subgraph. The zero Filter selects the whole graph: every entity and every
// PLOVER event (and, in the RDF formats, every quad the store holds).
type Filter struct {
	// Entity, when set, is a name, alias, code or ID; the subgraph is the entities within Depth
	// events of it (counting only the events the other fields select) and the events among them.
	Entity string
	// Depth is how many events away from Entity the subgraph reaches: 1 (the default) to MaxDepth.
	Depth int
	// Since and Until bound event dates by prefix (YYYY, YYYY-MM or YYYY-MM-DD), inclusive.
	Since, Until string
	// Types are event types (PLOVER, or other relation names such as HOLDS_OFFICE).
	Types []string
	// Class is a quad class: verbal-coop, material-coop, verbal-conflict or material-conflict.
	Class string
	// Source keeps events reported by an article of this source (e.g. "NYT"), in any case.
	Source string
}

// MaxDepth is the deepest neighbourhood Filter.Depth may ask for.
const MaxDepth = 4

var (
	datePattern = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)
	typePattern = regexp.MustCompile(`^[A-Z][A-Z_]{1,39}$`)
	classes     = map[string][]string{
		"verbal-coop":       newsgraph.VerbalCooperation,
		"material-coop":     newsgraph.MaterialCooperation,
		"verbal-conflict":   newsgraph.VerbalConflict,
		"material-conflict": newsgraph.MaterialConflict,
	}
)

// whole reports whether f selects the whole graph.
func (f Filter) whole() bool {
	return f.Entity == "" && f.Since == "" && f.Until == "" && len(f.Types) == 0 && f.Class == "" && f.Source == ""
}

// relationFilter checks f and returns the event filter it stands for (types and class combined).
// A bad field is an EINVALID *newsgraph.Error naming it.
func (f *Filter) relationFilter() (newsgraph.RelationFilter, error) {
	bad := func(format string, args ...any) (newsgraph.RelationFilter, error) {
		return newsgraph.RelationFilter{}, newsgraph.Errorf(newsgraph.EINVALID, format, args...)
	}
	f.Entity = strings.TrimSpace(f.Entity)
	switch {
	case f.Depth < 0 || f.Depth > MaxDepth:
		return bad("depth %d: want 1 to %d", f.Depth, MaxDepth)
	case f.Depth > 0 && f.Entity == "":
		return bad("depth needs an entity")
	case f.Entity != "" && f.Depth == 0:
		f.Depth = 1
	case len(f.Entity) > 200:
		return bad("entity: longer than 200 bytes")
	case len(f.Source) > 200:
		return bad("source: longer than 200 bytes")
	}
	for _, d := range []struct{ name, v string }{{"since", f.Since}, {"until", f.Until}} {
		if d.v != "" && !datePattern.MatchString(d.v) {
			return bad("%s %q: want YYYY, YYYY-MM or YYYY-MM-DD", d.name, d.v)
		}
	}
	if f.Since != "" && f.Until != "" && f.Since > f.Until && !strings.HasPrefix(f.Since, f.Until) {
		return bad("since %s is after until %s", f.Since, f.Until)
	}
	var types []string
	for _, t := range f.Types {
		t = strings.ToUpper(strings.TrimSpace(t))
		if t == "" {
			continue
		}
		if !typePattern.MatchString(t) {
			return bad("type %q: want an event type such as AGREE or FIGHT", t)
		}
		types = append(types, t)
	}
	if f.Class != "" {
		ct, ok := classes[strings.ToLower(f.Class)]
		if !ok {
			return bad("class %q: want verbal-coop, material-coop, verbal-conflict or material-conflict", f.Class)
		}
		if len(types) == 0 {
			types = ct
		} else {
			var both []string
			for _, t := range types {
				if newsgraph.QuadClass(t) == strings.ToLower(f.Class) {
					both = append(both, t)
				}
			}
			if len(both) == 0 {
				return bad("types %s: none is in class %s", strings.Join(types, ","), f.Class)
			}
			types = both
		}
	}
	return newsgraph.RelationFilter{Types: types, Since: f.Since, Until: f.Until, Source: strings.TrimSpace(f.Source)}, nil
}
