package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers Cayley's "postgres" (its schema)
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"

	"newsgraph"
)

// pgBackend keeps the quads in Cayley's PostgreSQL tables (nodes, quads) and the derived data in
// tables of its own, all written in one SQL transaction per batch:
//
//	newsgraph_summaries (node bytea PRIMARY KEY, summary text)    JSON, as summary.go encodes it
//	newsgraph_edges     (p bytea, s bytea, o bytea)               PRIMARY KEY (p, s, o), index (p, o, s)
//	newsgraph_marks     (key text PRIMARY KEY, value text)        derived_version, dirty, generation
//
// Only a writer creates the schema; a read-only store (a hot standby, or Config.ReadOnly) runs
// no DDL and no write, and says so when the schema is not there.
type pgBackend struct {
	db *sql.DB
	ro bool
}

// pgSchema is the DDL a writer runs when a table is missing (Cayley's own tables first).
var pgSchema = []string{
	// reading one article's quads by label becomes an index scan instead of a table scan
	`CREATE INDEX IF NOT EXISTS quads_label_index ON quads (label_hash)`,
	`CREATE TABLE IF NOT EXISTS newsgraph_summaries (node bytea PRIMARY KEY, summary text NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS newsgraph_edges (p bytea NOT NULL, s bytea NOT NULL, o bytea NOT NULL, PRIMARY KEY (p, s, o))`,
	`CREATE INDEX IF NOT EXISTS newsgraph_edges_to ON newsgraph_edges (p, o, s)`,
	`CREATE TABLE IF NOT EXISTS newsgraph_marks (key text PRIMARY KEY, value text NOT NULL)`,
	`INSERT INTO newsgraph_marks (key, value) VALUES ('generation', '0') ON CONFLICT DO NOTHING`,
}

// pgTables are the tables a store needs; a reader checks they are there.
var pgTables = []string{"quads", "nodes", "newsgraph_summaries", "newsgraph_edges", "newsgraph_marks"}

// openPostgres opens the store at cfg.Addr: a writer creates what is missing of the schema
// (Cayley's tables through Cayley, then newsgraph's); a reader (cfg.ReadOnly, or a server in
// recovery: a hot standby) only checks that it is there.
func openPostgres(ctx context.Context, cfg Config, log *slog.Logger) (*pgBackend, error) {
	if cfg.Addr == "" {
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "postgres: empty database URL")
	}
	db, err := sql.Open("postgres", cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("postgres: %s: %w", redact(cfg.Addr), err)
	}
	p := &pgBackend{db: db}
	if err := p.prepare(ctx, cfg, log); err != nil {
		db.Close()
		return nil, err
	}
	return p, nil
}

func (p *pgBackend) prepare(ctx context.Context, cfg Config, log *slog.Logger) error {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	var standby bool
	if err := p.db.QueryRowContext(ctx, `SELECT pg_is_in_recovery()`).Scan(&standby); err != nil {
		return newsgraph.Errorf(newsgraph.EUNAVAILABLE, "postgres: cannot reach %s: %v", redact(cfg.Addr), err)
	}
	p.ro = cfg.ReadOnly || standby
	missing, err := p.missingTables(ctx)
	if err != nil {
		return err
	}
	if p.ro {
		if len(missing) > 0 {
			why := "opened read-only"
			if standby {
				why = "a hot standby"
			}
			return newsgraph.Errorf(newsgraph.EUNAVAILABLE,
				"postgres: %s has no newsgraph schema (missing %v), and it is %s, which creates none: load or import into the primary (a writer) first",
				redact(cfg.Addr), missing, why)
		}
		log.Debug("postgres store open read-only", "standby", standby)
		return nil
	}
	if len(missing) == 0 {
		return nil
	}
	if err := initCayley(ctx, p.db, cfg.Addr); err != nil {
		return err
	}
	for _, stmt := range pgSchema {
		if _, err := p.db.ExecContext(ctx, stmt); err != nil {
			// Two processes creating it at once: the loser fails on the catalogue's unique index.
			if _, err2 := p.db.ExecContext(ctx, stmt); err2 != nil {
				return fmt.Errorf("postgres: %s: %w", stmt, err)
			}
		}
	}
	log.Info("initialised PostgreSQL store", "db", redact(cfg.Addr))
	return nil
}

// missingTables returns the tables of pgTables that are not there.
func (p *pgBackend) missingTables(ctx context.Context) ([]string, error) {
	var missing []string
	for _, t := range pgTables {
		var ok bool
		if err := p.db.QueryRowContext(ctx, `SELECT to_regclass($1) IS NOT NULL`, t).Scan(&ok); err != nil {
			return nil, fmt.Errorf("postgres: look for table %s: %w", t, err)
		}
		if !ok {
			missing = append(missing, t)
		}
	}
	return missing, nil
}

// initCayley creates Cayley's tables when they are missing.
func initCayley(ctx context.Context, db *sql.DB, addr string) error {
	var exists bool
	if err := db.QueryRowContext(ctx, `SELECT to_regclass('quads') IS NOT NULL`).Scan(&exists); err != nil {
		return fmt.Errorf("postgres: %w", err)
	}
	if exists {
		return nil
	}
	err := cgraph.InitQuadStore("postgres", addr, nil)
	if err == nil || errors.Is(err, cgraph.ErrDatabaseExists) {
		return nil
	}
	// Two processes initialising at once: one wins, the other finds the tables there.
	if err2 := db.QueryRowContext(ctx, `SELECT to_regclass('quads') IS NOT NULL`).Scan(&exists); err2 == nil && exists {
		return nil
	}
	return fmt.Errorf("postgres: initialise %s: %w", redact(addr), err)
}

func (p *pgBackend) name() string   { return "postgres" }
func (p *pgBackend) readOnly() bool { return p.ro }
func (p *pgBackend) close() error   { return p.db.Close() }

func (p *pgBackend) ping(ctx context.Context) error { return p.db.PingContext(ctx) }

// errReadOnly is returned by the writes of a read-only store.
var errReadOnly = newsgraph.Errorf(newsgraph.EUNAVAILABLE, "the store is read-only (a PostgreSQL standby, or opened read-only): write to the primary")

// write: see backend. Quads, derived data and the generation change in one SQL transaction.
func (p *pgBackend) write(ctx context.Context, d []cgraph.Delta, dc *derivedChanges) error {
	if p.ro {
		return errReadOnly
	}
	tx, err := p.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("postgres: begin: %w", err)
	}
	defer tx.Rollback()
	if len(d) > 0 {
		if err := applyQuads(ctx, tx, d); err != nil {
			return fmt.Errorf("write %d quad changes: %w", len(d), err)
		}
	}
	if err := writeDerived(ctx, tx, dc); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE newsgraph_marks SET value = (value::bigint + 1)::text WHERE key = 'generation'`); err != nil {
		return fmt.Errorf("postgres: advance the generation: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("postgres: commit: %w", err)
	}
	return nil
}

// writeDerived writes the derived data's changes inside tx, with UPSERTs.
func writeDerived(ctx context.Context, tx *sql.Tx, dc *derivedChanges) error {
	if dc.empty() {
		return nil
	}
	exec := func(what, q string, args ...any) error {
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("postgres: %s: %w", what, err)
		}
		return nil
	}
	if dc.clear {
		if err := exec("clear the derived data", `DELETE FROM newsgraph_summaries; DELETE FROM newsgraph_edges`); err != nil {
			return err
		}
	}
	var putN, delN pq.ByteaArray
	var putS pq.StringArray
	for n, sm := range dc.sums {
		if len(sm) == 0 {
			delN = append(delN, []byte(n))
			continue
		}
		b, err := encodeSummary(sm)
		if err != nil {
			return err
		}
		putN, putS = append(putN, []byte(n)), append(putS, string(b))
	}
	var add, del [3]pq.ByteaArray
	for e, ok := range dc.edges {
		t := &del
		if ok {
			t = &add
		}
		t[0], t[1], t[2] = append(t[0], []byte(e.p)), append(t[1], []byte(e.s)), append(t[2], []byte(e.o))
	}
	steps := []struct {
		n          int
		what, stmt string
		args       []any
	}{
		{len(delN), "delete summaries", `DELETE FROM newsgraph_summaries WHERE node = ANY($1)`, []any{delN}},
		{len(putN), "write summaries", `INSERT INTO newsgraph_summaries (node, summary) SELECT * FROM unnest($1::bytea[], $2::text[])
			ON CONFLICT (node) DO UPDATE SET summary = EXCLUDED.summary`, []any{putN, putS}},
		{len(del[0]), "delete index edges", `DELETE FROM newsgraph_edges e USING unnest($1::bytea[], $2::bytea[], $3::bytea[]) AS d(p, s, o)
			WHERE e.p = d.p AND e.s = d.s AND e.o = d.o`, []any{del[0], del[1], del[2]}},
		{len(add[0]), "add index edges", `INSERT INTO newsgraph_edges (p, s, o) SELECT * FROM unnest($1::bytea[], $2::bytea[], $3::bytea[])
			ON CONFLICT DO NOTHING`, []any{add[0], add[1], add[2]}},
	}
	for _, st := range steps {
		if st.n > 0 {
			if err := exec(st.what, st.stmt, st.args...); err != nil {
				return err
			}
		}
	}
	for k, v := range dc.marks {
		var err error
		if v == "" {
			err = exec("delete mark "+k, `DELETE FROM newsgraph_marks WHERE key = $1`, k)
		} else {
			err = exec("set mark "+k, `INSERT INTO newsgraph_marks (key, value) VALUES ($1, $2)
				ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, k, v)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// summaries reads the summaries of nodes, a few thousand a query.
func (p *pgBackend) summaries(ctx context.Context, nodes []quad.Value) (map[quad.Value]summary, error) {
	out := make(map[quad.Value]summary, len(nodes))
	for len(nodes) > 0 {
		part := nodes[:min(len(nodes), 2000)]
		nodes = nodes[len(part):]
		keys := make(pq.ByteaArray, len(part))
		byKey := make(map[string]quad.Value, len(part))
		for i, n := range part {
			keys[i] = []byte(valueString(n))
			byKey[string(keys[i])] = n
		}
		rows, err := p.db.QueryContext(ctx, `SELECT node, summary FROM newsgraph_summaries WHERE node = ANY($1)`, keys)
		if err != nil {
			return nil, fmt.Errorf("postgres: read summaries: %w", err)
		}
		err = eachRow(rows, func(k []byte, v string) error {
			n := byKey[string(k)]
			sm, err := decodeSummary(n, []byte(v))
			out[n] = sm
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("postgres: read summaries: %w", err)
		}
	}
	return out, nil
}

// eachRow calls fn with each row of (bytea, text) and closes rows.
func eachRow(rows *sql.Rows, fn func([]byte, string) error) error {
	defer rows.Close()
	for rows.Next() {
		var k []byte
		var v string
		if err := rows.Scan(&k, &v); err != nil {
			return err
		}
		if err := fn(k, v); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (p *pgBackend) edges(ctx context.Context, q string, a, b string) ([]string, error) {
	rows, err := p.db.QueryContext(ctx, q, []byte(a), []byte(b))
	if err != nil {
		return nil, fmt.Errorf("postgres: read index edges: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v []byte
		if err := rows.Scan(&v); err != nil {
			return nil, fmt.Errorf("postgres: read index edges: %w", err)
		}
		out = append(out, string(v))
	}
	return out, rows.Err()
}

func (p *pgBackend) edgesFrom(ctx context.Context, subj string, pred quad.IRI) ([]string, error) {
	return p.edges(ctx, `SELECT o FROM newsgraph_edges WHERE p = $1 AND s = $2 ORDER BY o`, string(pred), subj)
}

func (p *pgBackend) edgesTo(ctx context.Context, pred quad.IRI, obj string) ([]string, error) {
	return p.edges(ctx, `SELECT s FROM newsgraph_edges WHERE p = $1 AND o = $2 ORDER BY s`, string(pred), obj)
}

func (p *pgBackend) eachDerived(ctx context.Context, sum func(string, summary) error, edgeFn func(edge) error) error {
	rows, err := p.db.QueryContext(ctx, `SELECT node, summary FROM newsgraph_summaries`)
	if err != nil {
		return fmt.Errorf("postgres: read summaries: %w", err)
	}
	err = eachRow(rows, func(k []byte, v string) error {
		sm, err := decodeSummary(quad.IRI(k), []byte(v))
		if err != nil {
			return err
		}
		return sum(string(k), sm)
	})
	if err != nil {
		return fmt.Errorf("postgres: read summaries: %w", err)
	}
	rows, err = p.db.QueryContext(ctx, `SELECT p, s, o FROM newsgraph_edges`)
	if err != nil {
		return fmt.Errorf("postgres: read index edges: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e [3][]byte
		if err := rows.Scan(&e[0], &e[1], &e[2]); err != nil {
			return fmt.Errorf("postgres: read index edges: %w", err)
		}
		if err := edgeFn(edge{p: string(e[0]), s: string(e[1]), o: string(e[2])}); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (p *pgBackend) mark(ctx context.Context, key string) (string, error) {
	var v string
	err := p.db.QueryRowContext(ctx, `SELECT value FROM newsgraph_marks WHERE key = $1`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("postgres: read mark %s: %w", key, err)
	}
	return v, nil
}

// generation reads the counter every write advances in its transaction: a plain row, so a hot
// standby sees it change with the data it replays.
func (p *pgBackend) generation(ctx context.Context) (int64, error) {
	v, err := p.mark(ctx, "generation")
	if err != nil {
		return 0, err
	}
	return strconv.ParseInt(v, 10, 64)
}

// lockWriters takes a session advisory lock that newsgraph's writers share (the summaries are
// read, then rewritten, by each writer).
func (p *pgBackend) lockWriters(ctx context.Context) (func(), error) {
	if p.ro {
		return nil, errReadOnly
	}
	conn, err := p.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("postgres: lock writers: %w", err)
	}
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, writersLockKey); err != nil {
		conn.Close()
		return nil, fmt.Errorf("postgres: lock writers: %w", err)
	}
	return func() {
		conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, writersLockKey)
		conn.Close()
	}, nil
}

// writersLockKey is the advisory lock newsgraph's writers take on PostgreSQL.
const writersLockKey = 7_284_113_021

// redact hides the password in a database URL before it is logged or shown.
func redact(addr string) string {
	u, err := url.Parse(addr)
	if err != nil || u.User == nil {
		return addr
	}
	return u.Redacted()
}
