package schema

import (
	"strings"

	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/ast"

	"newsgraph"
)

// fragments is what checkFragments learnt of a document: its fragments by name.
type fragments map[string]*ast.FragmentDefinition

// docFragments returns the fragments of doc in the order they are written (the first of two
// with one name).
func docFragments(doc *ast.Document) []*ast.FragmentDefinition {
	var out []*ast.FragmentDefinition
	for _, d := range doc.Definitions {
		if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil {
			out = append(out, f)
		}
	}
	return out
}

// checkFragments refuses, before any of graphql-go's rules runs, a document with a spread of an
// unknown fragment, a fragment that spreads itself (directly or through others: graphql-go's
// overlapping-fields rule would recurse until the stack overflows, which kills the process), or
// an operation or fragment with more than max fields once its fragments are expanded. The walk
// is recursive only as deep as the pre-scan allowed selection sets to nest.
func checkFragments(doc *ast.Document, max int) (fragments, []gqlerrors.FormattedError) {
	frags, order := fragments{}, docFragments(doc)
	for _, f := range order {
		if _, dup := frags[f.Name.Value]; !dup {
			frags[f.Name.Value] = f
		}
	}
	var errs []gqlerrors.FormattedError
	for _, d := range doc.Definitions {
		var set *ast.SelectionSet
		switch d := d.(type) {
		case *ast.OperationDefinition:
			set = d.SelectionSet
		case *ast.FragmentDefinition:
			set = d.SelectionSet
		}
		eachSpread(set, func(sp *ast.FragmentSpread) {
			if frags[sp.Name.Value] == nil {
				errs = append(errs, docErr(sp, newsgraph.Errorf(newsgraph.EINVALID, "unknown fragment %q", sp.Name.Value)))
			}
		})
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if cycle := frags.cycle(order); cycle != nil {
		names := make([]string, len(cycle))
		for i, f := range cycle {
			names[i] = f.Name.Value
		}
		return nil, []gqlerrors.FormattedError{docErr(cycle[0], newsgraph.Errorf(newsgraph.EINVALID, "fragment %q spreads itself (%s): fragments must not form cycles", names[0], strings.Join(names, " → ")))}
	}
	sizes := map[string]int{}
	for _, d := range doc.Definitions {
		switch d := d.(type) {
		case *ast.OperationDefinition:
			if n := frags.fields(d.SelectionSet, sizes, max); n > max {
				return nil, []gqlerrors.FormattedError{limitErr(d, "fields", "the operation selects more than %d fields once its fragments are expanded (the limit)", max)}
			}
		case *ast.FragmentDefinition: // validated even when no operation spreads it
			if n := frags.fields(d.SelectionSet, sizes, max); n > max {
				return nil, []gqlerrors.FormattedError{limitErr(d, "fields", "fragment %q selects more than %d fields once its fragments are expanded (the limit)", d.Name.Value, max)}
			}
		}
	}
	return frags, nil
}

// eachSpread calls fn for each named spread in set, inline fragments included.
func eachSpread(set *ast.SelectionSet, fn func(*ast.FragmentSpread)) {
	if set == nil {
		return
	}
	for _, sel := range set.Selections {
		switch sel := sel.(type) {
		case *ast.Field:
			eachSpread(sel.SelectionSet, fn)
		case *ast.InlineFragment:
			eachSpread(sel.SelectionSet, fn)
		case *ast.FragmentSpread:
			if sel.Name != nil {
				fn(sel)
			}
		}
	}
}

// cycle returns the fragments of a cycle (the first spreading the second, …, the last the
// first), or nil, searching from each fragment of order in turn. It is a depth-first search:
// its recursion is as deep as the number of fragments, which the pre-scan bounds.
func (fs fragments) cycle(order []*ast.FragmentDefinition) []*ast.FragmentDefinition {
	const (
		unseen = iota
		open
		done
	)
	state := map[string]int{}
	var path []*ast.FragmentDefinition
	var visit func(f *ast.FragmentDefinition) []*ast.FragmentDefinition
	visit = func(f *ast.FragmentDefinition) (found []*ast.FragmentDefinition) {
		state[f.Name.Value] = open
		path = append(path, f)
		eachSpread(f.SelectionSet, func(sp *ast.FragmentSpread) {
			next := fs[sp.Name.Value]
			switch {
			case found != nil || next == nil:
			case state[next.Name.Value] == open:
				for i, p := range path {
					if p == next {
						found = append([]*ast.FragmentDefinition{}, path[i:]...)
					}
				}
			case state[next.Name.Value] == unseen:
				found = visit(next)
			}
		})
		path = path[:len(path)-1]
		state[f.Name.Value] = done
		return found
	}
	for _, f := range order {
		if state[f.Name.Value] == unseen {
			if c := visit(f); c != nil {
				return c
			}
		}
	}
	return nil
}

// fields counts the field selections of set with fragments expanded, stopping a little past
// max; sizes remembers each fragment's count, so that a fragment spread many times is counted
// once (the document has no cycles).
func (fs fragments) fields(set *ast.SelectionSet, sizes map[string]int, max int) int {
	if set == nil {
		return 0
	}
	n := 0
	for _, sel := range set.Selections {
		switch sel := sel.(type) {
		case *ast.Field:
			n += 1 + fs.fields(sel.SelectionSet, sizes, max)
		case *ast.InlineFragment:
			n += fs.fields(sel.SelectionSet, sizes, max)
		case *ast.FragmentSpread:
			name := sel.Name.Value
			size, ok := sizes[name]
			if !ok {
				size = fs.fields(fs[name].SelectionSet, sizes, max)
				sizes[name] = size
			}
			n += size
		}
		if n > max {
			return max + 1
		}
	}
	return n
}
