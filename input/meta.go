package input

import (
	"encoding/json"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// pageMeta is what a page's markup says about its article.
type pageMeta struct {
	title, ogTitle, date, site, canonical, ogURL string
	ldDate, ldTitle, timeDate, h1                string
}

// readMeta walks the document once for the metadata ParseHTML reports.
func readMeta(doc *html.Node) pageMeta {
	var m pageMeta
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			m.element(n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if m.date == "" {
		m.date = m.ldDate
	}
	if m.date == "" {
		m.date = m.timeDate
	}
	switch {
	case m.ogTitle != "":
		m.title = m.ogTitle
	case m.ldTitle != "":
		m.title = m.ldTitle
	case m.h1 != "" && strings.HasPrefix(m.title, m.h1):
		m.title = m.h1 // "Headline | Site" in <title>
	default:
		m.title = trimSiteName(m.title, m.site)
	}
	if m.canonical == "" {
		m.canonical = m.ogURL
	}
	return m
}

func (m *pageMeta) element(n *html.Node) {
	switch n.Data {
	case "title":
		if m.title == "" {
			m.title = textOf(n)
		}
	case "meta":
		key := strings.ToLower(attr(n, "property"))
		if key == "" {
			key = strings.ToLower(attr(n, "name"))
		}
		val := strings.TrimSpace(attr(n, "content"))
		switch key {
		case "article:published_time":
			if m.date == "" {
				m.date = isoDay(val)
			}
		case "og:site_name":
			m.site = val
		case "og:title":
			m.ogTitle = val
		case "og:url":
			m.ogURL = val
		}
	case "link":
		if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
			m.canonical = attr(n, "href")
		}
	case "h1":
		if m.h1 == "" {
			m.h1 = textOf(n)
		}
	case "time":
		if m.timeDate == "" {
			m.timeDate = isoDay(attr(n, "datetime"))
		}
	case "script":
		if strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil {
			m.jsonLD(n.FirstChild.Data)
		}
	}
}

// jsonLD reads a NewsArticle (or Article, ReportageNewsArticle …) from a JSON-LD block: a single
// object, an array, or an @graph.
func (m *pageMeta) jsonLD(data string) {
	var v any
	if json.Unmarshal([]byte(data), &v) != nil {
		return
	}
	var visit func(any)
	visit = func(v any) {
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				visit(e)
			}
		case map[string]any:
			if g, ok := t["@graph"]; ok {
				visit(g)
			}
			if !isArticleType(t["@type"]) {
				return
			}
			if s, ok := t["datePublished"].(string); ok && m.ldDate == "" {
				m.ldDate = isoDay(s)
			}
			if s, ok := t["headline"].(string); ok && m.ldTitle == "" {
				m.ldTitle = strings.TrimSpace(s)
			}
		}
	}
	visit(v)
}

func isArticleType(v any) bool {
	switch t := v.(type) {
	case string:
		return strings.HasSuffix(t, "Article") || t == "BlogPosting"
	case []any:
		for _, e := range t {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// trimSiteName drops a trailing " | Site", " - Site" or " — Site" naming site from a title.
func trimSiteName(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " — ", " – ", " :: "} {
		if t, ok := strings.CutSuffix(title, sep+site); ok && t != "" {
			return t
		}
	}
	return title
}

// dateLayouts are the date forms isoDay reads besides a leading YYYY-MM-DD.
var dateLayouts = []string{time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, "Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006"}

// isoDay returns the calendar day of a timestamp as YYYY-MM-DD, in the timestamp's own zone (the
// day the publisher printed), or "" when s is not a date.
func isoDay(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if _, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return s[:10]
		}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}
