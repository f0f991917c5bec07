package input

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
)

// warcRecord writes one WARC/1.1 record with the given type, target URI, content type and block.
func warcRecord(typ, uri, ctype, block string, n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\n", typ)
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "WARC-Date: 2025-04-0%dT10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n", 1+n%9, n)
	if typ == "revisit" {
		b.WriteString("WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest\r\nWARC-Refers-To-Target-URI: " + uri + "\r\n")
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", ctype, len(block), block)
	return b.String()
}

// httpResponse is the block of a response record.
func httpResponse(status, ctype, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, ctype, len(body), body)
}

// gzipEach gzips each record on its own, as WARC files are compressed.
func gzipEach(records []string) []byte {
	var out bytes.Buffer
	for _, r := range records {
		zw := gzip.NewWriter(&out)
		zw.Write([]byte(r))
		zw.Close()
	}
	return out.Bytes()
}

func gzipBytes(b []byte) []byte {
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	zw.Write(b)
	zw.Close()
	return out.Bytes()
}

func zstdBytes(t testing.TB, b []byte) []byte {
	enc, err := zstd.NewWriter(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer enc.Close()
	return enc.EncodeAll(b, nil)
}

// feedItem is one item of a made-up feed.
type feedItem struct {
	title, link, guid, date, content string
}

// rss renders an RSS 2.0 feed; content goes into content:encoded.
func rss(title string, items []feedItem) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>`)
	fmt.Fprintf(&b, "<title>%s</title><link>https://news.example/</link><description>Made-up news</description>\n", title)
	for _, it := range items {
		fmt.Fprintf(&b, "<item><title>%s</title>", it.title)
		if it.link != "" {
			fmt.Fprintf(&b, "<link>%s</link>", it.link)
		}
		if it.guid != "" {
			fmt.Fprintf(&b, "<guid isPermaLink=\"false\">%s</guid>", it.guid)
		}
		if it.date != "" {
			fmt.Fprintf(&b, "<pubDate>%s</pubDate>", it.date)
		}
		b.WriteString("<description>A short summary.</description>")
		if it.content != "" {
			fmt.Fprintf(&b, "<content:encoded><![CDATA[%s]]></content:encoded>", it.content)
		}
		b.WriteString("</item>\n")
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

// atom renders an Atom feed; content goes into <content type="html">.
func atom(title string, items []feedItem) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?>` + "\n<feed xmlns=\"http://www.w3.org/2005/Atom\">")
	fmt.Fprintf(&b, "<title>%s</title><id>urn:example:feed</id><updated>2025-05-01T00:00:00Z</updated>\n", title)
	for _, it := range items {
		fmt.Fprintf(&b, "<entry><title>%s</title><id>%s</id><link href=\"%s\"/><published>%s</published><updated>%s</updated>",
			it.title, it.guid, it.link, it.date, it.date)
		if it.content != "" {
			fmt.Fprintf(&b, "<content type=\"html\"><![CDATA[%s]]></content>", it.content)
		}
		b.WriteString("</entry>\n")
	}
	b.WriteString("</feed>\n")
	return b.String()
}

// content is an item's HTML content of n made-up paragraphs.
func content(seed, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "<p>%s %s</p>", sentence(seed+2*i), sentence(seed+2*i+1))
	}
	return b.String()
}

func writeFile(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
