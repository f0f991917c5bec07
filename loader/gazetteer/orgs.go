package gazetteer

import "fmt"

// loadOrgs reads the hand-written orgs.tsv: slug, code, country, name, aliases.
func (z *Gazetteer) loadOrgs() error {
	return eachLine("data/orgs.tsv", func(f []string) error {
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
		z.Orgs = append(z.Orgs, o)
		return nil
	})
}
