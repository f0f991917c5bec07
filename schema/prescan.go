package schema

import "fmt"

// DocumentLimits bound the shape of a GraphQL document before graphql-go sees it: its lexer,
// parser and validator are recursive (a deep document overflows the stack, which kills the
// process) and quadratic in places, and none of them looks at the request's deadline. Zero
// fields take the defaults below.
type DocumentLimits struct {
	// Tokens is the most lexical tokens (names, numbers, strings, punctuators) a document may have.
	Tokens int
	// SelectionNesting is the deepest nesting of selection sets ({ … }, inline fragments
	// included), as written; the depth limit then counts fields with fragments expanded.
	SelectionNesting int
	// ValueNesting is the deepest nesting of lists and input objects in arguments, variable
	// types and default values.
	ValueNesting int
	// Definitions, Variables, Fragments, Spreads, Aliases and Directives bound the number of
	// operation and fragment definitions, variable definitions, fragment definitions, named
	// fragment spreads, aliased fields and directives.
	Definitions, Variables, Fragments, Spreads, Aliases, Directives int
	// Fields is the most field selections an operation may have once its fragments are expanded.
	Fields int
}

// Defaults of DocumentLimits. A full introspection query (limits_test.go's) is 144 tokens and
// nests 10 selection sets (its type references); at the defaults, the costliest documents found
// (220 lookups of one field, whose arguments graphql-go compares pairwise) take about 65 ms to
// validate on one core.
const (
	DefaultMaxTokens           = 2000
	DefaultMaxSelectionNesting = 32
	DefaultMaxValueNesting     = 16
	DefaultMaxDefinitions      = 64
	DefaultMaxVariables        = 64
	DefaultMaxFragments        = 32
	DefaultMaxSpreads          = 256
	DefaultMaxAliases          = 256
	DefaultMaxDirectives       = 64
	DefaultMaxFields           = 1000
)

func (l *DocumentLimits) defaults() {
	for _, d := range []struct {
		v *int
		d int
	}{
		{&l.Tokens, DefaultMaxTokens}, {&l.SelectionNesting, DefaultMaxSelectionNesting},
		{&l.ValueNesting, DefaultMaxValueNesting}, {&l.Definitions, DefaultMaxDefinitions},
		{&l.Variables, DefaultMaxVariables}, {&l.Fragments, DefaultMaxFragments},
		{&l.Spreads, DefaultMaxSpreads}, {&l.Aliases, DefaultMaxAliases},
		{&l.Directives, DefaultMaxDirectives}, {&l.Fields, DefaultMaxFields},
	} {
		if *d.v <= 0 {
			*d.v = d.d
		}
	}
}

// Shape is what the pre-scan measured of a document, up to the first limit it crossed.
type Shape struct {
	Tokens, SelectionNesting, ValueNesting                          int
	Definitions, Variables, Fragments, Spreads, Aliases, Directives int
}

// scanner is the state of one pre-scan: the document, the position, the open brackets and the
// last two tokens (enough to tell an alias, a variable definition and a spread).
type scanner struct {
	src         string
	pos         int
	open        []byte // '{' selection set, 'o' input object, '[' list, '(' arguments
	prev, prev2 string
	sel, val    int // open selection sets and values
	shape       Shape
	l           DocumentLimits
}

// Prescan measures a document in one linear pass, without building anything, and stops at the
// first limit the document crosses: the error names it (extensions.limit). It is lenient where
// graphql-go's lexer is strict (a bad character or an unterminated string is counted and the
// scan goes on), so that the parser, which stops at the first error, never reads further than
// what was measured.
func Prescan(doc string, l DocumentLimits) (Shape, error) {
	l.defaults()
	s := &scanner{src: doc, open: make([]byte, 0, 64), l: l}
	for {
		tok, ok := s.next()
		if !ok {
			return s.shape, nil
		}
		if err := s.take(tok); err != nil {
			err.pos = s.pos - len(tok)
			return s.shape, err
		}
		s.prev2, s.prev = s.prev, tok
	}
}

// take counts one token and checks the limits it may have crossed.
func (s *scanner) take(tok string) *limitError {
	sh, l := &s.shape, &s.l
	sh.Tokens++
	if sh.Tokens > l.Tokens {
		return limit("tokens", "the document has more than %d tokens (the limit)", l.Tokens)
	}
	top := byte(0)
	if len(s.open) > 0 {
		top = s.open[len(s.open)-1]
	}
	switch tok[0] { // punctuators are one byte, and no other token starts with one
	case '{':
		if top == '(' || top == '[' || top == 'o' {
			return s.push('o')
		}
		if len(s.open) == 0 {
			if sh.Definitions++; sh.Definitions > l.Definitions {
				return limit("definitions", "the document has more than %d definitions (the limit)", l.Definitions)
			}
		}
		return s.push('{')
	case '[':
		return s.push('[')
	case '(':
		s.open = append(s.open, '(')
	case '}', ']', ')':
		if len(s.open) > 0 {
			switch s.open[len(s.open)-1] {
			case '{':
				s.sel--
			case 'o', '[':
				s.val--
			}
			s.open = s.open[:len(s.open)-1]
		}
	case ':':
		switch {
		case top == '{' && isName(s.prev):
			if sh.Aliases++; sh.Aliases > l.Aliases {
				return limit("aliases", "the document has more than %d aliases (the limit)", l.Aliases)
			}
		case top == '(' && len(s.open) == 1 && s.prev2 == "$":
			if sh.Variables++; sh.Variables > l.Variables {
				return limit("variables", "the document defines more than %d variables (the limit)", l.Variables)
			}
		}
	case '@':
		if sh.Directives++; sh.Directives > l.Directives {
			return limit("directives", "the document has more than %d directives (the limit)", l.Directives)
		}
	default:
		switch {
		case s.prev == "..." && tok != "on" && isName(tok):
			if sh.Spreads++; sh.Spreads > l.Spreads {
				return limit("spreads", "the document has more than %d fragment spreads (the limit)", l.Spreads)
			}
		case tok == "fragment" && len(s.open) == 0:
			if sh.Fragments++; sh.Fragments > l.Fragments {
				return limit("fragments", "the document has more than %d fragments (the limit)", l.Fragments)
			}
		}
	}
	return nil
}

// push opens a selection set ('{') or a value ('o', '[') and checks its nesting.
func (s *scanner) push(kind byte) *limitError {
	l := &s.l
	s.open = append(s.open, kind)
	if kind == '{' {
		s.sel++
		s.shape.SelectionNesting = max(s.shape.SelectionNesting, s.sel)
		if s.sel > l.SelectionNesting {
			return limit("selection_nesting", "selection sets are nested more than %d deep (the limit)", l.SelectionNesting)
		}
		return nil
	}
	s.val++
	s.shape.ValueNesting = max(s.shape.ValueNesting, s.val)
	if s.val > l.ValueNesting {
		return limit("value_nesting", "lists and input objects are nested more than %d deep (the limit)", l.ValueNesting)
	}
	return nil
}

func limit(name, format string, args ...any) *limitError {
	return &limitError{limit: name, message: fmt.Sprintf(format, args...)}
}

func isName(tok string) bool {
	return tok != "" && (tok[0] == '_' || tok[0] >= 'A' && tok[0] <= 'Z' || tok[0] >= 'a' && tok[0] <= 'z')
}

// next returns the next token, skipping white space, commas and comments; ok is false at the
// end. Strings come back as `"`, numbers as "0", anything else the lexer would refuse as "?".
func (s *scanner) next() (tok string, ok bool) {
	src := s.src
	for s.pos < len(src) {
		c := src[s.pos]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',':
			s.pos++
		case c == '#':
			for s.pos < len(src) && src[s.pos] != '\n' && src[s.pos] != '\r' {
				s.pos++
			}
		case c == 0xEF && len(src) >= s.pos+3 && src[s.pos:s.pos+3] == "\uFEFF":
			s.pos += 3
		default:
			return s.token(), true
		}
	}
	return "", false
}

func (s *scanner) token() string {
	src, start := s.src, s.pos
	c := src[start]
	switch {
	case c == '.' && len(src) >= start+3 && src[start:start+3] == "...":
		s.pos += 3
		return "..."
	case c == '"':
		s.skipString()
		return `"`
	case c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
		for s.pos++; s.pos < len(src) && isNameByte(src[s.pos]); s.pos++ {
		}
		return src[start:s.pos]
	case c == '-' || c >= '0' && c <= '9':
		for s.pos++; s.pos < len(src) && (isNameByte(src[s.pos]) || src[s.pos] == '.' || src[s.pos] == '+' || src[s.pos] == '-'); s.pos++ {
		}
		return "0"
	}
	s.pos++
	switch c {
	case '!', '$', '&', '(', ')', ':', '=', '@', '[', ']', '{', '|', '}':
		return src[start:s.pos]
	}
	return "?"
}

// skipString skips a string or block string; an unterminated one runs to the end of its line
// (a string) or of the document (a block string).
func (s *scanner) skipString() {
	src := s.src
	if len(src) >= s.pos+3 && src[s.pos:s.pos+3] == `"""` {
		for s.pos += 3; s.pos < len(src); s.pos++ {
			switch {
			case src[s.pos] == '\\' && len(src) >= s.pos+4 && src[s.pos+1:s.pos+4] == `"""`:
				s.pos += 3
			case src[s.pos] == '"' && len(src) >= s.pos+3 && src[s.pos:s.pos+3] == `"""`:
				s.pos += 3
				return
			}
		}
		return
	}
	for s.pos++; s.pos < len(src); s.pos++ {
		switch src[s.pos] {
		case '\\':
			s.pos++
		case '"':
			s.pos++
			return
		case '\n', '\r':
			return
		}
	}
}

func isNameByte(c byte) bool { return nameBytes[c] }

// nameBytes marks the bytes that continue a name: _, letters and digits.
var nameBytes = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
	}
	return t
}()
