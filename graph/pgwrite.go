package graph

import (
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/cayley/graph/sql/postgres"
)

// pgBatched is Cayley's postgres backend with one change: nodes and quads are added with
// multi-row INSERTs (pgRows rows a statement) instead of one INSERT per row, which made loading
// into PostgreSQL a round trip per quad. The tables, indexes, reads and deletes are Cayley's own,
// so a database written by either opens with both.
const pgBatched = "newsgraph-postgres"

// pgRows is how many rows one INSERT carries (PostgreSQL allows 65,535 parameters a statement).
const pgRows = 1000

func init() {
	csql.Register(pgBatched, csql.Registration{
		Driver:             "postgres",
		HashType:           `BYTEA`,
		BytesType:          `BYTEA`,
		HorizonType:        `BIGSERIAL`,
		TimeType:           `timestamp with time zone`,
		QueryDialect:       postgres.QueryDialect,
		ConditionalIndexes: true,
		FillFactor:         true,
		Error:              postgres.ConvError,
		Estimated: func(table string) string {
			return "SELECT reltuples::BIGINT AS estimate FROM pg_class WHERE relname='" + table + "';"
		},
		RunTx: runTxBatched,
	})
}

// runTxBatched adds nodes (raising the reference counts of those already there) and quads as
// Cayley's postgres RunTx does, many rows a statement.
func runTxBatched(tx *sql.Tx, nodes []graphlog.NodeUpdate, quads []graphlog.QuadUpdate, opts cgraph.IgnoreOpts) error {
	byType := map[csql.ValueType][][]any{}
	var order []csql.ValueType
	for _, n := range nodes {
		if n.RefInc < 0 {
			return fmt.Errorf("postgres: unexpected node decrement")
		}
		key, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: n.Hash}, n.Val)
		if err != nil {
			return err
		}
		if _, ok := byType[key]; !ok {
			order = append(order, key)
		}
		byType[key] = append(byType[key], append([]any{n.RefInc}, vals...))
	}
	for _, key := range order {
		cols := append([]string{"refs", "hash"}, key.Columns()...)
		err := insertRows(tx, `INSERT INTO nodes(`+strings.Join(cols, ", ")+`) VALUES `,
			` ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`, byType[key])
		if err != nil {
			return fmt.Errorf("postgres: insert nodes: %w", err)
		}
	}
	rows := make([][]any, 0, len(quads))
	for _, q := range quads {
		if q.Del {
			return fmt.Errorf("postgres: unexpected quad delete")
		}
		row := make([]any, 0, 4)
		for _, h := range q.Quad.Dirs() {
			row = append(row, csql.NodeHash{ValueHash: h}.SQLValue())
		}
		rows = append(rows, row)
	}
	end := ""
	if opts.IgnoreDup {
		end = ` ON CONFLICT DO NOTHING`
	}
	// ts is set by now(), as Cayley does.
	if err := insertRows(tx, `INSERT INTO quads(subject_hash, predicate_hash, object_hash, label_hash, ts) VALUES `, end, rows, "now()"); err != nil {
		if strings.Contains(err.Error(), "23505") || strings.Contains(err.Error(), "duplicate key") {
			return &cgraph.DeltaError{Err: cgraph.ErrQuadExists}
		}
		return fmt.Errorf("postgres: insert quads: %w", err)
	}
	return nil
}

// insertRows runs head + "(…), (…)" + tail for the rows, pgRows at a time; extra are SQL
// expressions appended to every row.
func insertRows(tx *sql.Tx, head, tail string, rows [][]any, extra ...string) error {
	for len(rows) > 0 {
		n := min(len(rows), pgRows)
		var b strings.Builder
		b.WriteString(head)
		args := make([]any, 0, n*len(rows[0]))
		for i, row := range rows[:n] {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteByte('(')
			for j, v := range row {
				if j > 0 {
					b.WriteString(", ")
				}
				args = append(args, v)
				b.WriteString("$" + strconv.Itoa(len(args)))
			}
			for _, e := range extra {
				b.WriteString(", " + e)
			}
			b.WriteByte(')')
		}
		b.WriteString(tail)
		if _, err := tx.Exec(b.String(), args...); err != nil {
			return err
		}
		rows = rows[n:]
	}
	return nil
}
