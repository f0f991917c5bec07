package input

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseHTML(t *testing.T) {
	for _, tc := range []struct {
		name    string
		spec    pageSpec
		pageURL string
		// want: the fields ParseHTML should find
		title, date, source, url string
	}{
		{"article element", pageSpec{title: "Ghana and Chile sign accord", site: "Example Gazette", date: "2025-03-04",
			canonical: "https://news.example/world/ghana-chile", paragraphs: 8, seed: 7},
			"https://news.example/world/ghana-chile?utm=x", "Ghana and Chile sign accord", "2025-03-04", "Example Gazette", "https://news.example/world/ghana-chile"},
		{"no article element: the paragraphs' container", pageSpec{title: "Talks in Lima", site: "Example Gazette", date: "2025-06-01", paragraphs: 8, seed: 3, noArticle: true},
			"https://news.example/lima", "Talks in Lima", "2025-06-01", "Example Gazette", "https://news.example/lima"},
		{"no container of most paragraphs: readability", pageSpec{title: "Talks in Lima", site: "Example Gazette", date: "2025-06-01", paragraphs: 9, seed: 5, noArticle: true, split: true},
			"https://news.example/lima", "Talks in Lima", "2025-06-01", "Example Gazette", "https://news.example/lima"},
		{"JSON-LD date, in the publisher's zone", pageSpec{title: "Envoys meet", site: "Example Gazette", date: "2025-07-09", paragraphs: 6, seed: 4, dateIn: "jsonld"},
			"", "Envoys meet", "2025-07-09", "Example Gazette", ""},
		{"time element date, host as source", pageSpec{title: "Aid promised", date: "2024-12-31", paragraphs: 6, seed: 8, dateIn: "time"},
			"https://www.daily.example/aid", "Aid promised", "2024-12-31", "daily.example", "https://www.daily.example/aid"},
		{"no date", pageSpec{title: "Undated", site: "Example Gazette", paragraphs: 6, seed: 2},
			"", "Undated", "", "Example Gazette", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseHTML(strings.NewReader(page(tc.spec)), tc.pageURL)
			if err != nil {
				t.Fatal(err)
			}
			if got.Title != tc.title || got.Date != tc.date || got.Source != tc.source || got.URL != tc.url {
				t.Errorf("title, date, source, url = %q, %q, %q, %q; want %q, %q, %q, %q",
					got.Title, got.Date, got.Source, got.URL, tc.title, tc.date, tc.source, tc.url)
			}
			for _, p := range articleParagraphs(tc.spec) {
				if !strings.Contains(got.Text, p) {
					t.Errorf("text lacks paragraph %q\ntext:\n%s", p, got.Text)
				}
			}
			for _, junk := range []string{"Subscribe now", "Win a holiday", "All rights reserved", "Weather", "Markets close higher", "dataLayer", "font-family"} {
				if strings.Contains(got.Text, junk) {
					t.Errorf("text holds %q (navigation, advert, footer or code)\ntext:\n%s", junk, got.Text)
				}
			}
		})
	}
}

// TestParseHTMLCharset reads a page in ISO-8859-1 that says so in a <meta> tag.
func TestParseHTMLCharset(t *testing.T) {
	latin1 := []byte("<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><p>Le caf\xe9 de Bogot\xe1 a rouvert.</p></body></html>")
	got, err := ParseHTML(strings.NewReader(string(latin1)), "")
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "Café" || got.Text != "Le café de Bogotá a rouvert." {
		t.Errorf("title %q, text %q; want %q, %q", got.Title, got.Text, "Café", "Le café de Bogotá a rouvert.")
	}
}

// TestParseHTMLInvalidUTF8: bytes that no charset explains (the sniffer takes the page for
// UTF-8) become U+FFFD, so that the text is always valid UTF-8 (found by FuzzReadFormats).
func TestParseHTMLInvalidUTF8(t *testing.T) {
	got, err := ParseHTML(strings.NewReader("Û0\xf3"), "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Û0\uFFFD"; got.Text != want || !utf8.ValidString(got.Text) {
		t.Errorf("text %q, want %q", got.Text, want)
	}
}
