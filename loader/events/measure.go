package events

import "strings"

// Quantities: a noun that measures another ("50 tonnes of food", "$340 million for assistance")
// stands for what it measures.

// measured returns the noun that a quantity noun at n measures in its "of" phrase ("50 tonnes of
// food", "thousands of troops", "a shipment of ventilators"), or a sum in its "for" or "in"
// phrase ("$340 million for assistance", "$5.5 billion in loans"): UD makes the quantity the
// head, but what is sent, deployed, fired or given is the thing measured. It returns 0 when n is
// no quantity noun or measures nothing but another quantity ("millions of dollars").
func (c *coder) measured(n int) int {
	if l := strings.ToLower(c.t.Word(n).Lemma); !quantityNouns[l] && !currencies[l] || len(c.stands[n]) > 0 {
		return 0
	}
	for _, ch := range c.t.Dependents(n, "nmod") {
		if p := c.prep(ch); p != "of" && !((p == "for" || p == "in") && currencies[strings.ToLower(c.t.Word(n).Lemma)]) || c.t.Word(ch).UPOS != "NOUN" || ch <= n {
			continue
		}
		if quantityNouns[strings.ToLower(c.t.Word(ch).Lemma)] {
			return c.measured(ch) // "millions of dollars" is a sum; "of dollars of aid" is aid
		}
		return ch
	}
	return 0
}

// ofMeasure returns the noun of the "of" phrase of the quantity noun n ("doses of the vaccine",
// "a shipment of rice"), or n when n measures nothing. Unlike measured it reads the phrase
// whatever it stands for: a thing "from" a state stands for that state (attachPhrase).
func (c *coder) ofMeasure(n int) int {
	if !quantityNouns[strings.ToLower(c.t.Word(n).Lemma)] {
		return n
	}
	for _, ch := range c.t.Dependents(n, "nmod") {
		if c.prep(ch) == "of" && ch > n {
			return ch
		}
	}
	return n
}

// quantityNouns are units of measure (money among them: "pound" is both), containers, round
// numbers and the nouns that count events ("a new round of sanctions", "a wave of attacks")
// that quantify a mass or a plural noun after "of".
var quantityNouns = setOf(append([]string{"ton", "tonne", "kilogram", "kg", "gram", "pound", "lb", "ounce", "litre",
	"liter", "gallon", "barrel", "shipment", "consignment", "batch", "cargo", "load", "truckload",
	"planeload", "shipload", "boatload", "convoy", "package", "parcel", "crate", "box", "bag", "sack",
	"carton", "container", "pallet", "dose", "worth", "amount", "quantity", "volume", "number", "lot",
	"dozen", "dozens", "score", "scores", "hundred", "hundreds", "thousand", "thousands", "million",
	"millions", "billion", "billions",
	"round", "wave", "spate", "series", "barrage", "flurry", "volley", "salvo", "raft", "slew"}, currencyNames...)...)

// currencies are the quantity nouns that name a sum of money, and the signs written for them:
// what a sum is "for" is what is given ("$340 million for assistance", "5 million euros for
// reconstruction").
var currencies = setOf(append([]string{"$", "€", "£", "¥", "pound"}, currencyNames...)...)

// currencyNames are the names of currencies, quantity nouns both of an "of" and of a "for" phrase.
var currencyNames = []string{"dollar", "euro", "yuan", "yen", "rupee", "ruble", "rouble", "franc",
	"shekel", "riyal", "dirham", "naira", "rand", "peso", "lira", "won"}
