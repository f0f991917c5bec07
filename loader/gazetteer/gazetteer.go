// Package gazetteer holds the lists of named things that ship inside the binary: every country with
// its names, aliases, demonyms and capitals; first-level regions; populated places with their
// country and coordinates; international and national organisations; offices and titles. The
// generated files come from open data (see README.md and gen/); the hand-written ones are this
// project's own. Load parses them once; the result is shared and read-only.
package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"sync"
)

//go:generate sh generate.sh

//go:embed data
var files embed.FS

// Country is one ISO 3166-1 country or territory.
type Country struct {
	ISO3, ISO2 string
	Name       string
	// Aliases are other names of the country ("Britain", "U.S."), Demonyms its adjectives
	// ("Rwandan"), People the plural nouns for its people ("Rwandans"), Capitals the names that
	// stand for its government ("Kigali", "the Kremlin").
	Aliases, Demonyms, People, Capitals []string
	Lat, Lon                            float64
	// Region and Subregion are the UN M49 continent and subregion the country lies in
	// ("Africa", "Eastern Africa"), as world-countries gives them.
	Region, Subregion string
}

// Place is a populated place, a region, or a wider area. Kind is "city", "region" (a first-level
// subdivision) or "area" (continents, seas, disputed or well-known areas; hand-written).
type Place struct {
	Name string
	// Aliases are other names of an area; Adjectives its adjectives and people ("European").
	Aliases, Adjectives []string
	ISO3                string
	Kind                string
	Lat, Lon            float64
	Pop                 int
	Admin               string // the first-level region code of a city (e.g. "NM"), or the ISO 3166-2 code of a region
	// Covers holds, for an area, the ISO3 codes of the countries in it ("the South American
	// nation" is one of them); empty for seas, landmarks and places of one country.
	Covers map[string]bool
}

// Org is an organisation: an international body ("IGO"), a non-governmental one ("NGO"), or a
// national body, party or outlet ("GOV", "PARTY", "MEDIA", "COM") of the country ISO3.
type Org struct {
	ID      string // the slug of org/<slug>
	Name    string
	Code    string
	ISO3    string
	Aliases []string
}

// Known is a well-known office holder: Of is "country/ISO3" or "org/<slug>". Bare says whether
// the surname alone names the person ("Putin").
type Known struct {
	Name, Office, Of string
	Bare             bool
}

// Gazetteer is the whole set of lists.
type Gazetteer struct {
	Countries []Country
	Places    []Place // cities by falling population, then regions
	Orgs      []Org
	// Titles maps an office or title as written in lower case ("foreign minister") to a
	// normalised office name ("Foreign Minister").
	Titles map[string]string
	// TitleCaps holds the forms of Titles written in capitals in the list ("PM"): they match only
	// so written ("PM Cerar", not "5 pm").
	TitleCaps map[string]bool
	// TitleCountry maps a normalised office that belongs to one country's government
	// ("Secretary of State") to that country's ISO3.
	TitleCountry map[string]string
	// People are well-known office holders.
	People []Known
	// PersonCountry maps the lower-case full name of a well-known person (Phoenix) to the ISO3 of
	// their country ("ronald reagan" → "USA").
	PersonCountry map[string]string
	// SurnameCountry maps the lower-case last word of the names in PersonCountry to the one
	// country all the people of that surname served ("reagan" → "USA"); a surname borne by
	// office holders of two countries ("obama", "singh") maps to "".
	SurnameCountry map[string]string
	// FirstNames holds given names ("Olivier", "Marco") as written.
	FirstNames map[string]bool
	// NameGender maps a given name borne by men only to 'M' and one borne by women only to 'F'
	// ("Marco" → 'M', "Ursula" → 'F'); a name borne by both ("Hillary") is not in it.
	NameGender map[string]byte
	// Stop lists place names never taken as places on their own (common words and first names).
	Stop map[string]bool
}

var (
	once sync.Once
	g    *Gazetteer
	gerr error
)

// Load returns the gazetteer, parsing the embedded files on the first call. An error means the
// embedded data is malformed (a bug caught by the package's tests).
func Load() (*Gazetteer, error) {
	once.Do(func() { g, gerr = load() })
	return g, gerr
}

// load parses the embedded files into a new gazetteer: the countries first (the places, the
// areas and the well-known people name them), then the places, the organisations, the titles,
// the stop places, the office holders, the people of Phoenix and the given names. It returns the
// first error, naming the file and line.
func load() (*Gazetteer, error) {
	z := &Gazetteer{Titles: map[string]string{}, TitleCaps: map[string]bool{}, TitleCountry: map[string]string{}, Stop: map[string]bool{}, FirstNames: map[string]bool{}, NameGender: map[string]byte{},
		PersonCountry: map[string]string{}, SurnameCountry: map[string]string{}}
	steps := []func() error{z.loadCountries, z.loadPlaces, z.loadOrgs, z.loadTitles, z.loadStopPlaces,
		z.loadPeople, func() error { return z.loadPersonCountry(files) }, z.loadFirstNames}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	return z, nil
}

// loadTitles reads the hand-written titles.tsv (forms of an office, the office, and the country
// whose government it belongs to if one) into Titles, keyed by the lower-cased form, TitleCaps
// (the forms written in capitals) and TitleCountry. A line of fewer than 2 fields is an error.
func (z *Gazetteer) loadTitles() error {
	return eachLine("data/titles.tsv", func(f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want 2 fields, have %d", len(f))
		}
		for _, t := range split(f[0]) {
			z.Titles[strings.ToLower(t)] = f[1]
			if t == strings.ToUpper(t) {
				z.TitleCaps[strings.ToLower(t)] = true
			}
		}
		if len(f) > 2 {
			z.TitleCountry[f[1]] = f[2]
		}
		return nil
	})
}

// loadStopPlaces reads the hand-written stopplaces.txt into Stop, lower-cased.
func (z *Gazetteer) loadStopPlaces() error {
	return eachLine("data/stopplaces.txt", func(f []string) error {
		z.Stop[strings.ToLower(f[0])] = true
		return nil
	})
}

// loadPeople appends the well-known office holders of the hand-written people.tsv (name,
// office, the ISO3 of a country or "-" and the slug of an organisation, "bare" or not) to
// People, in the file's order. A line of other than 4 fields is an error.
func (z *Gazetteer) loadPeople() error {
	return eachLine("data/people.tsv", func(f []string) error {
		if len(f) != 4 {
			return fmt.Errorf("want 4 fields, have %d", len(f))
		}
		k := Known{Name: f[0], Office: f[1], Of: "country/" + f[2], Bare: f[3] == "bare"}
		if strings.HasPrefix(f[2], "-") {
			k.Of = "org/" + f[2][1:]
		}
		z.People = append(z.People, k)
		return nil
	})
}

// loadFirstNames reads the given names of firstnames.txt, then of the hand-written
// firstnames_extra.txt, into FirstNames, and their gender (M or F) into NameGender; a later line
// of a name replaces the gender an earlier one gave it, or without one removes it.
func (z *Gazetteer) loadFirstNames() error {
	for _, name := range []string{"data/firstnames.txt", "data/firstnames_extra.txt"} {
		if err := eachLine(name, func(f []string) error {
			z.FirstNames[f[0]] = true
			if len(f) > 1 && (f[1] == "M" || f[1] == "F") {
				z.NameGender[f[0]] = f[1][0]
			} else {
				delete(z.NameGender, f[0]) // the hand-written list wins: "Kim" may be either
			}
			return nil
		}); err != nil {
			return err
		}
	}
	return nil
}

// phoenixPeople is the generated file of well-known people and their countries.
const phoenixPeople = "data/phoenix_people.tsv"

// loadPersonCountry reads phoenix_people.tsv of fsys (name, ISO3) into PersonCountry, keyed by
// the lower-cased name, and their surnames into SurnameCountry; the countries must be loaded. A
// missing file is no error: its generator reads the gazetteer before writing it. A line that is
// not a name and the ISO3 code of a known country is an error naming the file and line.
func (z *Gazetteer) loadPersonCountry(fsys fs.FS) error {
	iso3 := map[string]bool{}
	for _, c := range z.Countries {
		iso3[c.ISO3] = true
	}
	if z.SurnameCountry == nil {
		z.SurnameCountry = map[string]string{}
	}
	err := eachLineFS(fsys, phoenixPeople, func(f []string) error {
		if len(f) != 2 || f[0] == "" || !iso3[f[1]] {
			return fmt.Errorf("want a name and the ISO3 code of a country, have %q", strings.Join(f, "\t"))
		}
		name := strings.ToLower(f[0])
		z.PersonCountry[name] = f[1]
		sur := name[strings.LastIndexByte(name, ' ')+1:]
		if c, ok := z.SurnameCountry[sur]; !ok {
			z.SurnameCountry[sur] = f[1]
		} else if c != f[1] {
			z.SurnameCountry[sur] = ""
		}
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

// eachLine calls fn with the tab-separated fields of each line of an embedded file, skipping
// blank lines and lines starting with '#'; errors name the file and line.
func eachLine(name string, fn func([]string) error) error {
	return eachLineFS(files, name, fn)
}

// eachLineFS is eachLine for the file name of fsys.
func eachLineFS(fsys fs.FS, name string, fn func([]string) error) error {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	var r io.Reader = bytes.NewReader(b)
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return fmt.Errorf("gazetteer: %s: %w", name, err)
		}
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		if err := fn(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("gazetteer: %s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("gazetteer: %s: %w", name, err)
	}
	return nil
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, x := range strings.Split(s, "|") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func num(s, field string) (float64, error) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("field %s: %w", field, err)
	}
	return v, nil
}
