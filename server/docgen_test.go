package server_test

import (
	"encoding/json"
	"fmt"
	"strings"
)

// docGen builds a GraphQL request from the grammar, reading each choice from a fuzzer's bytes
// (0 once they run out), so that mutating the bytes mutates the document's structure: nesting
// of selections and values, fragments and spreads (cycles and unknown names included), aliases,
// variables (declared where a field's argument uses them, of its type or not, with values of
// the right and wrong kinds), directives and operations. The first byte sets the scale: tame
// documents keep every count small, so that they reach graphql-go's rules and the resolvers;
// wild ones draw counts from a ladder that reaches past every default limit.
type docGen struct {
	in    []byte
	i     int
	b     *strings.Builder
	wild  bool
	vars  map[string]any
	decls []string // variable definitions of the operation being written
	frags int      // fragments F0…F(frags-1) are defined
	cur   int      // the fragment being written; -1 in an operation
}

// sizes is the ladder repeated constructs are drawn from; tame documents use its first five.
var sizes = []int{0, 1, 2, 3, 5, 17, 70, 300, 3000, 20000}

// size17 is the rung of sizes past the depth limit and within the nesting limit.
const size17 = 5

// maxDoc keeps a generated request under the server's 1 MiB body limit.
const maxDoc = 128 << 10

// generate returns the request a recipe describes, as the JSON body of a POST.
func generate(recipe []byte) []byte {
	g := &docGen{in: recipe, b: &strings.Builder{}, vars: map[string]any{}, cur: -1}
	switch g.pick(6) {
	case 4:
		g.wild = true
	case 5:
		return g.macro()
	}
	g.frags = g.size()
	op := ""
	if g.pick(2) == 1 {
		op = "Op"
	}
	g.operation(op)
	for i := 0; i < g.frags && g.b.Len() < maxDoc; i++ {
		g.cur = i
		fmt.Fprintf(g.b, " fragment F%d on %s", i, []string{"Entity", "Query", "Partner", "Nope"}[g.pick(4)])
		g.directives()
		g.selections(g.pick(3), "Entity")
	}
	if g.pick(5) == 4 {
		for i := g.budget(max(1, g.size()), 30); i > 0; i-- {
			g.operation(fmt.Sprintf("Other%d", i))
		}
	}
	body := map[string]any{"query": g.b.String(), "variables": g.vars}
	if op != "" && g.pick(2) == 0 {
		body["operationName"] = op
	}
	out, _ := json.Marshal(body)
	return out
}

// macro writes one of two shapes random choices seldom reach: fragments that each spread the
// next a few times (their expansion grows as a power), or many small operations.
func (g *docGen) macro() []byte {
	if g.pick(2) == 0 {
		n, k := 2+g.pick(30), 1+g.pick(5)
		g.b.WriteString(`{ entity(name: "Rwanda") { ...F0 } }`)
		for i := 0; i < n; i++ {
			fmt.Fprintf(g.b, " fragment F%d on Entity { id%s }", i, strings.Repeat(fmt.Sprintf(" ...F%d", i+1), k))
		}
		fmt.Fprintf(g.b, " fragment F%d on Entity { id name }", n)
	} else {
		for i := g.budget(sizes[g.pick(len(sizes))], 26); i >= 0; i-- {
			fmt.Fprintf(g.b, " query Q%d { __typename }", i)
		}
	}
	out, _ := json.Marshal(map[string]any{"query": g.b.String(), "operationName": "Q0"})
	return out
}

func (g *docGen) pick(n int) int {
	if g.i >= len(g.in) {
		return 0
	}
	c := int(g.in[g.i])
	g.i++
	return c % n
}

func (g *docGen) size() int {
	if g.wild {
		return sizes[g.pick(len(sizes))]
	}
	return sizes[g.pick(5)]
}

// budget caps a repetition so that the document stays under maxDoc, assuming each item takes
// about per bytes.
func (g *docGen) budget(n, per int) int {
	return min(n, max(0, (maxDoc-g.b.Len())/per))
}

// operation writes an operation: its selections first (they declare the variables they use),
// then its header with those and a few unused ones.
func (g *docGen) operation(name string) {
	kind := []string{"query", "query", "query", "mutation", "subscription", ""}[g.pick(6)]
	outer := g.b
	g.b, g.decls = &strings.Builder{}, nil
	g.directives()
	g.selections(0, map[bool]string{true: "Mutation", false: "Query"}[kind == "mutation"])
	for i := g.budget(g.size()/2, 24); i > 0; i-- {
		g.declare([]string{"String", "Int", "[String!]", "Nope"}[g.pick(4)])
	}
	body := g.b.String()
	g.b = outer
	if kind == "" && len(g.decls) == 0 {
		g.b.WriteString(" " + body)
		return
	}
	if kind == "" {
		kind = "query"
	}
	fmt.Fprintf(g.b, " %s %s", kind, name)
	if len(g.decls) > 0 {
		fmt.Fprintf(g.b, "(%s)", strings.Join(g.decls, ", "))
	}
	g.b.WriteString(body)
}

// declare defines a new variable, of typ or (now and then) of another or deeper type, and gives
// it a value of that type or of any other kind; it returns its name.
func (g *docGen) declare(typ string) string {
	name := fmt.Sprintf("v%d", len(g.vars)+len(g.decls))
	switch g.pick(8) {
	case 6:
		typ = []string{"String!", "Int", "ID", "Boolean!", "[ArticleInput!]!", "Float", "Nope"}[g.pick(7)]
	case 7:
		d := g.budget(g.size(), 2)
		typ = strings.Repeat("[", d) + typ + strings.Repeat("]", d)
	}
	decl := "$" + name + ": " + typ
	if g.pick(6) == 5 {
		decl += " = " + g.scalar()
	}
	g.decls = append(g.decls, decl)
	if g.pick(5) != 4 {
		g.vars[name] = g.value(typ)
	}
	return name
}

// value is a variable's JSON value: mostly one of its type, else of any kind.
func (g *docGen) value(typ string) any {
	base := strings.Trim(typ, "[]!")
	switch c := g.pick(10); {
	case c < 5 && base == "String", c < 5 && base == "ID":
		if strings.HasPrefix(typ, "[") {
			return []any{"AGREE", "Rwanda"}
		}
		return "Rwanda"
	case c < 5 && base == "Int":
		return g.pick(120)
	case c < 5 && base == "ArticleInput":
		return []any{map[string]any{"text": "Rwanda and the United States are in talks.", "date": "2025-05-06"}}
	case c == 5:
		return 2.5
	case c == 6:
		return map[string]any{"text": "x", "date": []any{"2025"}}
	case c == 7:
		var v any = "x"
		for i := g.budget(g.size(), 4); i > 0; i-- {
			v = []any{v}
		}
		return v
	case c == 8:
		return nil
	}
	return true
}

// scalar is a default value: a scalar, or a list nested to a size.
func (g *docGen) scalar() string {
	switch g.pick(4) {
	case 0:
		return `"Rwanda"`
	case 1:
		return "7"
	case 2:
		d := g.budget(g.size(), 2)
		return strings.Repeat("[", d) + "1" + strings.Repeat("]", d)
	}
	return "null"
}

// literal writes an argument of type typ: mostly a variable or a literal of that type, else
// lists and input objects nested to a size, block strings, enums or nulls.
func (g *docGen) literal(typ string) {
	switch g.pick(9) {
	case 0, 1, 2:
		g.b.WriteString("$" + g.declare(typ))
	case 3:
		switch strings.Trim(typ, "[]!") {
		case "Int":
			fmt.Fprintf(g.b, "%d", g.pick(120))
		case "ArticleInput":
			g.b.WriteString(`[{text: "Rwanda and the United States are in talks."}]`)
		default:
			g.b.WriteString(`"Rwanda"`)
		}
	case 4:
		g.b.WriteString(`"""block "quoted" """`)
	case 5:
		d := g.budget(g.size(), 2)
		g.b.WriteString(strings.Repeat("[", d) + `"x"` + strings.Repeat("]", d))
	case 6:
		d := g.budget(g.size(), 6)
		g.b.WriteString(strings.Repeat("{a: ", d) + "1" + strings.Repeat("}", d))
	case 7:
		g.b.WriteString("[AGREE, AID]")
	default:
		g.b.WriteString("null")
	}
}

// field is one field of a type: its name, its argument and that argument's type, and the type
// it returns ("" for a leaf).
type field struct{ name, arg, argType, typ string }

// fields are a few of each type's fields.
var fields = map[string][]field{
	"Query": {
		{"entity", "name", "String", "Entity"}, {"partners", "of", "String!", "Partner"}, {"relations", "first", "Int", "RelationConnection"},
		{"__typename", "", "", ""}, {"articles", "first", "Int", "ArticleConnection"}, {"entities", "prefix", "String", "Entity"}, {"__schema", "", "", "__Schema"},
	},
	"Mutation": {{"deleteArticle", "id", "ID!", ""}, {"ingest", "articles", "[ArticleInput!]!", "IngestResult"}, {"__typename", "", "", ""}},
	"Entity": {
		{"id", "", "", ""}, {"name", "", "", ""}, {"partners", "", "", "Partner"}, {"relations", "types", "[String!]", "RelationConnection"},
		{"aliases", "", "", ""}, {"articles", "first", "Int", "Article"},
	},
	"Partner":            {{"entity", "", "", "Entity"}, {"relations", "", "", "Relation"}},
	"Relation":           {{"type", "", "", ""}, {"subject", "", "", "Entity"}, {"evidence", "first", "Int", "Evidence"}},
	"RelationConnection": {{"totalCount", "", "", ""}, {"edges", "", "", "RelationEdge"}},
	"RelationEdge":       {{"cursor", "", "", ""}, {"node", "", "", "Relation"}},
	"ArticleConnection":  {{"totalCount", "", "", ""}, {"edges", "", "", "ArticleEdge"}},
	"ArticleEdge":        {{"node", "", "", "Article"}},
	"Article":            {{"id", "", "", ""}, {"title", "", "", ""}, {"entities", "", "", "Entity"}},
	"Evidence":           {{"sentence", "", "", ""}, {"article", "", "", "Article"}},
	"IngestResult":       {{"articles", "", "", ""}, {"ids", "", "", ""}},
	"__Schema":           {{"types", "", "", "__Type"}},
	"__Type":             {{"name", "", "", ""}, {"ofType", "", "", "__Type"}},
}

// selections writes a selection set on typ at depth: fields (aliased, with arguments and
// directives), inline fragments, spreads of fragments (defined or not; a fragment may spread
// itself), and now and then a chain nested to a size.
func (g *docGen) selections(depth int, typ string) {
	if g.i >= len(g.in) || depth > 40 || g.b.Len() > maxDoc {
		g.b.WriteString(" { __typename }")
		return
	}
	g.b.WriteString(" {")
	n := g.budget(1+g.size()/(depth+1), 16)
	if depth > 6 {
		n = 1
	}
	for i := 0; i < max(n, 1); i++ {
		switch g.pick(12) {
		case 0:
			g.b.WriteString(" ... on Entity")
			g.directives()
			g.selections(depth+1, "Entity")
		case 1:
			fmt.Fprintf(g.b, " ...F%d", g.pick(g.frags+1)) // any fragment: cycles, unknown names
			g.directives()
		case 2:
			for j := g.budget(max(1, g.size()), 8); j > 0 && g.cur+1 < g.frags; j-- { // later fragments: no cycle
				fmt.Fprintf(g.b, " ...F%d", g.cur+1+g.pick(g.frags-g.cur-1))
			}
		case 3:
			d := g.budget(g.size(), 24)
			g.b.WriteString(strings.Repeat(" partners { entity {", d) + " id" + strings.Repeat(" } }", d))
		case 4:
			d := g.budget(sizes[size17+g.pick(2)-1], 10)
			g.b.WriteString(` __type(name: "Entity") {` + strings.Repeat(" ofType {", d) + " name" + strings.Repeat(" }", d+1))
		case 5:
			for j := g.budget(g.size(), 24); j > 0; j-- {
				fmt.Fprintf(g.b, " t%d_%d: __typename", depth, g.b.Len())
			}
		default:
			g.field(depth, typ)
		}
	}
	g.b.WriteString(" }")
}

func (g *docGen) field(depth int, typ string) {
	fs := fields[typ]
	if len(fs) == 0 {
		fs = fields["Entity"]
	}
	f := fs[g.pick(len(fs))]
	if g.pick(3) == 0 {
		fmt.Fprintf(g.b, " a%d_%d:", depth, g.b.Len())
	}
	g.b.WriteString(" " + f.name)
	if f.arg != "" && g.pick(5) != 0 {
		g.b.WriteString("(" + f.arg + ": ")
		g.literal(f.argType)
		g.b.WriteString(")")
	}
	g.directives()
	if f.typ != "" && g.pick(8) != 0 {
		g.selections(depth+1, f.typ)
	}
}

// directives writes none, or a few of @include, @skip and an unknown one.
func (g *docGen) directives() {
	if g.pick(4) != 3 {
		return
	}
	for i := g.budget(g.size(), 20); i > 0; i-- {
		switch g.pick(3) {
		case 0:
			g.b.WriteString(" @include(if: true)")
		case 1:
			g.b.WriteString(" @skip(if: ")
			g.literal("Boolean!")
			g.b.WriteString(")")
		default:
			g.b.WriteString(" @nope")
		}
	}
}
