package events

import "strings"

// timeHead reports whether the noun at id names a time, not a party: a weekday, a month, a
// number (a year, a date), or a noun of a period of time ("on Friday", "in March", "in 2019",
// "over the weekend"). Such an oblique says when, and neither takes part in the event nor picks
// the verb's sense ("called X on Friday" is no "call on").
func (c *coder) timeHead(id int) bool {
	w := c.t.Word(id)
	if w.UPOS == "NUM" {
		return true
	}
	l := strings.ToLower(strings.TrimSuffix(w.Lemma, "."))
	if calendarNames[l] {
		// capitalised: "in March", not "a march on the capital"
		return w.Form != "" && w.Form[0] >= 'A' && w.Form[0] <= 'Z'
	}
	return periodNouns[l]
}

// calendarNames are the weekdays and the months, with their common short forms.
var calendarNames = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// periodNouns are the nouns of periods of time.
var periodNouns = setOf("day", "week", "weekend", "month", "year", "decade", "century", "morning", "afternoon",
	"evening", "night", "hour", "minute", "today", "yesterday", "tomorrow", "tonight")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
