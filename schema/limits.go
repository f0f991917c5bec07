package schema

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/kinds"
	"github.com/graphql-go/graphql/language/visitor"

	"newsgraph"
)

// DefaultListEstimate is how many items the cost limit assumes for a list without `first`.
const DefaultListEstimate = 10

// limitError is a validation error that names the limit a query broke.
type limitError struct {
	limit   string // "depth", "cost", "introspection", "tokens", …
	message string
	pos     int // where in the document the pre-scan crossed the limit (a byte offset)
}

func (e *limitError) Error() string { return e.message }

// Extensions makes the limit visible to clients: {"code": "invalid", "limit": "depth"}.
func (e *limitError) Extensions() map[string]any {
	return map[string]any{"code": newsgraph.EINVALID, "limit": e.limit}
}

// limitErr is a GraphQL error at node that names the limit it broke.
func limitErr(node ast.Node, limit, format string, args ...any) gqlerrors.FormattedError {
	e := &limitError{limit: limit, message: fmt.Sprintf(format, args...)}
	return docErr(node, e)
}

// docErr is a GraphQL error about the document at node (nil: no location), its original error
// err (nil: a plain validation error).
func docErr(node ast.Node, err error) gqlerrors.FormattedError {
	var nodes []ast.Node
	if node != nil {
		nodes = []ast.Node{node}
	}
	return gqlerrors.FormatError(gqlerrors.NewError(err.Error(), nodes, "", nil, []int{}, err))
}

// measure walks an operation, expanding fragments, and adds up depth and cost.
type measure struct {
	s        *Schema
	frags    map[string]*ast.FragmentDefinition
	vars     map[string]any
	depth    int
	cost     float64
	visits   int
	inFrag   map[string]bool
	overflow bool
}

// checkLimits measures an operation's depth and cost, with the request's variables (a
// `first: $n` counts as the value of $n) and its fragments expanded; frags holds the document's
// fragments, already checked for cycles. graphql-go has neither limit. It runs before
// graphql-go's rules, so that a refused document costs them nothing.
func (s *Schema) checkLimits(op *ast.OperationDefinition, frags map[string]*ast.FragmentDefinition, vars map[string]any) (errs []gqlerrors.FormattedError) {
	var root *graphql.Object
	switch op.Operation {
	case ast.OperationTypeMutation:
		root = s.schema.MutationType()
	default:
		root = s.schema.QueryType()
	}
	if root == nil || op.SelectionSet == nil {
		return nil
	}
	m := &measure{s: s, frags: frags, vars: vars, inFrag: map[string]bool{}}
	m.selections(op.SelectionSet, root, 0, 1, 0)
	name := "the query"
	if op.Name != nil {
		name = fmt.Sprintf("operation %q", op.Name.Value)
	}
	if m.depth > s.cfg.MaxDepth {
		errs = append(errs, limitErr(op, "depth", "%s is %d levels deep; the depth limit is %d", name, m.depth, s.cfg.MaxDepth))
	}
	if m.overflow || m.cost > float64(s.cfg.MaxCost) {
		cost := fmt.Sprintf("%.0f", m.cost)
		if m.overflow {
			cost = "more than " + cost
		}
		errs = append(errs, limitErr(op, "cost", "%s could fetch %s objects; the cost limit is %d (ask for smaller pages with `first` or fewer nested lists)", name, cost, s.cfg.MaxCost))
	}
	return errs
}

// selections measures a selection set on type parent at depth, each object counting mult times;
// first is the page size of the enclosing connection, applied to its list of edges.
func (m *measure) selections(set *ast.SelectionSet, parent *graphql.Object, depth int, mult float64, first int) {
	if set == nil || m.overflow {
		return
	}
	for _, sel := range set.Selections {
		m.visits++
		if m.cost > float64(m.s.cfg.MaxCost) || m.visits > 50*m.s.cfg.MaxCost || depth > 4*m.s.cfg.MaxDepth {
			m.overflow = true
			return
		}
		switch sel := sel.(type) {
		case *ast.Field:
			m.field(sel, parent, depth, mult, first)
		case *ast.InlineFragment:
			m.selections(sel.SelectionSet, m.condition(sel.TypeCondition, parent), depth, mult, first)
		case *ast.FragmentSpread:
			name := sel.Name.Value
			frag := m.frags[name]
			if frag == nil || m.inFrag[name] {
				continue // unknown or cyclic: other rules report it
			}
			m.inFrag[name] = true
			m.selections(frag.SelectionSet, m.condition(frag.TypeCondition, parent), depth, mult, first)
			delete(m.inFrag, name)
		}
	}
}

func (m *measure) condition(t *ast.Named, parent *graphql.Object) *graphql.Object {
	if t == nil || t.Name == nil {
		return parent
	}
	if o, ok := m.s.schema.Type(t.Name.Value).(*graphql.Object); ok {
		return o
	}
	return parent
}

func (m *measure) field(f *ast.Field, parent *graphql.Object, depth int, mult float64, first int) {
	depth++
	if depth > m.depth {
		m.depth = depth
	}
	name := f.Name.Value
	var typ graphql.Type
	switch name {
	case "__typename":
		return
	case "__schema":
		typ = graphql.NewNonNull(m.s.schema.Type("__Schema"))
	case "__type":
		typ = m.s.schema.Type("__Type")
	default:
		if parent == nil {
			return
		}
		def, ok := parent.Fields()[name]
		if !ok {
			return // FieldsOnCorrectType reports it
		}
		typ = def.Type
	}
	if f.SelectionSet == nil {
		return // a leaf: fetched with its object
	}
	isList := false
	for {
		if nn, ok := typ.(*graphql.NonNull); ok {
			typ = nn.OfType
			continue
		}
		if l, ok := typ.(*graphql.List); ok {
			isList = true
			typ = l.OfType
			continue
		}
		break
	}
	own := m.intArg(f, "first")
	if isList {
		switch {
		case own > 0:
			mult *= float64(own)
		case first > 0:
			mult *= float64(first)
		default:
			mult *= DefaultListEstimate
		}
		first = 0
	} else {
		first = own
	}
	m.cost += mult
	obj, _ := typ.(*graphql.Object)
	m.selections(f.SelectionSet, obj, depth, mult, first)
}

// intArg returns the value of an Int argument (a literal or a variable), capped at MaxPage; a
// variable that is not given counts as MaxPage, and an absent argument as 0.
func (m *measure) intArg(f *ast.Field, name string) int {
	for _, a := range f.Arguments {
		if a.Name == nil || a.Name.Value != name {
			continue
		}
		n := m.s.cfg.MaxPage
		switch v := a.Value.(type) {
		case *ast.IntValue:
			if x, err := strconv.Atoi(v.Value); err == nil {
				n = x
			}
		case *ast.Variable:
			switch x := m.vars[v.Name.Value].(type) {
			case int:
				n = x
			case float64:
				n = int(x)
			case json.Number:
				if i, err := x.Int64(); err == nil {
					n = int(i)
				}
			}
		}
		if n > m.s.cfg.MaxPage || n < 0 {
			n = m.s.cfg.MaxPage
		}
		return n
	}
	return 0
}

// noIntrospectionRule refuses __schema and __type when introspection is switched off
// (__typename stays: clients use it to tell types apart).
func noIntrospectionRule(ctx *graphql.ValidationContext) *graphql.ValidationRuleInstance {
	return &graphql.ValidationRuleInstance{VisitorOpts: &visitor.VisitorOptions{
		KindFuncMap: map[string]visitor.NamedVisitFuncs{
			kinds.Field: {Kind: func(p visitor.VisitFuncParams) (string, any) {
				if f, ok := p.Node.(*ast.Field); ok && f.Name != nil && (f.Name.Value == "__schema" || f.Name.Value == "__type") {
					e := &limitError{limit: "introspection", message: fmt.Sprintf("introspection (%s) is switched off on this server", f.Name.Value)}
					ctx.ReportError(gqlerrors.NewError(e.message, []ast.Node{f}, "", nil, []int{}, e))
				}
				return visitor.ActionNoChange, nil
			}},
		},
	}}
}
