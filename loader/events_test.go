package loader

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"newsgraph"
	"newsgraph/loader/entities"
)

// testActors are the entities the event tests name; the tests find their mentions by hand so
// that they pin the event grammar whatever the entity stage does.
var testActors = []struct {
	text, id, typ, code, kind string
}{
	{"Bolivian", "country/BOL", newsgraph.Country, "BOL", "demonym"},
	{"Bolivia", "country/BOL", newsgraph.Country, "BOL", "name"},
	{"Peruvian", "country/PER", newsgraph.Country, "PER", "demonym"},
	{"Peru", "country/PER", newsgraph.Country, "PER", "name"},
	{"Chilean", "country/CHL", newsgraph.Country, "CHL", "demonym"},
	{"Chile", "country/CHL", newsgraph.Country, "CHL", "name"},
	{"Norway", "country/NOR", newsgraph.Country, "NOR", "name"},
	{"the World Bank", "org/world-bank", newsgraph.Organization, "IGO", "name"},
	{"Ana Ruiz", "person/ana-ruiz", newsgraph.Person, "", "name"},
	{"Cuzco", "place/cuzco", newsgraph.Location, "", "name"},
	{"Arequipa", "place/arequipa-per", newsgraph.Location, "PER", "name"},
}

// testDoc builds a doc of one sentence per line, with the mentions of testActors.
func testDoc(text, date string) *doc {
	d := &doc{Article: newsgraph.Article{Text: text, Date: date}, Text: text, Entities: map[string]*newsgraph.Entity{}}
	start := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		s := strings.TrimRight(line, "\n")
		if s != "" {
			d.Sentences = append(d.Sentences, entities.Sentence{Start: start, End: start + len(s), Text: s})
		}
		start += len(line)
	}
	taken := make([]bool, len(text))
	for _, a := range testActors {
		for from := 0; ; {
			i := strings.Index(text[from:], a.text)
			if i < 0 {
				break
			}
			i += from
			from = i + len(a.text)
			if taken[i] || i > 0 && isLetterByte(text[i-1]) || from < len(text) && isLetterByte(text[from]) {
				continue
			}
			for k := i; k < from; k++ {
				taken[k] = true
			}
			si := 0
			for si+1 < len(d.Sentences) && d.Sentences[si+1].Start <= i {
				si++
			}
			d.Mentions = append(d.Mentions, entities.Mention{Start: i, End: from, Text: a.text, EntityID: a.id, Kind: a.kind, Sentence: si})
			d.Entities[a.id] = &newsgraph.Entity{ID: a.id, Type: a.typ, Name: a.text, Code: a.code}
		}
	}
	sort.Slice(d.Mentions, func(i, j int) bool { return d.Mentions[i].Start < d.Mentions[j].Start })
	return d
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// short writes a relation as "TYPE SUBJ OBJ [date] [status] [k=v…]" with codes for entities.
func short(d *doc, r newsgraph.Relation) string {
	code := func(id string) string {
		if e := d.Entities[id]; e != nil && e.Code != "" {
			return e.Code
		}
		return id
	}
	s := r.Type + " " + code(r.Subject) + " " + code(r.Object)
	if r.Date != "" {
		s += " " + r.Date
	}
	if r.Status != "" {
		s += " " + r.Status
	}
	var keys []string
	for k := range r.Attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		s += " " + k + "=" + r.Attrs[k]
	}
	return s
}

func eventsOf(text, date string) []string {
	d := testDoc(text, date)
	testExtractor.evs.find(d)
	out := []string{}
	for _, r := range d.Relations {
		out = append(out, short(d, r))
	}
	return out
}

// TestEventRules pins each rule of the event grammar with a sentence written for it.
func TestEventRules(t *testing.T) {
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		{"active voice: subject acts on object", "Norway condemned Chile over the arrests.",
			[]string{"DISAPPROVE NOR CHL"}},
		{"passive voice: the by-agent acts", "Chile was condemned by Norway over the arrests.",
			[]string{"DISAPPROVE NOR CHL"}},
		{"mutual event once, with its status", "Peru and Bolivia signed a trade agreement.",
			[]string{"AGREE PER BOL CONCLUDED"}},
		{"nominal event between two actors", "The war between Peru and Bolivia dragged on for years.",
			[]string{"FIGHT PER BOL"}},
		{"nominal event with the clause subject, under way", "Peru is in talks with Bolivia about water rights.",
			[]string{"CONSULT PER BOL 2024-03 ONGOING"}},
		{"possessive nominal event", "Peru's talks with Bolivia stalled over water rights.",
			[]string{"CONSULT PER BOL"}},
		{"a venue is no party", "Peru and Bolivia resumed talks in Chile on Monday.",
			[]string{"CONSULT PER BOL 2024-03-04"}},
		{"a definite agent of a state stands for the country named before", "Peru is in crisis.\nThe government expelled Chilean diplomats.",
			[]string{"SANCTION PER CHL mode=expel"}},
		{"a definite agent in the first sentence stands for no one", "The government expelled Chilean diplomats.",
			nil},
		{"light verb takes the noun's type", "Norway imposed sanctions on Chile.",
			[]string{"SANCTION NOR CHL mode=discontinue"}},
		{"easing economic sanctions is a material concession (CAMEO2PLOVER 085)", "Norway lifted its sanctions on Chile.",
			[]string{"RETREAT NOR CHL mode=ease"}},
		{"easing an administrative measure is a concession (081)", "Norway lifted its curfew on Chilean visitors.",
			[]string{"CONCEDE NOR CHL mode=ease"}},
		{"meeting another's demands is yielding to it (CAMEO 080)", "Norway accepted the demands of Chile.",
			[]string{"CONCEDE NOR CHL"}},
		{"reported speech is the speaker's report of another's event", "Chile said Peru attacked Bolivia.",
			[]string{"ASSAULT PER BOL speaker=Chile"}},
		{"a trailing attribution is no argument", "Peru attacked Bolivia, Chilean officials said.",
			[]string{"ASSAULT PER BOL speaker=Chilean"}},
		{"a negated act that did not happen is not stored", "Peru will not repay Bolivia.",
			[]string{}},
		{"not accepting is a rejection", "Peru did not accept the offer from Bolivia.",
			[]string{"REJECT PER BOL"}},
		{"a question states no fact", "Will Peru sign a deal with Bolivia?",
			[]string{}},
		{"a hypothetical is proposed", "Peru could sign a deal with Bolivia.",
			[]string{"AGREE PER BOL 2024-03 PROPOSED"}},
		{"an option weighed is proposed (weighedObjects)", "Peru is considering sanctions against Bolivia.",
			[]string{"SANCTION PER BOL 2024-03 PROPOSED"}},
		{"a promise to cooperate is AGREE", "Peru offered to send aid to Bolivia.",
			[]string{"AGREE PER BOL 2024-03 PROPOSED"}},
		{"a future hostile act is a threat", "Peru will expel the Bolivian ambassador.",
			[]string{"THREATEN PER BOL 2024-03 PROPOSED"}},
		{"threats", "Peru threatened to expel Bolivian diplomats.",
			[]string{"THREATEN PER BOL 2024-03 PROPOSED"}},
		{"refusals", "Peru refused to meet Bolivia.",
			[]string{"REJECT PER BOL"}},
		{"demands: the demanded act is no fact", "Peru urged Bolivia to withdraw its troops from the border.",
			[]string{"DEMAND PER BOL"}},
		{"a reported obligation is a demand", "Peru said Bolivia must release the prisoners.",
			[]string{"DEMAND PER BOL 2024-03 PROPOSED"}},
		{"denials", "Peru denied holding talks with Bolivia.",
			[]string{}},
		{"conditions are not facts", "Peru will meet Chile if Bolivia attacks the border post.",
			[]string{"AGREE PER CHL 2024-03 PROPOSED"}},
		{"mediation", "Chile is mediating between Peru and Bolivia.",
			[]string{"CONSULT CHL PER 2024-03 ONGOING mode=mediation", "CONSULT CHL BOL 2024-03 ONGOING mode=mediation"}},
		{"deportation is DEPORTS_TO, not an event against the deportee's country", "Peru deported a Bolivian activist to Chile.",
			[]string{"DEPORTS_TO PER CHL mode=deportation"}},
		{"a deportation told in the passive: COERCE of the deported (the tree's reduced relative) and where they went", "Talks with Chile covered activists deported by Peru to Bolivia.",
			[]string{"COERCE PER agent/activist mode=deport", "DEPORTS_TO PER BOL mode=deportation"}},
		{"a deportation without destination has no DEPORTS_TO", "Chile is in talks with Bolivia about migrants deported by Peru.",
			[]string{"CONSULT CHL BOL 2024-03 ONGOING", "COERCE PER agent/migrant mode=deport"}},
		{"armed forces killing armed forces is fighting", "Peruvian troops killed ten Bolivian soldiers.",
			[]string{"FIGHT PER BOL"}},
		{"payments with amount and currency", "Peru paid 5 million dollars to Bolivia.",
			[]string{"PAYS PER BOL amount=5000000 currency=USD"}},
		{"money going to a payee", "The scheme cost Peruvian taxpayers 30 million dollars, with 12 million dollars going to Bolivia.",
			[]string{"PAYS PER BOL amount=12000000 currency=USD"}},
		{"origins are not arguments", "Peru hosts refugees from Bolivia.",
			[]string{}},
		{"co-mentioned actors are not paired", "Peru and Bolivia both have high mountains.",
			[]string{}},
		{"apposition is skipped", "Peru, a neighbour of Bolivia, attacked Chile.",
			[]string{"ASSAULT PER CHL"}},
		{"coordinated objects", "Peru attacked Bolivia and Chile.",
			[]string{"ASSAULT PER BOL", "ASSAULT PER CHL"}},
		{"dates resolve against the article", "Peru attacked Bolivia last month.",
			[]string{"ASSAULT PER BOL 2024-02"}},
		{"a planned event's weekday is the coming one", "Peru will meet Bolivia on Friday.",
			[]string{"AGREE PER BOL 2024-03-08 PROPOSED"}},
		{"an announcement's date is not the plan's", "On Monday, Peru said it will withdraw its observers from Bolivia.",
			[]string{"THREATEN PER BOL 2024-03-04 PROPOSED"}},
		{"an agent acts for the country", "Bolivian officials met Peru's president on Sunday.",
			[]string{"CONSULT BOL PER 2024-03-03"}},
		{"organisations", "the World Bank gave Bolivia a loan of 40 million dollars.",
			[]string{"AID IGO BOL amount=40000000 currency=USD"}},
		{"a relative clause acts for its antecedent", "Talks collapsed because of Peru, which attacked Bolivia on Sunday.",
			[]string{"ASSAULT PER BOL 2024-03-03"}},
		{"pronoun subject from the sentence before", "Peru attacked Bolivia.\nIt also attacked Chile.",
			[]string{"ASSAULT PER BOL", "ASSAULT PER CHL"}},
	} {
		got := eventsOf(c.text, "2024-03-05")
		if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%s: %q\n got  %q\n want %q", c.rule, c.text, got, c.want)
		}
	}
}

// TestEndedDeal checks that "scrapped the deal" ends the agreement read before it.
func TestEndedDeal(t *testing.T) {
	got := eventsOf("Peru agreed to a deal with Bolivia in 2019.\nChile's new government scrapped the deal last year.", "2024-03-05")
	want := []string{"AGREE PER BOL 2019 ENDED"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %q, want %q", got, want)
	}
	got = eventsOf("Chile signed a pact with Norway.\nPeru's deal with Bolivia, agreed in 2019, was cancelled last month.", "2024-03-05")
	want = []string{"AGREE CHL NOR CONCLUDED", "AGREE PER BOL 2019 ENDED"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("passive: got %q, want %q", got, want)
	}
}

// TestEventsNeverPanic feeds odd sentences through the event stage.
func TestEventsNeverPanic(t *testing.T) {
	for _, s := range []string{"", "Peru", "Peru Bolivia", ", , Peru ,", "Peru's", "Bolivia’s", "Peru said", "between Peru and",
		"Peru $", "Peru paid $", "to Peru", "Peru didn't", "“Peru”", "Peru\u00a0attacked\u00a0Bolivia", "the Peru-Bolivia talks"} {
		eventsOf(s, "")
		eventsOf(s, "2024-03-05")
	}
}

// BenchmarkEvents measures the event stage alone on sentences written for the tests (the whole
// extraction's target is 2 MB/s on one core; see the loader's benchmarks).
func BenchmarkEvents(b *testing.B) {
	text := strings.Repeat("Peru and Bolivia signed a trade agreement on Sunday.\n"+
		"Chile said Peru attacked Bolivia last month, Chilean officials said.\n"+
		"The war between Peru and Bolivia dragged on for years while farmers harvested their crops.\n"+
		"Peru paid 5 million dollars to Bolivia.\n"+
		"Nothing in this sentence names anyone, but it is long enough to be read and skipped.\n", 40)
	d0 := testDoc(text, "2024-03-05")
	f := testExtractor.evs
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		d := *d0
		d.Relations = nil
		f.find(&d)
	}
}

// FuzzEvents checks that no text makes the event stage panic (go test -fuzz FuzzEvents).
func FuzzEvents(f *testing.F) {
	for _, s := range []string{"Peru attacked Bolivia.", "Peru, which said it would meet Chile, did not.",
		"between Peru and", "Peru paid $ 5 million to Bolivia on May 4,", "“Peru’s talks with Bolivia,” Chile said."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		eventsOf(s, "2024-03-05")
	})
}
