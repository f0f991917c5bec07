package schema

import (
	"context"

	"newsgraph"
)

// Store is what the resolvers read from the graph and write to it. graph.Store implements it; the
// schema declares it here so that it asks for no more than it uses.
//
// Entity references ("Rwanda", "rwanda", "RWA", "country/RWA", "U.S.", "Nduhungirehe") are resolved
// by Resolve; every other method takes entity IDs as stored. A missing entity or article is a
// *newsgraph.Error with code ENOTFOUND.
type Store interface {
	// Resolve returns the entity named by ref: an ID, an ISO3 code, a name or an alias, in any case.
	Resolve(ctx context.Context, ref string) (*newsgraph.Entity, error)
	// Entity returns the entity with the given ID (Mentions empty).
	Entity(ctx context.Context, id string) (*newsgraph.Entity, error)
	// SearchEntities returns up to limit entities whose name or an alias starts with prefix
	// (case-insensitive), best known first (most articles), optionally of one type.
	SearchEntities(ctx context.Context, prefix, typ string, limit int) ([]newsgraph.Entity, error)
	// Events returns the events that match f, ordered by date then ID (undated last).
	Events(ctx context.Context, f newsgraph.RelationFilter) ([]newsgraph.Event, error)
	// Event returns one event by ID.
	Event(ctx context.Context, id string) (*newsgraph.Event, error)
	// Evidence returns the sentences and articles that report an event, ordered by article date.
	Evidence(ctx context.Context, eventID string) ([]newsgraph.Evidence, error)
	// Neighbours returns the IDs of the entities joined to id by an event of one of the types
	// (all types when empty), in either direction.
	Neighbours(ctx context.Context, id string, types []string) ([]string, error)
	// Paths returns up to limit shortest chains of events between two entities, at most maxHops
	// events long; each chain is the events in order from `from` to `to`.
	Paths(ctx context.Context, from, to string, maxHops, limit int) ([][]newsgraph.Event, error)
	// Article returns one article by ID (Text empty).
	Article(ctx context.Context, id string) (*newsgraph.Article, error)
	// Articles returns articles that mention the entity (all when entityID is ""), newest first,
	// with dates in [since, until] when set.
	Articles(ctx context.Context, entityID, since, until string, limit int) ([]newsgraph.Article, error)
	// ArticleEntities returns the IDs of the entities an article mentions.
	ArticleEntities(ctx context.Context, articleID string) ([]string, error)
	// Relations returns the non-event relations (HOLDS_OFFICE, NATIONALITY, PART_OF, …) in which
	// the entity is subject or object.
	Relations(ctx context.Context, entityID string) ([]newsgraph.Event, error)

	// Load stores one extraction, replacing what its article stored before, in one transaction.
	// It reports whether anything changed (false when the same content was already stored).
	Load(ctx context.Context, x *newsgraph.Extraction) (changed bool, err error)
	// DeleteArticle removes every quad labelled with the article.
	DeleteArticle(ctx context.Context, id string) error
	// Ping reports whether the store answers.
	Ping(ctx context.Context) error
}
