package schematest

import (
	"fmt"
	"strings"
)

// Hostile is one of the hostile requests of issue 14: each a single request under 1 MiB that
// took the server down, pinned its cores past the deadline, or got through, before the server
// bounded what graphql-go is given.
type Hostile struct {
	Name      string
	Query     string
	Variables map[string]any
	// WantLimit is the extensions.limit of the refusal; "" for a refusal that names no limit
	// (a fragment cycle, a variable of the wrong type).
	WantLimit string
	// WantMessage is in the refusal's message.
	WantMessage string
}

// HostileRequests returns the hostile requests, each refused with 400 by the default limits.
func HostileRequests() []Hostile {
	return []Hostile{
		{"fragment spreads itself", `{ entity(name: "Rwanda") { ...F } } fragment F on Entity { id ...F }`, nil, "", `fragment "F" spreads itself`},
		{"two fragments spread each other", `{ entity(name: "Rwanda") { ...A } } fragment A on Entity { id ...B } fragment B on Entity { name ...A }`, nil, "", "(A → B)"},
		{"spread of an unknown fragment", `{ entity(name: "Rwanda") { ...Nowhere } }`, nil, "", `unknown fragment "Nowhere"`},
		{"literal nested 20,000 lists deep", `{ entity(name: ` + strings.Repeat("[", 20000) + `"x"` + strings.Repeat("]", 20000) + `) { id } }`, nil, "value_nesting", "nested more than 16"},
		{"20,000 variable definitions", "query(" + repeat(20000, "$v%[1]d: Int ") + ") { __typename }", nil, "variables", "more than 64 variables"},
		{"selection nested 5,000 levels", strings.Repeat("{ entity ", 5000) + "{ id" + strings.Repeat(" }", 5001), nil, "selection_nesting", "nested more than 32"},
		{"chain of 3,000 fragments", `{ entity(name: "Rwanda") { ...F0 } }` + repeat(3000, " fragment F%[1]d on Entity { id ...F%[1]d_ }") + " fragment F3000 on Entity { id }", nil, "fragments", "more than 32 fragments"},
		{"30,000 aliases of __typename", "{" + repeat(30000, " a%[1]d: __typename") + " }", nil, "aliases", "more than 256 aliases"},
		{"30 fragments each spreading the next three times", `{ entity(name: "Rwanda") { ...F0 } }` + repeat(30, " fragment F%[1]d on Entity { id ...F%[1]d_ ...F%[1]d_ ...F%[1]d_ }") + " fragment F30 on Entity { id }", nil, "fields", "more than 1000 fields"},
		{"4,999 fields of one name", "{" + strings.Repeat(" __typename", 4999) + " }", nil, "tokens", "more than 2000 tokens"},
		{"an object for a String! variable", `query($n: String!) { entity(name: $n) { id } }`, map[string]any{"n": map[string]any{"x": 1}}, "", "an object is not a valid String"},
	}
}

// repeat writes format n times, %[1]d standing for the index and %[1]d_ for the next one.
func repeat(n int, format string) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		s := fmt.Sprintf(strings.ReplaceAll(format, "%[1]d_", "%[2]d"), i, i+1)
		b.WriteString(s)
	}
	return b.String()
}
