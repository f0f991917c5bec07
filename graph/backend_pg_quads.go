package graph

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// pgRows is how many rows one INSERT carries (PostgreSQL allows 65,535 parameters a statement).
const pgRows = 1000

// applyQuads writes the quad changes d into Cayley's tables (nodes, quads) inside tx, as Cayley's
// sql ApplyDeltas does with IgnoreDup and IgnoreMissing, but in the caller's transaction and many
// rows a statement: nodes get their reference counts raised (inserted when new), quads are added,
// deleted quads lower the counts of their nodes, and nodes no quad uses any more go.
// TestPostgresTablesCayleyReads pins that Cayley reads what this writes, and the reverse.
func applyQuads(ctx context.Context, tx *sql.Tx, d []cgraph.Delta) error {
	deltas := graphlog.SplitDeltas(d)
	if err := runTxBatched(tx, deltas.IncNode, deltas.QuadAdd, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
		return err
	}
	if len(deltas.QuadDel) == 0 {
		return nil
	}
	var cols [4]pq.ByteaArray
	for _, u := range deltas.QuadDel {
		for i, h := range u.Quad.Dirs() {
			b, _ := csql.NodeHash{ValueHash: h}.SQLValue().([]byte)
			if b == nil {
				return fmt.Errorf("postgres: delete a quad without a %s", quad.Directions[i])
			}
			cols[i] = append(cols[i], b)
		}
	}
	rows, err := tx.QueryContext(ctx, `DELETE FROM quads q
	USING unnest($1::bytea[], $2::bytea[], $3::bytea[], $4::bytea[]) AS d(s, p, o, l)
	WHERE q.subject_hash = d.s AND q.predicate_hash = d.p AND q.object_hash = d.o AND q.label_hash = d.l
	RETURNING d.s, d.p, d.o, d.l`, cols[0], cols[1], cols[2], cols[3])
	if err != nil {
		return fmt.Errorf("postgres: delete quads: %w", err)
	}
	deleted := map[[4]string]bool{}
	for rows.Next() {
		var k [4][]byte
		if err := rows.Scan(&k[0], &k[1], &k[2], &k[3]); err != nil {
			rows.Close()
			return fmt.Errorf("postgres: delete quads: %w", err)
		}
		deleted[[4]string{string(k[0]), string(k[1]), string(k[2]), string(k[3])}] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("postgres: delete quads: %w", err)
	}
	// A quad that was not there lowers no count (Cayley's IgnoreMissing does the same).
	fix := map[refs.ValueHash]int{}
	for i := range deltas.QuadDel {
		k := [4]string{string(cols[0][i]), string(cols[1][i]), string(cols[2][i]), string(cols[3][i])}
		if !deleted[k] {
			for _, dir := range quad.Directions {
				if h := deltas.QuadDel[i].Quad.Get(dir); h.Valid() {
					fix[h]++
				}
			}
		}
	}
	var incs pq.Int64Array
	var hashes pq.ByteaArray
	for _, n := range deltas.DecNode {
		if inc := n.RefInc + fix[n.Hash]; inc != 0 {
			incs = append(incs, int64(inc))
			hashes = append(hashes, csql.NodeHash{ValueHash: n.Hash}.SQLValue().([]byte))
		}
	}
	if len(hashes) == 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE nodes SET refs = nodes.refs + d.n
	FROM unnest($1::bigint[], $2::bytea[]) AS d(n, h) WHERE nodes.hash = d.h`, incs, hashes); err != nil {
		return fmt.Errorf("postgres: update nodes: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM nodes WHERE hash = ANY($1) AND refs <= 0`, hashes); err != nil {
		return fmt.Errorf("postgres: delete nodes: %w", err)
	}
	return nil
}

// runTxBatched adds nodes (raising the reference counts of those already there) and quads as
// Cayley's postgres RunTx does, many rows a statement (one INSERT per row made loading a round
// trip per quad).
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
