package input

import (
	"strings"
	"testing"
)

func TestReadCSV(t *testing.T) {
	const table = "ID,Headline,published,outlet,link,body,notes\n" +
		"r1,Accord signed,2025-02-03T10:00:00Z,Gazette,https://news.example/r1,\"Officials in Ghana signed a trade agreement with Chile.\n\nThe deal, long awaited, was welcomed.\",x\n" +
		"r2,Bad date,03/02/2025,Gazette,,Japan met envoys from Peru.,y\n" +
		"r3,No text,2025-02-03,Gazette,,,z\n" +
		"r4,Short row\n" +
		"r5,Last,2025-02-05,Gazette,,Kenya opened talks with Finland.,w\n"
	cols, err := ParseColumns("title=Headline, date=published, source=outlet, url=link, text=body")
	if err != nil {
		t.Fatal(err)
	}
	p := writeFile(t, t.TempDir(), "export.csv", []byte(table))
	arts, errs := readAll(t, &Reader{Columns: cols}, p)
	if len(arts) != 2 {
		t.Fatalf("%d articles, want 2 (r1, r5): %+v", len(arts), arts)
	}
	a := arts[0]
	if a.ID != "r1" || a.Title != "Accord signed" || a.Date != "2025-02-03" || a.Source != "Gazette" || a.URL != "https://news.example/r1" ||
		a.Text != "Officials in Ghana signed a trade agreement with Chile.\n\nThe deal, long awaited, was welcomed." {
		t.Errorf("row r1 = %+v", a)
	}
	want := []string{`export.csv:5: field "date"`, `export.csv:6: field "text": empty`, `export.csv:7: field "text": empty`} // r1 takes lines 2 to 4
	if len(errs) != len(want) {
		t.Fatalf("errors = %q, want %d", errs, len(want))
	}
	for i, w := range want {
		if !strings.Contains(errs[i], w) {
			t.Errorf("error %d = %q, want it to contain %q", i, errs[i], w)
		}
	}
}

func TestReadCSVBadQuote(t *testing.T) {
	p := writeFile(t, t.TempDir(), "q.csv", []byte("id,text\na,\"fine\"\nb,\"broken \"quote\" here\"\nc,also fine\n"))
	arts, errs := readAll(t, &Reader{}, p)
	if len(arts) != 2 || arts[0].ID != "a" || arts[1].ID != "c" {
		t.Errorf("articles = %+v, want a and c", arts)
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0], "q.csv:3:") && !strings.Contains(errs[0], "q.csv:3:") {
		t.Errorf("errors = %q, want one naming q.csv:3", errs)
	}
}

// TestReadCSVBadRecords: a record in another encoding, and a quote left open at the end of the
// file, are bad records named by their line (the fuzzer found both: the first gave text that is
// not UTF-8, the second a panic); the records before them load.
func TestReadCSVBadRecords(t *testing.T) {
	for _, tc := range []struct {
		name, data, wantErr string
	}{
		{"not UTF-8", "id,text\na,fine\nb,caf\xe9 \x91quoted\x92\n", "x.csv:3: not valid UTF-8"},
		{"open quote at the end", "id,text\na,fine\nb,\"never closed\n", "x.csv:3:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), "x.csv", []byte(tc.data))
			arts, errs := readAll(t, &Reader{}, p)
			if len(arts) != 1 || arts[0].ID != "a" {
				t.Errorf("articles = %+v, want a alone", arts)
			}
			if len(errs) != 1 || !strings.Contains(errs[0], tc.wantErr) {
				t.Errorf("errors = %q, want one with %q", errs, tc.wantErr)
			}
		})
	}
}

func TestParseColumns(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    Columns
		wantErr bool
	}{
		{"", Columns{}, false},
		{"text=body", Columns{"text": "body"}, false},
		{"TEXT=body, date = day", Columns{"text": "body", "date": "day"}, false},
		{"body", nil, true},
		{"author=name", nil, true},
		{"text=", nil, true},
	} {
		got, err := ParseColumns(tc.in)
		if (err != nil) != tc.wantErr {
			t.Errorf("ParseColumns(%q) error = %v, want error %v", tc.in, err, tc.wantErr)
			continue
		}
		if len(got) != len(tc.want) {
			t.Errorf("ParseColumns(%q) = %v, want %v", tc.in, got, tc.want)
		}
		for k, v := range tc.want {
			if got[k] != v {
				t.Errorf("ParseColumns(%q)[%q] = %q, want %q", tc.in, k, got[k], v)
			}
		}
	}
}
