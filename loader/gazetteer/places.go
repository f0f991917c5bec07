package gazetteer

import (
	"fmt"
	"strconv"
	"strings"
)

// loadPlaces reads the generated places.tsv.gz (cities) and regions.tsv.
func (z *Gazetteer) loadPlaces() error {
	err := eachLine("data/places.tsv.gz", func(f []string) error {
		if len(f) != 7 {
			return fmt.Errorf("want 7 fields, have %d", len(f))
		}
		lat, err := num(f[2], "lat")
		if err != nil {
			return err
		}
		lon, err := num(f[3], "lon")
		if err != nil {
			return err
		}
		pop, err := strconv.Atoi(f[4])
		if err != nil {
			return fmt.Errorf("field population: %w", err)
		}
		z.Places = append(z.Places, Place{Name: f[0], ISO3: f[1], Kind: "city", Lat: lat, Lon: lon, Pop: pop, Admin: f[6]})
		return nil
	})
	if err != nil {
		return err
	}
	if err := z.loadCityAliases(); err != nil {
		return err
	}
	// the hand-written areas come first among the regions, so that their names keep plain IDs
	err = eachLine("data/areas.tsv", func(f []string) error {
		if len(f) != 5 {
			return fmt.Errorf("want 5 fields, have %d", len(f))
		}
		p := Place{Name: f[0], ISO3: f[1], Kind: "area", Aliases: split(f[2]), Adjectives: split(f[3])}
		if p.ISO3 == "-" {
			p.ISO3 = ""
		}
		var err error
		if p.Covers, err = z.covered(split(f[4])); err != nil {
			return err
		}
		z.Places = append(z.Places, p)
		return nil
	})
	if err != nil {
		return err
	}
	byCode := map[string]int{}
	err = eachLine("data/regions.tsv", func(f []string) error {
		if len(f) != 4 {
			return fmt.Errorf("want 4 fields, have %d", len(f))
		}
		byCode[f[3]] = len(z.Places)
		z.Places = append(z.Places, Place{Name: f[0], ISO3: f[1], Kind: "region", Admin: f[3]})
		return nil
	})
	if err != nil {
		return err
	}
	return eachLine("data/region_aliases.tsv", func(f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("want 2 fields, have %d", len(f))
		}
		i, ok := byCode[f[0]]
		if !ok {
			return fmt.Errorf("unknown region %q", f[0])
		}
		z.Places[i].Aliases = append(z.Places[i].Aliases, split(f[1])...)
		return nil
	})
}

// covered returns the ISO3 codes of the countries that the names of areas name: UN M49
// continents or subregions as countries.tsv gives them ("Africa", "Eastern Africa"), or ISO3 codes
// of countries. A name that is none of these is an error.
func (z *Gazetteer) covered(names []string) (map[string]bool, error) {
	if len(names) == 0 {
		return nil, nil
	}
	out := map[string]bool{}
	for _, n := range names {
		found := false
		for _, c := range z.Countries {
			if c.ISO3 == n || c.Region == n || c.Subregion == n {
				out[c.ISO3], found = true, true
			}
		}
		if !found {
			return nil, fmt.Errorf("covers: %q is no country, continent or subregion", n)
		}
	}
	return out, nil
}

// loadCityAliases adds to the cities the other names of city_aliases.tsv; a row naming no city
// is an error.
func (z *Gazetteer) loadCityAliases() error {
	byName := map[[2]string]int{}
	for i, p := range z.Places {
		byName[[2]string{p.Name, p.ISO3}] = i
	}
	return eachLine("data/city_aliases.tsv", func(f []string) error {
		if len(f) != 4 || !strings.HasPrefix(f[3], "# ") {
			return fmt.Errorf("want 3 fields and a \"# reason\", have %d fields", len(f))
		}
		i, ok := byName[[2]string{f[0], f[1]}]
		if !ok {
			return fmt.Errorf("no city %q in %s", f[0], f[1])
		}
		z.Places[i].Aliases = append(z.Places[i].Aliases, split(f[2])...)
		return nil
	})
}
