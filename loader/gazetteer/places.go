package gazetteer

import (
	"fmt"
	"strconv"
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
	return eachLine("data/regions.tsv", func(f []string) error {
		if len(f) != 4 {
			return fmt.Errorf("want 4 fields, have %d", len(f))
		}
		z.Places = append(z.Places, Place{Name: f[0], ISO3: f[1], Kind: "region", Admin: f[3]})
		return nil
	})
}
