// Command phoenix generates loader/gazetteer/data/phoenix_orgs.tsv, the organisations of the
// Phoenix actor dictionaries (PETRARCH2, Open Event Data Alliance, MIT licence) in
// ../shared/reference/petrarch2: international and non-governmental organisations
// (Phoenix.International.actors.txt), armed non-state groups (Phoenix.MilNonState.actors.txt)
// and state bodies (Phoenix.Countries.actors.txt), filtered so that a name does not fire on
// ordinary text: common English words, one- and two-letter names, people and roles, places and
// countries the gazetteer knows, and the names of the hand-written orgs.tsv (which wins) are
// left out. It also writes data/phoenix_people.tsv, the office holders of the Countries file
// with their country (see collectPeople). Run it with `go generate ./loader/gazetteer` (see
// ../../generate.sh); the output is deterministic.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"newsgraph/internal/repo"
	"newsgraph/loader/gazetteer"
)

// sources are the dictionaries read, in order (an earlier one keeps a shared name), whether
// an entry's synonyms name one organisation (group) or several bodies coded alike (split), and
// whether its office holders are the people of phoenix_people.tsv.
var sources = []struct {
	file          string
	group, people bool
}{
	{"Phoenix.MilNonState.actors.txt", true, false},
	{"Phoenix.International.actors.txt", true, false},
	{"Phoenix.Countries.actors.txt", false, true},
}

func main() {
	ref := flag.String("ref", "", "the petrarch2 folder (default: ../shared/reference/petrarch2 beside the repository)")
	data := flag.String("data", "data", "the gazetteer's data folder: orgs.tsv is read from it, phoenix_orgs.tsv and phoenix_people.tsv written to it")
	words := flag.String("words", "/usr/share/dict/american-english", "an English word list (Debian wamerican)")
	stats := flag.Bool("stats", false, "print how many names each filter left out, with examples")
	flag.Parse()
	if err := run(*ref, *data, *words, *stats); err != nil {
		fmt.Fprintln(os.Stderr, "phoenix gen:", err)
		os.Exit(1)
	}
}

func run(ref, data, wordsPath string, stats bool) error {
	if ref == "" {
		root, err := repo.Root()
		if err != nil {
			return err
		}
		ref = filepath.Join(root, "..", "shared", "reference", "petrarch2")
	}
	f, iso2, slugs, err := newFilter(data, wordsPath)
	if err != nil {
		return err
	}
	b := newBuilder(f, iso2, slugs)
	var holders []actor
	for _, s := range sources {
		as, err := readActors(filepath.Join(ref, s.file))
		if err != nil {
			return err
		}
		for _, a := range as {
			if s.group {
				b.group(a)
			} else {
				b.split(a)
			}
		}
		if s.people {
			holders = append(holders, as...)
		}
	}
	people, pt := collectPeople(f, iso2, holders)
	license, err := os.ReadFile(filepath.Join(ref, "LICENSE"))
	if err != nil {
		return err
	}
	if err := writeOrgs(filepath.Join(data, "phoenix_orgs.tsv"), string(license), b.out); err != nil {
		return err
	}
	if err := writePeople(filepath.Join(data, "phoenix_people.tsv"), string(license), people); err != nil {
		return err
	}
	if stats {
		printStats("organisations", len(b.out), b.tally)
		printStats("people", len(people), pt)
	}
	return nil
}

// readActors parses the TABARI actor file at path.
func readActors(path string) ([]actor, error) {
	r, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	as, err := parseActors(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return as, nil
}

// newFilter gathers what the filter checks names against: the word list, and the gazetteer's
// given names, places, countries, offices and hand-written organisations.
func newFilter(data, wordsPath string) (*filter, map[string]string, map[string]bool, error) {
	z, err := gazetteer.Load()
	if err != nil {
		return nil, nil, nil, err
	}
	f := &filter{words: map[string]bool{}, proper: map[string]bool{}, first: z.FirstNames, places: map[string]bool{},
		titles: map[string]bool{}, known: map[string]bool{}, countries: map[string]string{}}
	if err := readLines(wordsPath, func(w string) {
		switch {
		case w == "" || strings.HasSuffix(w, "'s"):
		case strings.ToLower(w) == w:
			f.words[w] = true
		default:
			f.proper[w] = true
		}
	}); err != nil {
		return nil, nil, nil, err
	}
	iso2 := map[string]string{}
	for _, c := range z.Countries {
		iso2[c.ISO3] = c.ISO2
		for _, ns := range [][]string{{c.Name}, c.Aliases, c.Demonyms, c.People, c.Capitals} {
			addLower(f.places, ns...)
			for _, n := range ns {
				f.countries[strings.ToLower(n)] = c.ISO3
			}
		}
	}
	for _, n := range []string{"us", "u.s.", "united states", "american", "america"} {
		f.countries[n] = "USA"
	}
	for _, p := range z.Places {
		addLower(f.places, p.Name)
		addLower(f.places, p.Aliases...)
		addLower(f.places, p.Adjectives...)
	}
	for t := range z.Titles {
		f.titles[t] = true
	}
	slugs := map[string]bool{}
	if err := readLines(filepath.Join(data, "orgs.tsv"), func(line string) {
		fs := strings.Split(line, "\t")
		if len(fs) < 4 || strings.HasPrefix(line, "#") {
			return
		}
		slugs[fs[0]] = true
		addLower(f.known, fs[3])
		if len(fs) > 4 {
			addLower(f.known, strings.Split(fs[4], "|")...)
		}
	}); err != nil {
		return nil, nil, nil, err
	}
	return f, iso2, slugs, nil
}

// addLower adds the lower-cased names to m, without a leading "the".
func addLower(m map[string]bool, ns ...string) {
	for _, n := range ns {
		n = strings.ToLower(strings.TrimSpace(n))
		n = strings.TrimPrefix(n, "the ")
		if n != "" {
			m[n] = true
		}
	}
}

func readLines(path string, fn func(string)) error {
	r, err := os.Open(path)
	if err != nil {
		return err
	}
	defer r.Close()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fn(sc.Text())
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

const header = `# Generated by loader/gazetteer/gen/phoenix (make orgs, or go generate ./loader/gazetteer); do not edit.
# Source: the Phoenix actor dictionaries of PETRARCH2 (Phoenix.International, Phoenix.MilNonState and
# Phoenix.Countries .actors.txt) of the Open Event Data Alliance, under the MIT licence below.
#
`

// peopleHeader opens phoenix_people.tsv, before the licence.
const peopleHeader = `# Generated by loader/gazetteer/gen/phoenix (make orgs, or go generate ./loader/gazetteer); do not edit.
# Source: the office holders (entries with dated codes) of Phoenix.Countries.actors.txt of PETRARCH2,
# built from CountryInfo.txt, of the Open Event Data Alliance, under the MIT licence below; the
# country is the one country of their CAMEO codes.
#
`

// writeOrgs writes the organisations sorted by slug, after a header holding the source's licence.
func writeOrgs(path, license string, list []org) error {
	sort.Slice(list, func(i, j int) bool { return list[i].Slug < list[j].Slug })
	var rows []string
	for _, o := range list {
		iso := o.ISO3
		if iso == "" {
			iso = "-"
		}
		rows = append(rows, strings.Join([]string{o.Slug, o.Code, iso, o.Name, strings.Join(o.Aliases, "|")}, "\t"))
	}
	return writeTSV(path, header, license, "slug\tcode (IGO, NGO, GOV)\tcountry iso3 or -\tname\taliases (| separated)", rows)
}

// writePeople writes the people in the order given (sorted by name), after a header holding the
// source's licence.
func writePeople(path, license string, list []person) error {
	rows := make([]string, len(list))
	for i, p := range list {
		rows[i] = p.Name + "\t" + p.ISO3
	}
	return writeTSV(path, peopleHeader, license, "name\tcountry iso3", rows)
}

// writeTSV writes a generated file: intro, the licence as comment lines, the column names as a
// comment, then the rows, one a line.
func writeTSV(path, intro, license, columns string, rows []string) error {
	var b strings.Builder
	b.WriteString(intro)
	for _, l := range strings.Split(strings.TrimSpace(license), "\n") {
		b.WriteString(strings.TrimRight("# "+l, " ") + "\n")
	}
	b.WriteString("#\n# " + columns + "\n")
	for _, r := range rows {
		b.WriteString(r + "\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// printStats prints how many rows of a kind were written and the tally of names left out.
func printStats(kind string, n int, t tally) {
	fmt.Printf("%s %d\n", kind, n)
	var ws []string
	for w := range t.dropped {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	for _, w := range ws {
		fmt.Printf("%s dropped %-10s %6d  e.g. %s\n", kind, w, t.dropped[w], strings.Join(t.samples[w], "; "))
	}
}
