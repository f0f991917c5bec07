package main

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode"

	"newsgraph/loader/lexicon/lemma"
)

// dict is one CAMEO verb dictionary as read: its synonym sets and its verb blocks.
type dict struct {
	name            string
	synsets         map[string][]string // "&TREATY" → member phrases, cleaned ("peace treaty")
	blocks          []*block
	transformations int // "~" lines: verb-verb transformations, beyond the lexicon
	malformed       int // pattern lines without a [code], skipped
}

// block is one "--- NAME [CODE] ---" verb synonym block.
type block struct {
	name     string
	code     string // the block's default code, "" for the null code "---"
	line     int
	verbs    []verb
	patterns []pattern
}

// verb is one verb line of a block: its lemma, its listed inflections and its own code.
type verb struct {
	upper  string // the dictionary's spelling, "+CALL_OFF" → "CALL_OFF"
	lemma  string // "call off"
	forms  []string
	code   string // own [code], else the block's; "" when none
	hasOwn bool
}

// pattern is one "- … * … [CODE]" line.
type pattern struct {
	text string // the pattern between "-" and "[", white space collapsed
	code string // the first code of [a:b]; "" for "---" or an empty first code
	// reverse is set for "[:b]": the pattern codes only the reciprocal event (target acts).
	reverse bool
	line    int
	// verb is the verb the pattern was written for, the first word of its comment ("# RECOGNISE
	// <ab 31 Dec 2005>"), "" when it has none.
	verb string
}

var (
	headerRE = regexp.MustCompile(`^---\s*([^[]*?)\s*(?:\[([^\]]*)\])?[\s-]*$`)
	codeRE   = regexp.MustCompile(`\[([^\]]*)\]\s*$`)
	braceRE  = regexp.MustCompile(`\{([^}]*)\}`)
)

// readDict parses a verb dictionary in the PETRARCH format (dictionaries.rst).
func readDict(name string, r io.Reader) (*dict, error) {
	d := &dict{name: name, synsets: map[string][]string{}}
	var cur *block
	var syn string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		author := ""
		if i := strings.IndexByte(line, '#'); i >= 0 {
			author = commentVerb(line[i+1:])
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case strings.HasPrefix(line, "---"):
			m := headerRE.FindStringSubmatch(line)
			if m == nil {
				return nil, fmt.Errorf("%s:%d: bad block header %q", name, n, line)
			}
			cur = &block{name: m[1], code: firstCode(m[2]), line: n}
			d.blocks = append(d.blocks, cur)
			syn = ""
		case strings.HasPrefix(line, "&"):
			syn = strings.Fields(line)[0]
			syn = strings.TrimSuffix(syn, "_")
			cur = nil
		case strings.HasPrefix(line, "~"):
			d.transformations++
		case syn != "" && strings.HasPrefix(line, "+"):
			d.synsets[syn] = append(d.synsets[syn], strings.TrimSuffix(lemma.Clean(line[1:]), " "))
		case cur == nil:
			return nil, fmt.Errorf("%s:%d: line outside a block or synonym set: %q", name, n, line)
		case strings.HasPrefix(line, "-"):
			p, ok := readPattern(line[1:], n)
			if !ok {
				d.malformed++
				continue
			}
			p.verb = author
			cur.patterns = append(cur.patterns, p)
		default:
			cur.verbs = append(cur.verbs, readVerb(line, cur.code))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return d, nil
}

// commentVerb returns the verb a pattern's comment names first, in capitals ("RECOGNISE"), or "".
func commentVerb(c string) string {
	f := strings.Fields(c)
	if len(f) == 0 {
		return ""
	}
	w := strings.TrimFunc(f[0], func(r rune) bool { return !unicode.IsLetter(r) && r != '_' })
	if w == "" || strings.ToUpper(w) != w {
		return ""
	}
	return w
}

// firstCode returns the first of "a:b" codes, "" for the null code "---" or an empty field.
func firstCode(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, ':'); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	if strings.Trim(s, "-") == "" {
		return ""
	}
	return s
}

// verbWord cleans a verb-line word: "+CALL_OFF" → "call off", "WIRE_+TAP" → "wire tap".
func verbWord(s string) string {
	return lemma.Clean(strings.ReplaceAll(s, "+", ""))
}

// readVerb parses "SAY {SAYS SAID SAYING} [010]".
func readVerb(line, blockCode string) verb {
	v := verb{code: blockCode}
	if m := codeRE.FindStringSubmatchIndex(line); m != nil {
		v.code, v.hasOwn = firstCode(line[m[2]:m[3]]), true
		line = line[:m[0]]
	}
	if m := braceRE.FindStringSubmatchIndex(line); m != nil {
		for _, f := range strings.Fields(line[m[2]:m[3]]) {
			if w := verbWord(f); strings.IndexFunc(w, unicode.IsLetter) >= 0 {
				v.forms = append(v.forms, w) // "{+WAS_DETERMINED , +BE_DETERMINED}": no "," form
			}
		}
		line = line[:m[0]]
	}
	v.upper = strings.ReplaceAll(strings.TrimSpace(line), "+", "")
	v.lemma = verbWord(line)
	return v
}

// readPattern parses the part of a pattern line after "-"; ok is false when it has no [code].
func readPattern(s string, n int) (p pattern, ok bool) {
	m := codeRE.FindStringSubmatchIndex(s)
	if m == nil {
		return pattern{}, false
	}
	raw := strings.TrimSpace(s[m[2]:m[3]])
	return pattern{
		text:    strings.Join(strings.Fields(s[:m[0]]), " "),
		code:    firstCode(raw),
		reverse: strings.HasPrefix(raw, ":"),
		line:    n,
	}, true
}
