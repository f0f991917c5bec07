package gazetteer

import (
	"fmt"
	"strings"
)

// loadCountries reads the generated countries.tsv and applies the hand-written aliases.tsv.
func (z *Gazetteer) loadCountries() error {
	byISO, err := z.loadCountryRows()
	if err != nil {
		return err
	}
	err = eachLine("data/aliases.tsv", func(f []string) error {
		if len(f) != 3 {
			return fmt.Errorf("want 3 fields, have %d", len(f))
		}
		i, ok := byISO[f[0]]
		if !ok {
			return fmt.Errorf("unknown country %q", f[0])
		}
		return applyAlias(&z.Countries[i], f[1], split(f[2]))
	})
	if err != nil {
		return err
	}
	for i := range z.Countries {
		addDemonymPlurals(&z.Countries[i])
	}
	return nil
}

// loadCountryRows appends the countries of the generated countries.tsv to Countries, in the
// file's order, and returns the index of each in Countries by its ISO3 code. A line of other
// than 10 fields, or with a latitude or longitude that is no number, is an error.
func (z *Gazetteer) loadCountryRows() (map[string]int, error) {
	byISO := map[string]int{}
	err := eachLine("data/countries.tsv", func(f []string) error {
		if len(f) != 10 {
			return fmt.Errorf("want 10 fields, have %d", len(f))
		}
		lat, err := num(f[6], "lat")
		if err != nil {
			return err
		}
		lon, err := num(f[7], "lon")
		if err != nil {
			return err
		}
		byISO[f[0]] = len(z.Countries)
		z.Countries = append(z.Countries, Country{ISO3: f[0], ISO2: f[1], Name: f[2], Aliases: split(f[3]),
			Demonyms: split(f[4]), Capitals: split(f[5]), Lat: lat, Lon: lon, Region: f[8], Subregion: f[9]})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return byISO, nil
}

// applyAlias applies to c one line of aliases.tsv of the kind given, with the values vs: "name"
// (one value) makes the name an alias and replaces it; "alias", "demonym", "people" and
// "capital" add the values not there yet; "drop" removes them from the aliases and capitals.
// Another kind, or a name of other than one value, is an error.
func applyAlias(c *Country, kind string, vs []string) error {
	switch kind {
	case "name":
		if len(vs) != 1 {
			return fmt.Errorf("name: want one value")
		}
		c.Aliases = addUnique(c.Aliases, c.Name)
		c.Name = vs[0]
	case "alias":
		c.Aliases = addUnique(c.Aliases, vs...)
	case "demonym":
		c.Demonyms = addUnique(c.Demonyms, vs...)
	case "people":
		c.People = addUnique(c.People, vs...)
	case "capital":
		c.Capitals = addUnique(c.Capitals, vs...)
	case "drop":
		c.Aliases = remove(c.Aliases, vs)
		c.Capitals = remove(c.Capitals, vs)
	default:
		return fmt.Errorf("unknown kind %q", kind)
	}
	return nil
}

// addDemonymPlurals adds to c's People the plural of each of its demonyms that takes -s
// (plural), in the demonyms' order, unless People holds it already.
func addDemonymPlurals(c *Country) {
	for _, d := range c.Demonyms {
		if p := plural(d); p != "" {
			c.People = addUnique(c.People, p)
		}
	}
}

// plural gives the plural noun of a demonym that takes -s ("Mexican" → "Mexicans", "Iraqi" →
// "Iraqis", "Thai" → "Thais"); "" for those that do not ("British", "Chinese", "Swiss").
func plural(d string) string {
	if strings.Contains(d, " ") && !strings.HasSuffix(d, "an") {
		return ""
	}
	switch {
	case strings.HasSuffix(d, "ese"), strings.HasSuffix(d, "ish"), strings.HasSuffix(d, "ch"),
		strings.HasSuffix(d, "ss"), strings.HasSuffix(d, "s"):
		return ""
	case strings.HasSuffix(d, "an"), strings.HasSuffix(d, "i"), strings.HasSuffix(d, "ot"),
		strings.HasSuffix(d, "er"), strings.HasSuffix(d, "ite"), strings.HasSuffix(d, "ine"):
		return d + "s"
	}
	return ""
}

func addUnique(xs []string, vs ...string) []string {
	for _, v := range vs {
		found := false
		for _, x := range xs {
			if strings.EqualFold(x, v) && x == v {
				found = true
				break
			}
		}
		if !found {
			xs = append(xs, v)
		}
	}
	return xs
}

func remove(xs, vs []string) []string {
	out := xs[:0]
	for _, x := range xs {
		keep := true
		for _, v := range vs {
			if x == v {
				keep = false
			}
		}
		if keep {
			out = append(out, x)
		}
	}
	return out
}
