package graph

import "newsgraph"

// Hand-written extractions (the sentences are made up for these tests).

func country(code, name string, mentions ...string) newsgraph.Entity {
	e := newsgraph.Entity{ID: "country/" + code, Type: newsgraph.Country, Name: name, Code: code}
	for _, m := range mentions {
		e.Mentions = append(e.Mentions, newsgraph.Mention{Text: m})
	}
	return e
}

func rel(typ, subj, obj, date, sentence string, start int) newsgraph.Relation {
	return newsgraph.Relation{Type: typ, Subject: subj, Object: obj, Date: date,
		Evidence: newsgraph.Span{Sentence: sentence, Start: start, End: start + len(sentence)}}
}

var (
	rwa = country("RWA", "Rwanda", "Rwandan", "Kigali")
	usa = func() newsgraph.Entity {
		e := country("USA", "United States", "U.S.", "Washington")
		e.Aliases = []string{"America"}
		return e
	}()
	gbr = country("GBR", "United Kingdom", "Britain")
	isr = country("ISR", "Israel")
	dnk = country("DNK", "Denmark", "Danish")
	unh = newsgraph.Entity{ID: "org/unhcr", Type: newsgraph.Organization, Name: "UN refugee agency", Code: "IGO",
		Mentions: []newsgraph.Mention{{Text: "UNHCR"}}}
	jane = newsgraph.Entity{ID: "person/jane-umutoni", Type: newsgraph.Person, Name: "Jane Umutoni"}
)

// talks1 and talks2 report the same consultation between Rwanda and the United States.
func talks1() *newsgraph.Extraction {
	r := rel("CONSULT", "country/RWA", "country/USA", "2025-05", "Rwandan and U.S. envoys held talks in Kigali this month.", 0)
	r.Status = newsgraph.Ongoing
	r.Attrs = map[string]string{"mode": "meeting"}
	return &newsgraph.Extraction{
		Article:  newsgraph.Article{ID: "talks-1", Title: "Envoys meet", Date: "2025-05-06", Source: "Wire", URL: "https://example.org/1"},
		Entities: []newsgraph.Entity{rwa, usa, gbr, jane},
		Relations: []newsgraph.Relation{r,
			rel("AGREE", "country/GBR", "country/RWA", "2022", "Britain signed a migration accord with Rwanda in 2022.", 60),
			rel("HOLDS_OFFICE", "person/jane-umutoni", "country/RWA", "", "Jane Umutoni, Rwanda's trade minister, attended.", 120),
		},
	}
}

func talks2() *newsgraph.Extraction {
	r := rel("CONSULT", "country/RWA", "country/USA", "2025-05", "Kigali confirmed it was in discussions with Washington.", 10)
	r.Status = newsgraph.Concluded
	return &newsgraph.Extraction{
		Article:   newsgraph.Article{ID: "talks-2", Title: "Talks confirmed", Date: "2025-05-08", Source: "Daily"},
		Entities:  []newsgraph.Entity{rwa, usa, unh},
		Relations: []newsgraph.Relation{r, rel("DISAPPROVE", "org/unhcr", "country/USA", "2025-05-07", "The UNHCR criticised the plan.", 80)},
	}
}

// chain links Israel to Rwanda and Rwanda to Denmark.
func chain() *newsgraph.Extraction {
	return &newsgraph.Extraction{
		Article:  newsgraph.Article{ID: "chain/3", Date: "2024-02-01"},
		Entities: []newsgraph.Entity{isr, rwa, dnk},
		Relations: []newsgraph.Relation{
			rel("COOPERATE", "country/ISR", "country/RWA", "2023", "Israel and Rwanda ran a joint farming programme in 2023.", 0),
			rel("AGREE", "country/DNK", "country/RWA", "2024-01", "Denmark reached an understanding with Kigali in January.", 70),
		},
	}
}
