package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/lib/pq" // the driver Cayley's postgres backend uses

	"newsgraph"
)

// openPostgres opens Cayley's postgres quad store at cfg.Addr (through the pgBatched flavour),
// initialising its tables on first use, and adds the index on quads.label_hash that Cayley does
// not create (reading one article's quads by label becomes an index scan instead of a table scan)
// and the sequence the read caches of several processes watch.
func openPostgres(ctx context.Context, cfg Config, log *slog.Logger) (cgraph.QuadStore, error) {
	if cfg.Addr == "" {
		return nil, fmt.Errorf("postgres: empty database URL")
	}
	db, err := sql.Open("postgres", cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("postgres: %s: %w", redact(cfg.Addr), err)
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	var exists bool
	if err := db.QueryRowContext(ctx, `SELECT to_regclass('quads') IS NOT NULL`).Scan(&exists); err != nil {
		return nil, newsgraph.Errorf(newsgraph.EUNAVAILABLE, "postgres: cannot reach %s: %v", redact(cfg.Addr), err)
	}
	if !exists { // initialise on first use (Cayley logs an error when the tables are there)
		err = cgraph.InitQuadStore(pgBatched, cfg.Addr, nil)
	} else {
		err = cgraph.ErrDatabaseExists
	}
	switch {
	case err == nil:
		log.Info("initialised PostgreSQL store", "db", redact(cfg.Addr))
	case errors.Is(err, cgraph.ErrDatabaseExists):
	default:
		// Two processes initialising at once: one wins, the other finds the tables there.
		if qs, err2 := cgraph.NewQuadStore(pgBatched, cfg.Addr, nil); err2 == nil {
			qs.Close()
		} else {
			return nil, fmt.Errorf("postgres: initialise %s: %w", redact(cfg.Addr), err)
		}
	}
	for _, stmt := range []string{
		`CREATE INDEX IF NOT EXISTS quads_label_index ON quads (label_hash)`,
		`CREATE SEQUENCE IF NOT EXISTS newsgraph_generation`, // see readCache
	} {
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			// Two processes creating it at once: the loser fails on the catalogue's unique index.
			if _, err2 := db.ExecContext(ctx, stmt); err2 != nil {
				return nil, fmt.Errorf("postgres: %s: %w", stmt, err)
			}
		}
	}
	qs, err := cgraph.NewQuadStore(pgBatched, cfg.Addr, nil)
	if err != nil {
		return nil, fmt.Errorf("postgres: open %s: %w", redact(cfg.Addr), err)
	}
	return qs, nil
}

// redact hides the password in a database URL before it is logged or shown.
func redact(addr string) string {
	u, err := url.Parse(addr)
	if err != nil || u.User == nil {
		return addr
	}
	return u.Redacted()
}
