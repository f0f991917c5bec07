package schema

import (
	"encoding/base64"
	"regexp"
	"strings"

	"github.com/graphql-go/graphql"

	"newsgraph"
)

var dateRE = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)

// strArg returns a String argument, "" when absent or null.
func strArg(p graphql.ResolveParams, name string) string {
	s, _ := p.Args[name].(string)
	return s
}

// dateArg returns a since/until argument: YYYY, YYYY-MM or YYYY-MM-DD, or an EINVALID error.
func dateArg(p graphql.ResolveParams, name string) (string, error) {
	s := strings.TrimSpace(strArg(p, name))
	if s != "" && !dateRE.MatchString(s) {
		return "", newsgraph.Errorf(newsgraph.EINVALID, "%s: %q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", name, s)
	}
	return s, nil
}

// period returns the since and until arguments.
func period(p graphql.ResolveParams) (since, until string, err error) {
	if since, err = dateArg(p, "since"); err != nil {
		return "", "", err
	}
	if until, err = dateArg(p, "until"); err != nil {
		return "", "", err
	}
	return since, until, nil
}

// firstArg returns the page size asked for: `first`, or DefaultPage when absent; more than
// MaxPage, or less than 0, is an EINVALID error naming the limit.
func (s *Schema) firstArg(p graphql.ResolveParams) (int, error) {
	n, ok := p.Args["first"].(int)
	if !ok {
		return s.cfg.DefaultPage, nil
	}
	if n < 0 {
		return 0, newsgraph.Errorf(newsgraph.EINVALID, "first: %d is negative", n)
	}
	if n > s.cfg.MaxPage {
		return 0, newsgraph.Errorf(newsgraph.EINVALID, "first: %d is more than the maximum page size, %d", n, s.cfg.MaxPage)
	}
	return n, nil
}

// typesArg returns the `types` argument in upper case.
func typesArg(p graphql.ResolveParams) []string {
	raw, _ := p.Args["types"].([]any)
	var out []string
	for _, t := range raw {
		if s, ok := t.(string); ok && strings.TrimSpace(s) != "" {
			out = append(out, strings.ToUpper(strings.TrimSpace(s)))
		}
	}
	return out
}

// Cursors are opaque to clients: the base64 of a kind and the ID of the last item of a page.
func cursor(kind, id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(kind + ":" + id))
}

// afterArg decodes the `after` argument into the ID it points after ("" when absent).
func afterArg(p graphql.ResolveParams, kind string) (string, error) {
	s := strArg(p, "after")
	if s == "" {
		return "", nil
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	id, ok := strings.CutPrefix(string(b), kind+":")
	if err != nil || !ok || id == "" {
		return "", newsgraph.Errorf(newsgraph.EINVALID, "after: %q is not a cursor of this list", s)
	}
	return id, nil
}

// page cuts one page out of items: those after the item whose ID is after, at most first of
// them. It reports whether more follow. A cursor whose item is gone is an EINVALID error.
func page[T any](items []T, id func(T) string, after string, first int) ([]T, bool, error) {
	start := 0
	if after != "" {
		start = -1
		for i, it := range items {
			if id(it) == after {
				start = i + 1
				break
			}
		}
		if start < 0 {
			return nil, false, newsgraph.Errorf(newsgraph.EINVALID, "after: the cursor's item is no longer in the list; start again without `after`")
		}
	}
	items = items[start:]
	if len(items) > first {
		return items[:first], true, nil
	}
	return items, false, nil
}
