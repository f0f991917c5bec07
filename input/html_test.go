package input

import (
	"strings"
	"testing"
)

func TestParseHTML(t *testing.T) {
	spec := pageSpec{title: "Ghana and Chile sign accord", site: "Example Gazette", date: "2025-03-04",
		canonical: "https://news.example/world/ghana-chile", paragraphs: 8, seed: 7}
	got, err := ParseHTML(strings.NewReader(page(spec)), "https://news.example/world/ghana-chile?utm=x")
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "Ghana and Chile sign accord | Example Gazette" && got.Title != spec.title {
		t.Errorf("title = %q, want %q", got.Title, spec.title)
	}
	if got.Date != spec.date || got.Source != spec.site || got.URL != spec.canonical {
		t.Errorf("date, source, url = %q, %q, %q; want %q, %q, %q", got.Date, got.Source, got.URL, spec.date, spec.site, spec.canonical)
	}
	for _, p := range articleParagraphs(spec) {
		if !strings.Contains(got.Text, p) {
			t.Errorf("text lacks paragraph %q\ntext:\n%s", p, got.Text)
		}
	}
	for _, junk := range []string{"Subscribe now", "Win a holiday", "All rights reserved", "Weather", "Markets close higher", "dataLayer", "font-family"} {
		if strings.Contains(got.Text, junk) {
			t.Errorf("text holds %q (navigation, advert, footer or code)\ntext:\n%s", junk, got.Text)
		}
	}
}
