package input

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"newsgraph"
)

// ParseHTML reads one web page: the article's main text (by readability, without navigation,
// footers or adverts), its title, publication date (article:published_time, JSON-LD
// NewsArticle.datePublished or the first <time datetime>), source (og:site_name, else the
// host) and canonical URL (<link rel=canonical>, og:url, else pageURL). pageURL may be "" for
// a saved page. The article is not checked: its text may be empty and it has no id.
func ParseHTML(in io.Reader, pageURL string) (newsgraph.Article, error) {
	return ParseHTMLType(in, pageURL, "")
}

// ParseHTMLType is ParseHTML for a page whose Content-Type header is ctype: a page not in UTF-8
// is converted from the charset ctype names or, when it names none, the page's <meta charset>.
func ParseHTMLType(in io.Reader, pageURL, ctype string) (newsgraph.Article, error) {
	data, err := io.ReadAll(in)
	if err != nil {
		return newsgraph.Article{}, fmt.Errorf("html: %w", err)
	}
	return parseHTML(data, pageURL, ctype)
}

// parseHTML is ParseHTMLType on a page in memory.
func parseHTML(data []byte, pageURL, ctype string) (newsgraph.Article, error) {
	var err error
	data = stripCode(data)
	var src io.Reader = bytes.NewReader(data)
	if !utf8.Valid(data) { // most pages are UTF-8: only the others pay for the conversion
		if src, err = charset.NewReader(src, ctype); err != nil {
			return newsgraph.Article{}, fmt.Errorf("html: %w", err)
		}
	}
	doc, err := html.Parse(src)
	if err != nil {
		return newsgraph.Article{}, fmt.Errorf("html: %w", err)
	}
	m := readMeta(doc)
	a := newsgraph.Article{Title: m.title, Date: m.date, Source: m.site, URL: pageURL}
	base, _ := url.Parse(pageURL)
	if m.canonical != "" {
		a.URL = resolve(base, m.canonical)
	}
	if a.Source == "" && a.URL != "" {
		if u, err := url.Parse(a.URL); err == nil {
			a.Source = strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	a.Text = mainText(doc, base)
	// bytes the charset sniffer took for UTF-8 but are not: replaced, as browsers do
	a.Title, a.Text = strings.ToValidUTF8(a.Title, "\uFFFD"), strings.ToValidUTF8(a.Text, "\uFFFD")
	return a, nil
}

// mainText is the text of the page's one article container when it has one with enough text
// (soleArticle: most news pages, and the fast path), else that of the one container of most of
// its paragraphs (paragraphBlock), else readability's article text when it
// has enough, else the body's text without navigation, headers, footers, forms and adverts (a
// page too short for readability's heuristics, which then often picks the menu).
func mainText(doc *html.Node, base *url.URL) string {
	if n := soleArticle(doc); n != nil {
		if t := articleText(n); len(t) >= minArticleText {
			return t
		}
	}
	body := findElement(doc, "body")
	if body == nil {
		return ""
	}
	if n := paragraphBlock(body); n != nil {
		if t := articleText(n); len(t) >= minArticleText {
			return t
		}
	}
	p := readability.NewParser()
	p.DisableJSONLD = true // readMeta read it already
	short := articleText(body)
	if len(short) >= minArticleText {
		if art, err := p.ParseAndMutate(doc, base); err == nil && art.Node != nil {
			if t := paragraphs(render.InnerText(art.Node)); len(t) >= minArticleText {
				return t
			}
		}
	}
	return short
}

func resolve(base *url.URL, ref string) string {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	return u.String()
}

func findElement(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, tag); f != nil {
			return f
		}
	}
	return nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b bytes.Buffer
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}
