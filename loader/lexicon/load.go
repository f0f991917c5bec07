package lexicon

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/*.tsv
var files embed.FS

var (
	once   sync.Once
	loaded *tables
)

// load parses the embedded data once. The data are part of the binary, so a bad line is a build
// error: it panics naming the file and line (the package's tests parse every file).
func load() *tables {
	once.Do(func() {
		t, err := parse()
		if err != nil {
			panic("lexicon: " + err.Error())
		}
		loaded = t
	})
	return loaded
}

// parse reads every data file.
func parse() (*tables, error) {
	t := &tables{verbs: map[string]verbEntry{}, forms: map[string]string{},
		patterns: map[patKey]patEntry{}, codes: map[string]codeEntry{}, agents: map[string]string{},
		ownVerbs: map[string]Sense{}, ownPats: map[patKey]Sense{}, ownAgents: map[string]string{}, broad: map[string]bool{}}
	synsets := map[string][]string{}
	pats := &patternReader{t: t, synsets: synsets}
	steps := []struct {
		name string
		cols int
		row  func([]string) error
	}{
		{"codes.tsv", 4, func(f []string) error { t.codes[f[0]] = codeEntry{f[1], f[2]}; return nil }},
		{"verbs.tsv", 4, func(f []string) error {
			t.verbs[f[0]] = verbEntry{code: undash(f[1]), upper: f[2], blocks: strings.Split(f[3], ",")}
			return nil
		}},
		{"forms.tsv", 2, func(f []string) error { t.forms[f[0]] = f[1]; return nil }},
		{"synsets.tsv", 2, func(f []string) error { synsets[f[0]] = append(synsets[f[0]], f[1]); return nil }},
		{"objects.tsv", 5, func(f []string) error { return pats.add(f[0], "", f[1], f[2], f[3], f[4]) }},
		{"preps.tsv", 6, func(f []string) error { return pats.add(f[0], f[1], f[2], f[3], f[4], f[5]) }},
		{"agents.tsv", 2, func(f []string) error { t.agents[f[0]] = f[1]; return nil }},
		{"own.tsv", 0, t.addOwn},
	}
	for _, s := range steps {
		if err := readTSV(s.name, s.cols, s.row); err != nil {
			return nil, err
		}
	}
	pats.finish()
	return t, nil
}

// readTSV calls row for every line of a data file that is not blank or a "#" comment; cols > 0
// requires exactly that many tab-separated fields.
func readTSV(name string, cols int, row func([]string) error) error {
	data, err := files.ReadFile("data/" + name)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if cols > 0 && len(f) != cols {
			return fmt.Errorf("%s:%d: %d fields, want %d", name, n, len(f), cols)
		}
		if err := row(f); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

// patternReader fills the pattern table: a row whose object is a &SYNSET stands for every member
// and is applied at once, in file order; the rows of single objects come after and override.
type patternReader struct {
	t       *tables
	synsets map[string][]string
	later   map[patKey]patEntry
}

func (r *patternReader) add(block, prep, object, rank, code, text string) error {
	n, err := strconv.Atoi(rank)
	if err != nil {
		return fmt.Errorf("rank %q: %w", rank, err)
	}
	e := patEntry{rank: n, code: undash(code), text: text}
	if !strings.HasPrefix(object, "&") {
		if r.later == nil {
			r.later = map[patKey]patEntry{}
		}
		r.later[patKey{block, prep, object}] = e
		return nil
	}
	members, ok := r.synsets[object]
	if !ok {
		return fmt.Errorf("synset %q is not in synsets.tsv", object)
	}
	for _, m := range members {
		r.t.patterns[patKey{block, prep, m}] = e
	}
	return nil
}

func (r *patternReader) finish() {
	for k, e := range r.later {
		r.t.patterns[k] = e
	}
	if r.t.phrases == nil {
		r.t.phrases = map[string]bool{}
	}
	for k, e := range r.t.patterns {
		if e.rank == 0 && strings.Contains(k.object, " ") {
			r.t.phrases[k.object] = true
		}
	}
}

// undash reads the null code "-" as "".
func undash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}
