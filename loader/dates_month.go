package loader

import (
	"fmt"
	"strconv"
	"time"
)

// month reads a month name with its day and year: "May 4, 2025", "May 4", "May 2025",
// "4 May 2025", "mid-August". Without a year it is the past such month (or the coming one when
// the scan reads forward; ahead is always the coming one), and nothing without the article's date.
func (d dateScan) month(i int) (dateExpr, int, bool) {
	m, name, ok := d.monthAt(i)
	if !ok {
		return dateExpr{}, i, false
	}
	if (name == "may" || name == "march") && !d.monthContext(i) {
		return dateExpr{}, i, true // the verb "may", the noun "march"
	}
	day, year, j := d.dayYearAfter(i)
	if day == 0 && isNum(d.w(i-1)) && len(d.w(i-1)) <= 2 {
		if n, _ := strconv.Atoi(d.w(i - 1)); n >= 1 && n <= 31 {
			day = n // "4 May 2021"
		}
	}
	ahead := year
	if year == 0 {
		if !d.ref.ok {
			return dateExpr{}, i, true
		}
		year, ahead = d.monthYears(m)
	}
	return dateExpr{tok: i, value: monthDate(year, m, day), ahead: monthDate(ahead, m, day)}, j, true
}

// monthAt returns the month named at i and the name ("august" for "mid-August"); ok is false
// unless the word is capitalised or after "mid-", and a short abbreviation other than "May" is
// followed by a dot ("Sept.").
func (d dateScan) monthAt(i int) (m time.Month, name string, ok bool) {
	x := d.w(i)
	name = x
	if len(x) > 4 && x[:4] == "mid-" {
		name = x[4:]
	}
	m, ok = monthNames[name]
	return m, name, ok && (d.toks[i].Cap || name != x) && (len(name) > 3 || name == "may" || d.w(i+1) == ".")
}

// monthContext reports whether "May" or "March" at i is the month: a day or year follows, or
// "in", "since", "of", "early" or "late" comes before.
func (d dateScan) monthContext(i int) bool {
	n, p := d.w(i+1), d.w(i-1)
	return isNum(n) || isYear(n) || p == "in" || p == "since" || p == "of" || p == "early" || p == "late"
}

// dayYearAfter reads the day (1-31, 0 if none) and year (0 if none) after the month at i, over a
// dot and a comma; j is the token after the day, which is the year's when there is one.
func (d dateScan) dayYearAfter(i int) (day, year, j int) {
	j = i + 1
	if d.w(j) == "." {
		j++
	}
	if n, err := strconv.Atoi(d.w(j)); err == nil && n >= 1 && n <= 31 && len(d.w(j)) <= 2 {
		day = n
		j++
		if d.w(j) == "," {
			j++
		}
	}
	if isYear(d.w(j)) {
		year, _ = strconv.Atoi(d.w(j))
	}
	return day, year, j
}

// monthYears returns the year of the month m named without one: the last such month up to the
// article's, and ahead, the next one from it; reading forward, both are the next one.
func (d dateScan) monthYears(m time.Month) (year, ahead int) {
	year, ahead = d.ref.t.Year(), d.ref.t.Year()
	if m > d.ref.t.Month() {
		year--
	}
	if m < d.ref.t.Month() {
		ahead++
	}
	if d.future {
		year = ahead
	}
	return year, ahead
}

// monthDate formats year y and month m, with the day when it is known (day > 0).
func monthDate(y int, m time.Month, day int) string {
	if day > 0 {
		return fmt.Sprintf("%04d-%02d-%02d", y, m, day)
	}
	return fmt.Sprintf("%04d-%02d", y, m)
}
