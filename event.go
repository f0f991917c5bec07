package newsgraph

// Event is a relation as stored in the graph: one node per (subject, type, object, date), with
// every article and sentence that reports it. ID is stable: the same four values give the same ID.
type Event struct {
	ID      string            `json:"id"`
	Type    string            `json:"type"`
	Subject string            `json:"subject"` // entity ID
	Object  string            `json:"object"`  // entity ID
	Date    string            `json:"date,omitempty"`
	Status  string            `json:"status,omitempty"`
	Attrs   map[string]string `json:"attrs,omitempty"`
	// Articles counts the articles that report the event.
	Articles int `json:"articles"`
}

// Evidence is one sentence of one article that reports an event.
type Evidence struct {
	Sentence  string `json:"sentence"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	ArticleID string `json:"article"`
}

// RelationFilter selects events. Empty fields select everything. Subject and Object are entity
// IDs; with Either set, an event matches in either direction. Since and Until compare the event's
// date by prefix, so "2022" includes "2022-05-01" and Until "2022" includes all of 2022.
type RelationFilter struct {
	Subject string
	Object  string
	Either  bool
	Types   []string
	Since   string
	Until   string
	Source  string // article source, e.g. "NYT"
}
