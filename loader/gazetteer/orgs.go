package gazetteer

import (
	"errors"
	"fmt"
	"io/fs"
)

// loadOrgs reads the hand-written orgs.tsv, then the generated phoenix_orgs.tsv (organisations
// of the Phoenix actor dictionaries); a Phoenix row whose slug orgs.tsv already has is left out,
// so the hand-written list wins. Both have the columns slug, code, country, name, aliases. A
// missing phoenix_orgs.tsv is no error: its generator reads the gazetteer before writing it.
func (z *Gazetteer) loadOrgs() error {
	seen := map[string]bool{}
	for _, name := range []string{"data/orgs.tsv", "data/phoenix_orgs.tsv"} {
		err := eachLine(name, func(f []string) error {
			if len(f) < 4 || len(f) > 5 {
				return fmt.Errorf("want 4 or 5 fields, have %d", len(f))
			}
			o := Org{ID: f[0], Code: f[1], ISO3: f[2], Name: f[3]}
			if len(f) == 5 {
				o.Aliases = split(f[4])
			}
			if o.ISO3 == "-" {
				o.ISO3 = ""
			}
			if seen[o.ID] {
				return nil
			}
			seen[o.ID] = true
			z.Orgs = append(z.Orgs, o)
			return nil
		})
		if err != nil && !(name == "data/phoenix_orgs.tsv" && errors.Is(err, fs.ErrNotExist)) {
			return err
		}
	}
	return nil
}
