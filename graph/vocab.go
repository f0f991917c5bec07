package graph

import (
	"net/url"
	"strings"

	"github.com/cayleygraph/quad"
)

// The vocabulary. Every node and predicate is an absolute IRI under Base ("urn:newsgraph:"), so
// that every writer (JSON-LD drops relative IRIs) keeps them:
//
//	urn:newsgraph:entity:<entity id>      an entity, e.g. urn:newsgraph:entity:country/RWA
//	urn:newsgraph:article:<article id>    an article; also the label of every quad the article stored
//	urn:newsgraph:event:<event id>        an event: one per (subject, type, object, date)
//	urn:newsgraph:evidence:<hash>         one sentence of one article reporting one event
//	urn:newsgraph:record:<article id>     the article's extraction as loaded (JSON, without text)
//	urn:newsgraph:class:<Name>            classes (Entity, Event, Article, Evidence), via rdf:type
//	urn:newsgraph:p:<name>                properties (see the Pred… constants)
//	urn:newsgraph:rel:<TYPE>              direct edge subject → object for an event of TYPE
//	urn:newsgraph:derived                 the label of the derived quads of layouts before 4; the
//	                                      derived data are now kept by the backend (backend.go)
//
// IDs are percent-escaped where they hold characters outside RFC 3987's unreserved and sub-delims
// set (slashes are kept). Literals are plain strings except offsets (integers) and coordinates
// and confidence (floats).
const Base = "urn:newsgraph:"

const (
	prefEntity   = Base + "entity:"
	prefArticle  = Base + "article:"
	prefEvent    = Base + "event:"
	prefEvidence = Base + "evidence:"
	prefRecord   = Base + "record:"
	prefRel      = Base + "rel:"
	prefAttr     = Base + "p:attr/"
)

// Classes and predicates.
var (
	PredType = quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

	ClassEntity   = quad.IRI(Base + "class:Entity")
	ClassEvent    = quad.IRI(Base + "class:Event")
	ClassArticle  = quad.IRI(Base + "class:Article")
	ClassEvidence = quad.IRI(Base + "class:Evidence")

	// Entity properties. PredKey holds the normalised forms (see normKey) of the ID, code, name,
	// aliases and mention texts: what Resolve looks names up by.
	PredName       = quad.IRI(Base + "p:name")
	PredEntityType = quad.IRI(Base + "p:entityType")
	PredCode       = quad.IRI(Base + "p:code")
	PredAlias      = quad.IRI(Base + "p:alias")
	PredKey        = quad.IRI(Base + "p:key")
	PredLat        = quad.IRI(Base + "p:lat")
	PredLon        = quad.IRI(Base + "p:lon")

	// Event properties.
	PredEventType = quad.IRI(Base + "p:eventType")
	PredSubject   = quad.IRI(Base + "p:subject")
	PredObject    = quad.IRI(Base + "p:object")
	PredDate      = quad.IRI(Base + "p:date")
	PredStatus    = quad.IRI(Base + "p:status")
	PredEvidence  = quad.IRI(Base + "p:evidence")
	// PredLinked is the direct edge subject → object of every relation whatever its type (beside
	// the typed urn:newsgraph:rel:TYPE edge): what Neighbours and Paths follow when no type is
	// asked for, without scanning the rest of an entity's quads.
	PredLinked = quad.IRI(Base + "p:linked")

	// Evidence properties.
	PredArticle    = quad.IRI(Base + "p:article")
	PredSentence   = quad.IRI(Base + "p:sentence")
	PredStart      = quad.IRI(Base + "p:start")
	PredEnd        = quad.IRI(Base + "p:end")
	PredConfidence = quad.IRI(Base + "p:confidence")

	// Article properties (PredDate is shared with events). PredMentions links an article to each
	// entity it names; PredReports to each event it reports.
	PredTitle       = quad.IRI(Base + "p:title")
	PredSource      = quad.IRI(Base + "p:source")
	PredURL         = quad.IRI(Base + "p:url")
	PredMentions    = quad.IRI(Base + "p:mentions")
	PredReports     = quad.IRI(Base + "p:reports")
	PredContentHash = quad.IRI(Base + "p:contentHash")
	PredRecord      = quad.IRI(Base + "p:record")
)

// EntityIRI, ArticleIRI, EventIRI and RecordIRI name the nodes of an entity, article, event and
// article record.
func EntityIRI(id string) quad.IRI  { return quad.IRI(prefEntity + escID(id)) }
func ArticleIRI(id string) quad.IRI { return quad.IRI(prefArticle + escID(id)) }
func EventIRI(id string) quad.IRI   { return quad.IRI(prefEvent + escID(id)) }
func RecordIRI(id string) quad.IRI  { return quad.IRI(prefRecord + escID(id)) }

// RelIRI is the predicate of the direct edge between the actors of an event of type t.
func RelIRI(t string) quad.IRI { return quad.IRI(prefRel + escID(t)) }

// AttrIRI is the predicate of an event attribute (mode, office, amount, …).
func AttrIRI(k string) quad.IRI { return quad.IRI(prefAttr + escID(k)) }

// idOf returns the ID in an IRI with the given prefix, and false when v is not such an IRI.
func idOf(v quad.Value, prefix string) (string, bool) {
	iri, ok := v.(quad.IRI)
	if !ok || !strings.HasPrefix(string(iri), prefix) {
		return "", false
	}
	id, err := url.PathUnescape(string(iri)[len(prefix):])
	if err != nil {
		return "", false
	}
	return id, true
}

// escID percent-escapes the characters of id that may not stand in an IRI as they are.
func escID(id string) string {
	var b strings.Builder
	for i := 0; i < len(id); i++ {
		c := id[i]
		if c >= 0x80 || safeIRIChar(c) {
			b.WriteByte(c)
			continue
		}
		const hex = "0123456789ABCDEF"
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

func safeIRIChar(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("-._~/:@!$&'()*+,;=", c) >= 0
}

// normKey is the form names are looked up by: lower case, without full stops, with runs of white
// space made one space ("U.S." and "u.s" give "us", " Rwanda " gives "rwanda").
func normKey(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, ".", ""))
	return strings.Join(strings.Fields(s), " ")
}
