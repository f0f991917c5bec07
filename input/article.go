package input

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// minArticleText is the least text the <article> fast path must find for ParseHTML to trust it;
// with less, readability decides.
const minArticleText = 250

// soleArticle returns the page's one article container: the only element marked
// itemprop="articleBody", else the only <article>; nil when there is none or several (a listing
// page, teasers), where readability's scoring is needed.
func soleArticle(doc *html.Node) *html.Node {
	var body, art []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch {
			case strings.EqualFold(attr(n, "itemprop"), "articleBody"):
				body = append(body, n)
			case n.Data == "article":
				art = append(art, n)
			case skipTag[n.Data]:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	switch {
	case len(body) == 1:
		return body[0]
	case len(art) == 1:
		return art[0]
	}
	return nil
}

// skipTag are elements whose text is never article text.
var skipTag = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true, "iframe": true,
	"nav": true, "aside": true, "footer": true, "form": true, "button": true, "select": true,
	"figure": true, "header": true, "head": true, "object": true, "embed": true, "canvas": true,
}

// blockTag are elements that end a paragraph of text.
var blockTag = map[string]bool{
	"p": true, "div": true, "section": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "li": true, "ul": true, "ol": true, "blockquote": true, "pre": true, "table": true,
	"tr": true, "br": true, "dd": true, "dt": true, "main": true, "article": true,
}

// junkClass matches the class or id of adverts, share bars, related links and the like.
var junkClass = regexp.MustCompile(`(?i)(^|[-_ ])(ad|ads|advert|advertisement|promo|sponsor|share|social|related|newsletter|subscribe|byline|caption|comments?|sidebar|breadcrumbs?|tags|paywall|cookie|banner|hidden)($|[-_ ])`)

// articleText is the text of an article container without what skipTag and junkClass exclude,
// one paragraph a block, blank lines between them.
func articleText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			writeCollapsed(&b, n.Data)
			return
		case html.ElementNode:
			if skipTag[n.Data] || junk(n) {
				return
			}
		}
		block := n.Type == html.ElementNode && blockTag[n.Data]
		if block {
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteByte('\n')
		}
	}
	walk(n)
	return paragraphs(b.String())
}

func junk(n *html.Node) bool {
	if strings.EqualFold(attr(n, "aria-hidden"), "true") || attr(n, "hidden") != "" && n.Data != "input" {
		return true
	}
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && junkClass.MatchString(a.Val) {
			return true
		}
	}
	return false
}

// writeCollapsed writes s with each run of white space as one space.
func writeCollapsed(b *strings.Builder, s string) {
	space := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t', '\n', '\r', '\f':
			space = true
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
		}
	}
	if space {
		b.WriteByte(' ')
	}
}

// paragraphs trims the lines of s and joins the non-empty ones with blank lines.
func paragraphs(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for line := range strings.SplitSeq(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
			b.WriteString(line)
		}
	}
	return b.String()
}

// paragraphBlock returns the element whose own <p> children hold most of the page's paragraph
// text, when they hold at least four fifths of it: a story set as a run of paragraphs in one
// container, the commonest layout without an <article>. It reads each text once, where
// go-readability's scoring re-walks a paragraph's text for each ancestor (a third of the speed
// on text-heavy pages). nil when no container dominates: readability decides.
func paragraphBlock(body *html.Node) *html.Node {
	var best *html.Node
	bestLen, total := 0, 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		own := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipTag[c.Data] || junk(c) {
				continue
			}
			if c.Data == "p" {
				l := textLen(c)
				own += l
				total += l
				continue
			}
			walk(c)
		}
		if own > bestLen {
			best, bestLen = n, own
		}
	}
	walk(body)
	if best == nil || bestLen < minArticleText || bestLen*5 < total*4 {
		return nil
	}
	return best
}

// textLen is the length of the text under n, spaces included.
func textLen(n *html.Node) int {
	if n.Type == html.TextNode {
		return len(n.Data)
	}
	l := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		l += textLen(c)
	}
	return l
}
