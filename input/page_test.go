package input

import (
	"fmt"
	"strings"
)

// The pages, feeds and archives of these tests are written here for the project: the sentences
// are made up, from a few words, and name no real report.

// pageSpec describes one made-up news page.
type pageSpec struct {
	title, site, date, canonical string
	paragraphs                   int
	seed                         int
	// noArticle puts the story in <div>s beside two teaser <article>s (readability decides);
	// dateIn says where the date is: "" (article:published_time), "jsonld" or "time".
	noArticle bool
	// split, with noArticle, breaks the story into three <div>s around adverts: no container
	// holds most of its paragraphs, and go-readability's scoring decides.
	split  bool
	dateIn string
	// bulkKB adds about that many kB of what real pages carry besides the story: an inline JSON
	// state script, SVG icons and a long menu.
	bulkKB int
}

var (
	subjects = []string{"The foreign minister of Norway", "Officials in Ghana", "The government of Peru", "A delegation from Japan", "Negotiators for Kenya"}
	verbs    = []string{"signed a trade agreement with", "met envoys from", "criticised the policy of", "promised aid to", "opened talks with"}
	objects  = []string{"Chile", "Vietnam", "Morocco", "Canada", "Finland"}
	tails    = []string{"on Tuesday, according to a statement", "after months of preparation", "in the capital", "despite objections from the opposition", "during a two-day visit"}
)

// sentence is the i-th made-up sentence.
func sentence(i int) string {
	return fmt.Sprintf("%s %s %s %s.", subjects[i%5], verbs[(i/5)%5], objects[(i/25)%5], tails[(i/3)%5])
}

// articleParagraphs is the text the page's article holds: what ParseHTML should find.
func articleParagraphs(s pageSpec) []string {
	ps := make([]string, s.paragraphs)
	for i := range ps {
		ps[i] = sentence(s.seed+i*3) + " " + sentence(s.seed+i*3+1) + " " + sentence(s.seed+i*3+2)
	}
	return ps
}

// page renders a news page: head metadata, navigation, a script, adverts, the article and a
// footer, as a site's template would.
func page(s pageSpec) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
	fmt.Fprintf(&b, "<title>%s | %s</title>\n", s.title, s.site)
	if s.site != "" {
		fmt.Fprintf(&b, "<meta property=\"og:site_name\" content=\"%s\">\n", s.site)
	}
	switch {
	case s.date != "" && s.dateIn == "":
		fmt.Fprintf(&b, "<meta property=\"article:published_time\" content=\"%sT08:30:00+02:00\">\n", s.date)
	case s.date != "" && s.dateIn == "jsonld":
		fmt.Fprintf(&b, `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":%q,"datePublished":"%sT23:10:00-05:00"}]}</script>`+"\n", s.title, s.date)
	}
	if s.canonical != "" {
		fmt.Fprintf(&b, "<link rel=\"canonical\" href=\"%s\">\n", s.canonical)
	}
	b.WriteString("<style>body{font-family:serif}.nav li{display:inline}.ad{border:1px solid}</style>\n")
	b.WriteString("<script>window.dataLayer=window.dataLayer||[];function track(e){dataLayer.push(e)}track({page:'article'});</script>\n")
	b.WriteString("</head><body>\n<header class=\"site-header\"><nav class=\"nav\"><ul>")
	for _, sec := range []string{"Home", "World", "Business", "Sport", "Culture", "Opinion", "Weather"} {
		fmt.Fprintf(&b, "<li><a href=\"/%s\">%s</a></li>", strings.ToLower(sec), sec)
	}
	for i := 0; i < s.bulkKB; i++ {
		fmt.Fprintf(&b, "<li class=\"menu-item\"><a href=\"/section/%d\"><svg viewBox=\"0 0 24 24\" width=\"16\"><path d=\"M%d 2L22 12L12 22L2 12Z\"/></svg>Section %d</a></li>", i, i%20, i)
	}
	b.WriteString("</ul></nav></header>\n")
	if s.bulkKB > 0 {
		b.WriteString("<script id=\"state\" type=\"application/json\">{\"items\":[")
		for i := 0; i < s.bulkKB*8; i++ {
			fmt.Fprintf(&b, "{\"id\":%d,\"slot\":\"ad-%d\",\"sizes\":[[300,250],[728,90]],\"targeting\":{\"k\":\"v%d\"}},", i, i, i)
		}
		b.WriteString("{}]}</script>\n")
	}
	b.WriteString("<div class=\"ad advert\" id=\"top-ad\"><a href=\"/ads/1\">Subscribe now for unlimited reading</a></div>\n")
	open, close := "<main><article class=\"story\">\n", "</article></main>\n"
	if s.noArticle {
		open, close = "<div id=\"content\"><div class=\"story-body\">\n", "</div></div>\n"
		b.WriteString("<div class=\"teasers\"><article><a href=\"/t/1\">Markets close higher</a></article><article><a href=\"/t/2\">Storm warning issued</a></article></div>\n")
	}
	b.WriteString(open)
	fmt.Fprintf(&b, "<h1>%s</h1>\n<p class=\"byline\">By a staff reporter</p>\n", s.title)
	if s.date != "" && s.dateIn == "time" {
		fmt.Fprintf(&b, "<p><time datetime=\"%sT06:00:00Z\">this morning</time></p>\n", s.date)
	}
	ps := articleParagraphs(s)
	for i, p := range ps {
		if s.split && i > 0 && i%((len(ps)+2)/3) == 0 {
			b.WriteString("</div>\n<div class=\"ad advert\"><a href=\"/ads/3\">Subscribe now</a></div>\n<div class=\"story-body\">\n")
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
		if i == 2 {
			b.WriteString("<aside class=\"related sidebar\"><h3>Related</h3><ul><li><a href=\"/r/1\">Markets close higher</a></li><li><a href=\"/r/2\">Storm warning issued</a></li></ul></aside>\n")
		}
	}
	b.WriteString(close)
	b.WriteString("<div class=\"ad advert\"><a href=\"/ads/2\">Win a holiday</a></div>\n")
	b.WriteString("<footer class=\"site-footer\"><p>Copyright the Example Gazette. All rights reserved.</p><ul><li><a href=\"/privacy\">Privacy</a></li><li><a href=\"/terms\">Terms</a></li></ul></footer>\n")
	b.WriteString("</body></html>\n")
	return b.String()
}
