package export

import (
	"sort"
	"strconv"
	"strings"

	"newsgraph"
)

// column is one attribute of the nodes or edges of the property-graph formats (GraphML, GEXF,
// DOT, CSV). kind is "string", "int" or "double".
type column struct{ name, kind, title string }

// nodeColumns are the attributes of an entity node; nodeValues gives them in this order.
var nodeColumns = []column{
	{"label", "string", "name"},
	{"type", "string", "entity type: COUNTRY, ORGANIZATION, PERSON, LOCATION"},
	{"code", "string", "ISO 3166-1 alpha-3 code, IGO or NGO"},
	{"aliases", "string", "other names, separated by \"; \""},
	{"lat", "double", "latitude"},
	{"lon", "double", "longitude"},
}

func nodeValues(e *newsgraph.Entity) []string {
	lat, lon := "", ""
	if e.Lat != 0 || e.Lon != 0 {
		lat, lon = strconv.FormatFloat(e.Lat, 'f', -1, 64), strconv.FormatFloat(e.Lon, 'f', -1, 64)
	}
	return []string{e.Name, e.Type, e.Code, strings.Join(e.Aliases, "; "), lat, lon}
}

// edgeColumns are the attributes of an event edge; edgeValues gives them in this order.
var edgeColumns = []column{
	{"label", "string", "event type and date"},
	{"event_type", "string", "PLOVER event type (or relation name)"},
	{"class", "string", "quad class: verbal-coop, material-coop, verbal-conflict, material-conflict"},
	{"date", "string", "when it happened: YYYY, YYYY-MM or YYYY-MM-DD"},
	{"status", "string", "PROPOSED, ONGOING, CONCLUDED or ENDED"},
	{"articles", "int", "number of articles reporting the event"},
	{"evidence", "int", "number of evidence sentences"},
	{"sentences", "string", "the evidence sentences, one per line"},
	{"urls", "string", "URLs of the reporting articles, separated by spaces"},
	{"article_ids", "string", "IDs of the reporting articles, separated by spaces"},
	{"attrs", "string", "other attributes as key=value, separated by \"; \""},
}

func edgeLabel(e *Edge) string {
	if e.Date == "" {
		return e.Type
	}
	return e.Type + " " + e.Date
}

func edgeValues(e *Edge) []string {
	var sentences, urls, ids []string
	seenURL, seenID := map[string]bool{}, map[string]bool{}
	for _, x := range e.Evidence {
		sentences = append(sentences, oneLine(x.Sentence))
		if !seenID[x.ArticleID] {
			seenID[x.ArticleID] = true
			ids = append(ids, x.ArticleID)
		}
		if x.Article != nil && x.Article.URL != "" && !seenURL[x.Article.URL] {
			seenURL[x.Article.URL] = true
			urls = append(urls, x.Article.URL)
		}
	}
	var attrs []string
	for k, v := range e.Attrs {
		attrs = append(attrs, k+"="+v)
	}
	sort.Strings(attrs)
	return []string{edgeLabel(e), e.Type, newsgraph.QuadClass(e.Type), e.Date, e.Status,
		strconv.Itoa(e.Articles), strconv.Itoa(len(e.Evidence)), strings.Join(sentences, "\n"),
		strings.Join(urls, " "), strings.Join(ids, " "), strings.Join(attrs, "; ")}
}

// oneLine makes a sentence one line: runs of white space become one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
