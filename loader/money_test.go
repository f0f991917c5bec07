package loader

import "testing"

func TestFindMoney(t *testing.T) {
	for _, c := range []struct {
		text, amount, currency string
	}{
		{"It cost 715 million pounds.", "715000000", "GBP"},
		{"It cost about $949 million.", "949000000", "USD"},
		{"It cost US$12m.", "12000000", "USD"},
		{"It cost €2.5bn.", "2500000000", "EUR"},
		{"It cost 5,000 dollars.", "5000", "USD"},
		{"It cost 580 million shekels.", "580000000", "ILS"},
		{"It took 715 million years.", "", ""},
		{"In 2022 it rained.", "", ""},
	} {
		ms := findMoney(evTokenize(c.text, 0, nil))
		got := money{}
		if len(ms) > 0 {
			got = ms[0]
		}
		if got.Amount != c.amount || got.Currency != c.currency {
			t.Errorf("%q: got %s %s, want %s %s", c.text, got.Amount, got.Currency, c.amount, c.currency)
		}
	}
}
