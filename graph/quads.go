package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"newsgraph"
)

// EventID returns the stable ID of the event (subject, type, object, date): the same four values
// always give the same ID.
func EventID(subject, typ, object, date string) string {
	return "ev-" + shortHash(subject, typ, object, date)
}

// evidenceIRI names the evidence node of one sentence of one article reporting one event.
func evidenceIRI(articleID, eventID string, start, end int) quad.IRI {
	return quad.IRI(prefEvidence + shortHash(articleID, eventID, strconv.Itoa(start), strconv.Itoa(end)))
}

func shortHash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:10])
}

// validate checks an extraction before anything is stored, naming the first bad field.
func validate(x *newsgraph.Extraction) error {
	if x == nil {
		return newsgraph.Errorf(newsgraph.EINVALID, "extraction: missing")
	}
	if strings.TrimSpace(x.Article.ID) == "" {
		return newsgraph.Errorf(newsgraph.EINVALID, "article.id: empty")
	}
	for i, e := range x.Entities {
		if strings.TrimSpace(e.ID) == "" {
			return newsgraph.Errorf(newsgraph.EINVALID, "article %q: entities[%d].id: empty", x.Article.ID, i)
		}
	}
	for i, r := range x.Relations {
		switch {
		case strings.TrimSpace(r.Type) == "":
			return newsgraph.Errorf(newsgraph.EINVALID, "article %q: relations[%d].type: empty", x.Article.ID, i)
		case strings.TrimSpace(r.Subject) == "":
			return newsgraph.Errorf(newsgraph.EINVALID, "article %q: relations[%d].subject: empty", x.Article.ID, i)
		case strings.TrimSpace(r.Object) == "":
			return newsgraph.Errorf(newsgraph.EINVALID, "article %q: relations[%d].object: empty", x.Article.ID, i)
		}
	}
	return nil
}

// record is the canonical JSON of an extraction (the article's text is not part of it): what
// the article's record node holds, and what its content hash is taken of.
func record(x *newsgraph.Extraction) (string, string, error) {
	b, err := json.Marshal(x)
	if err != nil {
		return "", "", fmt.Errorf("encode extraction %q: %w", x.Article.ID, err)
	}
	sum := sha256.Sum256(b)
	return string(b), hex.EncodeToString(sum[:]), nil
}

// articleQuads returns every quad an extraction stores, each labelled with the article's IRI,
// without duplicates. The same extraction always gives the same quads, so that re-loading can
// delete exactly what the previous version stored.
func articleQuads(x *newsgraph.Extraction, rec, hash string) []quad.Quad {
	a := x.Article
	label := ArticleIRI(a.ID)
	seen := make(map[quad.Quad]bool)
	var out []quad.Quad
	add := func(s quad.Value, p quad.IRI, o quad.Value) {
		q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: label}
		if !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	str := func(s quad.Value, p quad.IRI, v string) {
		if v != "" {
			add(s, p, quad.String(v))
		}
	}

	add(label, PredType, ClassArticle)
	str(label, PredTitle, a.Title)
	str(label, PredDate, a.Date)
	str(label, PredSource, a.Source)
	str(label, PredURL, a.URL)
	str(label, PredContentHash, hash)
	str(RecordIRI(a.ID), PredRecord, rec)

	for _, e := range x.Entities {
		n := EntityIRI(e.ID)
		add(label, PredMentions, n)
		add(n, PredType, ClassEntity)
		str(n, PredName, e.Name)
		str(n, PredEntityType, e.Type)
		str(n, PredCode, e.Code)
		if e.Lat != 0 || e.Lon != 0 {
			add(n, PredLat, quad.Float(e.Lat))
			add(n, PredLon, quad.Float(e.Lon))
		}
		keys := []string{e.ID, e.Name}
		if e.Type == newsgraph.Country {
			keys = append(keys, e.Code)
		}
		aliases := append([]string(nil), e.Aliases...)
		for _, m := range e.Mentions {
			aliases = append(aliases, m.Text)
		}
		for _, al := range aliases {
			if al = strings.TrimSpace(al); al != "" && al != e.Name {
				str(n, PredAlias, al)
			}
		}
		for _, k := range append(keys, aliases...) {
			str(n, PredKey, normKey(k))
		}
	}

	// An entity a relation names without listing it is stored by its ID alone (its type guessed
	// from the ID's prefix), so that the relation is never lost; its name comes from the articles
	// that list it.
	listed := map[string]bool{}
	for _, e := range x.Entities {
		listed[e.ID] = true
	}
	for _, r := range x.Relations {
		for _, id := range []string{r.Subject, r.Object} {
			if listed[id] {
				continue
			}
			listed[id] = true
			n := EntityIRI(id)
			add(label, PredMentions, n)
			add(n, PredType, ClassEntity)
			str(n, PredKey, normKey(id))
			if t := typeOfID(id); t != "" {
				str(n, PredEntityType, t)
			}
		}
	}

	for _, r := range x.Relations {
		id := EventID(r.Subject, r.Type, r.Object, r.Date)
		ev := EventIRI(id)
		add(label, PredReports, ev)
		add(ev, PredType, ClassEvent)
		str(ev, PredEventType, r.Type)
		add(ev, PredSubject, EntityIRI(r.Subject))
		add(ev, PredObject, EntityIRI(r.Object))
		str(ev, PredDate, r.Date)
		str(ev, PredStatus, r.Status)
		keys := make([]string, 0, len(r.Attrs))
		for k := range r.Attrs {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			str(ev, AttrIRI(k), r.Attrs[k])
		}
		add(EntityIRI(r.Subject), RelIRI(r.Type), EntityIRI(r.Object))
		add(EntityIRI(r.Subject), PredLinked, EntityIRI(r.Object))

		evd := evidenceIRI(a.ID, id, r.Evidence.Start, r.Evidence.End)
		add(ev, PredEvidence, evd)
		add(evd, PredType, ClassEvidence)
		add(evd, PredArticle, label)
		str(evd, PredSentence, r.Evidence.Sentence)
		add(evd, PredStart, quad.Int(r.Evidence.Start))
		add(evd, PredEnd, quad.Int(r.Evidence.End))
		if r.Confidence != 0 {
			add(evd, PredConfidence, quad.Float(r.Confidence))
		}
	}
	return out
}

// typeOfID guesses an entity's type from the prefix of its ID ("country/RWA" is a COUNTRY).
func typeOfID(id string) string {
	prefix, _, _ := strings.Cut(id, "/")
	return map[string]string{"country": newsgraph.Country, "org": newsgraph.Organization,
		"person": newsgraph.Person, "place": newsgraph.Location, "agent": newsgraph.Group}[prefix]
}
