package entities

import (
	"strings"

	"newsgraph"
)

// placeRelations adds PART_OF from each place to its country when the article names both.
func (f *Finder) placeRelations(st *state) {
	d := st.d
	done := map[string]bool{}
	for _, m := range d.Mentions {
		e := d.Entities[m.EntityID]
		if e == nil || e.Type != newsgraph.Location || done[e.ID] || e.Code == "" {
			continue
		}
		if _, ok := d.Entities["country/"+e.Code]; !ok {
			continue
		}
		done[e.ID] = true
		s := d.Sentences[m.Sentence]
		d.Relations = append(d.Relations, newsgraph.Relation{Type: "PART_OF", Subject: e.ID, Object: "country/" + e.Code,
			Evidence: newsgraph.Span{Sentence: s.Text, Start: s.Start, End: s.End}, Rule: "gazetteer place"})
	}
}

// orgRelations adds, for each organisation of one country, PART_OF to that country for a
// government body and BASED_IN for a party, outlet or company, when the article names the country.
func (f *Finder) orgRelations(st *state) {
	d := st.d
	done := map[string]bool{}
	for _, m := range d.Mentions {
		if done[m.EntityID] || !strings.HasPrefix(m.EntityID, "org/") || m.Kind == "anaphor" {
			continue
		}
		done[m.EntityID] = true
		o, ok := f.orgs[strings.TrimPrefix(m.EntityID, "org/")]
		if !ok || o.ISO3 == "" {
			continue
		}
		typ := "BASED_IN"
		if o.Code == "GOV" {
			typ = "PART_OF"
		}
		if _, named := d.Entities["country/"+o.ISO3]; !named {
			continue // only countries the article names are entities of it
		}
		s := d.Sentences[m.Sentence]
		d.Relations = append(d.Relations, newsgraph.Relation{Type: typ, Subject: m.EntityID, Object: "country/" + o.ISO3,
			Evidence: newsgraph.Span{Sentence: s.Text, Start: s.Start, End: s.End}, Rule: "organisation list " + o.Code})
	}
}
