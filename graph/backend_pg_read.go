package graph

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/lib/pq"
)

// eachQuad answers a quad pattern on PostgreSQL in one query that joins the nodes table for the
// four values (Cayley's own path reads the matching quads' hashes and then each value with a
// query of its own, a few hundred round trips for one event). It calls fn for each quad that
// matches m (every quad when m is empty), as the rows arrive.
func (p *pgBackend) eachQuad(ctx context.Context, m match, fn func(quad.Quad) error) error {
	var (
		where []string
		args  []any
	)
	for _, f := range []struct {
		col string
		v   quad.Value
	}{{"subject_hash", m.S}, {"predicate_hash", m.P}, {"object_hash", m.O}, {"label_hash", m.L}} {
		if f.v == nil {
			continue
		}
		args = append(args, csql.NodeHash{ValueHash: refs.HashOf(f.v)}.SQLValue())
		where = append(where, "q."+f.col+" = $"+strconv.Itoa(len(args)))
	}
	cond := ""
	if len(where) > 0 {
		cond = "WHERE " + strings.Join(where, " AND ")
	}
	return p.query(ctx, cond, args, fn)
}

// eachOfSubjects calls fn for each quad whose subject is one of nodes (and whose predicate is
// pred, when not nil), a few hundred subjects a query.
func (p *pgBackend) eachOfSubjects(ctx context.Context, nodes []quad.Value, pred quad.Value, fn func(quad.Quad) error) error {
	for len(nodes) > 0 {
		n := min(len(nodes), 500)
		hashes := make(pq.ByteaArray, n)
		for i, v := range nodes[:n] {
			hashes[i] = csql.NodeHash{ValueHash: refs.HashOf(v)}.SQLValue().([]byte)
		}
		cond, args := "WHERE q.subject_hash = ANY($1)", []any{hashes}
		if pred != nil {
			cond += " AND q.predicate_hash = $2"
			args = append(args, csql.NodeHash{ValueHash: refs.HashOf(pred)}.SQLValue())
		}
		if err := p.query(ctx, cond, args, fn); err != nil {
			return err
		}
		nodes = nodes[n:]
	}
	return nil
}

// query runs the joined query of eachQuad with the condition cond.
func (p *pgBackend) query(ctx context.Context, cond string, args []any, fn func(quad.Quad) error) error {
	const cols = "value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time"
	sel := func(a string) string {
		parts := strings.Split(cols, ", ")
		for i, p := range parts {
			parts[i] = a + "." + p
		}
		return strings.Join(parts, ", ")
	}
	query := `SELECT ` + sel("s") + `, ` + sel("p") + `, ` + sel("o") + `, ` + sel("l") + `
	FROM quads q
	JOIN nodes s ON s.hash = q.subject_hash
	JOIN nodes p ON p.hash = q.predicate_hash
	JOIN nodes o ON o.hash = q.object_hash
	LEFT JOIN nodes l ON l.hash = q.label_hash
	` + cond
	rows, err := p.db.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("postgres: read quads: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var n [4]pgNode
		dest := make([]any, 0, 40)
		for i := range n {
			dest = append(dest, n[i].dest()...)
		}
		if err := rows.Scan(dest...); err != nil {
			return fmt.Errorf("postgres: read quads: %w", err)
		}
		var q quad.Quad
		for i, d := range []*quad.Value{&q.Subject, &q.Predicate, &q.Object, &q.Label} {
			if *d, err = n[i].value(); err != nil {
				return fmt.Errorf("postgres: read quads: %w", err)
			}
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("postgres: read quads: %w", err)
	}
	return nil
}

// pgNode is one row of Cayley's nodes table; value decodes it as Cayley's NameOf does.
type pgNode struct {
	data              []byte
	str, typ, lang    sql.NullString
	iri, bnode, vbool sql.NullBool
	vint              sql.NullInt64
	vfloat            sql.NullFloat64
	vtime             sql.NullTime
}

func (n *pgNode) dest() []any {
	return []any{&n.data, &n.str, &n.typ, &n.lang, &n.iri, &n.bnode, &n.vint, &n.vbool, &n.vfloat, &n.vtime}
}

func (n *pgNode) value() (quad.Value, error) {
	unesc := func(s string) string { return strings.ReplaceAll(s, `\x00`, "\u0000") }
	switch {
	case n.str.Valid:
		switch {
		case n.iri.Bool:
			return quad.IRI(n.str.String), nil
		case n.bnode.Bool:
			return quad.BNode(n.str.String), nil
		case n.lang.Valid:
			return quad.LangString{Value: quad.String(unesc(n.str.String)), Lang: n.lang.String}, nil
		case n.typ.Valid:
			return quad.TypedString{Value: quad.String(unesc(n.str.String)), Type: quad.IRI(n.typ.String)}, nil
		}
		return quad.String(unesc(n.str.String)), nil
	case n.vint.Valid:
		return quad.Int(n.vint.Int64), nil
	case n.vbool.Valid:
		return quad.Bool(n.vbool.Bool), nil
	case n.vfloat.Valid:
		return quad.Float(n.vfloat.Float64), nil
	case n.vtime.Valid:
		return quad.Time(n.vtime.Time.In(time.UTC)), nil
	case n.data == nil:
		return nil, nil // no label
	}
	return pquads.UnmarshalValue(n.data)
}
