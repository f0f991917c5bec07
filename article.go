package newsgraph

// Article is one news article as read from an input file: its text and what is known about it.
// ID is never empty once the loader has parsed it (it is derived from the text when not given).
type Article struct {
	ID     string `json:"id"`
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"` // YYYY-MM-DD
	Source string `json:"source,omitempty"`
	URL    string `json:"url,omitempty"`
	Text   string `json:"-"`
}

// Extraction is what the loader reads out of one article: the object that `newsgraph extract`
// prints as one JSON line (CONTRACT.md) and that the graph stores under the article's label.
type Extraction struct {
	Article   Article    `json:"article"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}

// Entity is a country, organisation, person or place. ID is stable across articles
// ("country/RWA", "org/unhcr", "person/marco-rubio", "place/kigali").
type Entity struct {
	ID       string    `json:"id"`
	Type     string    `json:"type"`
	Name     string    `json:"name"`
	Code     string    `json:"code,omitempty"` // ISO 3166 alpha-3, IGO or NGO
	Aliases  []string  `json:"aliases,omitempty"`
	Lat      float64   `json:"lat,omitempty"`
	Lon      float64   `json:"lon,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// Mention is one place in an article's text where an entity is named. Start and End are offsets
// in Unicode code points into Article.Text; End is exclusive.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Relation is one fact between two entities read from one sentence: a PLOVER event
// (type AGREE … FIGHT) or another relation (HOLDS_OFFICE, NATIONALITY, PART_OF, PAYS, …).
// Subject acts, Object is acted on.
type Relation struct {
	Type       string            `json:"type"`
	Subject    string            `json:"subject"`
	Object     string            `json:"object"`
	Evidence   Span              `json:"evidence"`
	Date       string            `json:"date,omitempty"` // 2022, 2025-04 or 2025-05-04
	Status     string            `json:"status,omitempty"`
	Confidence float64           `json:"confidence,omitempty"`
	Attrs      map[string]string `json:"attrs,omitempty"` // mode, office, amount, currency, speaker, …
	// SubjectAgent and ObjectAgent name the entity that acted for the subject or object (a
	// person's ID), SubjectSector and ObjectSector the part of the actor that acted (GOV, MIL,
	// COP, JUD, …), when the text says so.
	SubjectAgent  string `json:"subjectAgent,omitempty"`
	ObjectAgent   string `json:"objectAgent,omitempty"`
	SubjectSector string `json:"subjectSector,omitempty"`
	ObjectSector  string `json:"objectSector,omitempty"`
	// Rule names what produced the relation: the construction and the lexicon entry.
	Rule string `json:"rule,omitempty"`
}

// Span is the sentence a relation was read from, with its offsets in code points.
type Span struct {
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}
