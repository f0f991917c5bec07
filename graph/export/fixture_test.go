package export_test

import (
	"context"
	"testing"

	"newsgraph"
	"newsgraph/graph"
	"newsgraph/graph/export"
)

var _ export.Source = (*graph.Store)(nil)

// The fixture: made-up articles about made-up diplomacy, with the characters that trip writers
// up (quotes, ampersands, angle brackets, backslashes, accents, line breaks).

func ent(id, typ, name, code string, aliases ...string) newsgraph.Entity {
	return newsgraph.Entity{ID: id, Type: typ, Name: name, Code: code, Aliases: aliases}
}

var (
	fxRWA = ent("country/RWA", newsgraph.Country, "Rwanda", "RWA", "Kigali")
	fxUSA = ent("country/USA", newsgraph.Country, "United States", "USA", "U.S.")
	fxGBR = ent("country/GBR", newsgraph.Country, "United Kingdom", "GBR", "Britain")
	fxCOD = ent("country/COD", newsgraph.Country, "Democratic Republic of the Congo", "COD", "DRC")
	fxCIV = ent("country/CIV", newsgraph.Country, "Côte d'Ivoire", "CIV")
	fxDNK = ent("country/DNK", newsgraph.Country, "Denmark", "DNK")
	fxMSF = ent("org/médecins-sans-frontières", newsgraph.Organization, `Médecins "Sans" Frontières & Co <NGO>`, "NGO")
	fxAmy = ent("person/amy-okafor", newsgraph.Person, "Amy Okafor", "")
	fxGom = newsgraph.Entity{ID: "place/goma", Type: newsgraph.Location, Name: "Goma", Code: "COD", Lat: -1.68, Lon: 29.22}
)

func fxRel(typ, subj, obj, date, sentence string, start int) newsgraph.Relation {
	return newsgraph.Relation{Type: typ, Subject: subj, Object: obj, Date: date,
		Evidence: newsgraph.Span{Sentence: sentence, Start: start, End: start + len([]rune(sentence))}}
}

func fixture() []*newsgraph.Extraction {
	consult := fxRel("CONSULT", "country/RWA", "country/USA", "2025-05", "Officials from Kigali and Washington met twice \"in good faith\".", 0)
	consult.Status = newsgraph.Ongoing
	consult.Attrs = map[string]string{"mode": "meeting"}
	return []*newsgraph.Extraction{
		{
			Article:  newsgraph.Article{ID: "a-1", Title: "Envoys & talks", Date: "2025-05-03", Source: "Wire", URL: "https://news.example/a?id=1&lang=en"},
			Entities: []newsgraph.Entity{fxRWA, fxUSA, fxGBR, fxAmy},
			Relations: []newsgraph.Relation{consult,
				fxRel("AGREE", "country/GBR", "country/RWA", "2022-04", "London and Kigali signed a <draft> accord back\nin 2022.", 70),
				fxRel("HOLDS_OFFICE", "person/amy-okafor", "country/USA", "", "Amy Okafor, the US envoy, spoke first.", 140),
			},
		},
		{
			Article:  newsgraph.Article{ID: "a-2", Title: "A second report", Date: "2025-05-09", Source: "Daily"},
			Entities: []newsgraph.Entity{fxRWA, fxUSA, fxCOD, fxGom},
			Relations: []newsgraph.Relation{
				fxRel("CONSULT", "country/RWA", "country/USA", "2025-05", `The talks went on, a spokesman said \ without detail.`, 5),
				fxRel("FIGHT", "country/RWA", "country/COD", "2025-01", "Troops clashed near Goma in January.", 60),
				fxRel("DEMAND", "country/COD", "country/RWA", "2025-01", "Kinshasa demanded that its neighbour withdraw.", 100),
			},
		},
		{
			Article:  newsgraph.Article{ID: "a-3", Title: "Aid pledged", Date: "2024-11-20", Source: "Wire", URL: "https://news.example/a-3"},
			Entities: []newsgraph.Entity{fxDNK, fxCOD, fxCIV, fxMSF},
			Relations: []newsgraph.Relation{
				fxRel("AID", "country/DNK", "country/COD", "2024-11", "Copenhagen pledged aid to Congo.", 0),
				fxRel("SUPPORT", "org/médecins-sans-frontières", "country/COD", "2024", "The charity backed the clinics.", 40),
				fxRel("DISAPPROVE", "country/CIV", "country/DNK", "2024-11-19", "Abidjan’s minister criticised the plan.", 80),
			},
		},
	}
}

// newStore returns a memory store holding the fixture.
func newStore(t testing.TB) *graph.Store {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Backend: "memory"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for _, x := range fixture() {
		if _, err := s.Load(ctx, x); err != nil {
			t.Fatalf("load %s: %v", x.Article.ID, err)
		}
	}
	return s
}
