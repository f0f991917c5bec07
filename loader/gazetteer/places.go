package gazetteer

import (
	"fmt"
	"strconv"
	"strings"
)

// loadPlaces reads the generated places.tsv.gz (cities) and regions.tsv.
func (z *Gazetteer) loadPlaces() error {
	if err := z.loadCities(); err != nil {
		return err
	}
	if err := z.loadCityAliases(); err != nil {
		return err
	}
	// the hand-written areas come first among the regions, so that their names keep plain IDs
	if err := z.loadAreas(); err != nil {
		return err
	}
	byCode, err := z.loadRegions()
	if err != nil {
		return err
	}
	return z.loadRegionAliases(byCode)
}

// loadCities appends the cities of the generated places.tsv.gz to Places, in the file's order.
// A line of other than 7 fields, or with a latitude, longitude or population that is no number,
// is an error.
func (z *Gazetteer) loadCities() error {
	return eachLine("data/places.tsv.gz", func(f []string) error {
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
}

// loadAreas appends the areas of the hand-written areas.tsv (name, ISO3 or "-", aliases,
// adjectives, the countries covered) to Places, in the file's order; the countries must be
// loaded. A line of other than 5 fields, or covering a name that is no country, continent or
// subregion (covered), is an error.
func (z *Gazetteer) loadAreas() error {
	return eachLine("data/areas.tsv", func(f []string) error {
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
}

// loadRegions appends the first-level regions of the generated regions.tsv to Places, in the
// file's order, and returns the index of each in Places by its region code. A line of other
// than 4 fields is an error.
func (z *Gazetteer) loadRegions() (map[string]int, error) {
	byCode := map[string]int{}
	err := eachLine("data/regions.tsv", func(f []string) error {
		if len(f) != 4 {
			return fmt.Errorf("want 4 fields, have %d", len(f))
		}
		byCode[f[3]] = len(z.Places)
		z.Places = append(z.Places, Place{Name: f[0], ISO3: f[1], Kind: "region", Admin: f[3]})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return byCode, nil
}

// loadRegionAliases adds to the regions the other names of region_aliases.tsv; byCode gives the
// index of each region in Places by its code (loadRegions). A line of other than 2 fields, or
// naming no region, is an error.
func (z *Gazetteer) loadRegionAliases(byCode map[string]int) error {
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
