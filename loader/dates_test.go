package loader

import (
	"strings"
	"testing"
)

func TestFindDates(t *testing.T) {
	var ref refDate
	ref.parse("2025-05-06") // a Tuesday
	for _, c := range []struct {
		text   string
		future bool
		want   string
	}{
		{"They met last month.", false, "2025-04"},
		{"They met last year.", false, "2024"},
		{"They met on Sunday.", false, "2025-05-04"},
		{"They met on Tuesday.", false, "2025-05-06"},
		{"They will meet on Friday.", true, "2025-05-09"},
		{"They met last July.", false, "2024-07"},
		{"They met in 2022.", false, "2022"},
		{"They met on May 4, 2025.", false, "2025-05-04"},
		{"They met on Jan. 5.", false, "2025-01-05"},
		{"They met in March.", false, "2025-03"},
		{"They met in September.", false, "2024-09"},
		{"They met on 4 May 2021.", false, "2021-05-04"},
		{"They met two years ago.", false, "2023"},
		{"They met yesterday.", false, "2025-05-05"},
		{"They met today.", false, "2025-05-06"},
		{"They met in mid-August.", false, "2024-08"},
		{"They may meet.", false, ""},
		{"It costs 2022 dollars.", false, ""},
	} {
		got := []string{}
		for _, d := range findDates(evTokenize(c.text, 0, nil), ref, c.future) {
			got = append(got, d.value)
		}
		if strings.Join(got, ",") != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

func TestFindDatesWithoutArticleDate(t *testing.T) {
	var ref refDate
	got := findDates(evTokenize("They met last month, in 2022 and on Sunday.", 0, nil), ref, false)
	if len(got) != 1 || got[0].value != "2022" {
		t.Errorf("got %v, want only the absolute year 2022", got)
	}
}
