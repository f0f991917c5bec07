package loader

import (
	"fmt"
	"strconv"
)

// The rules of findDates: each reads one kind of date expression at a token.

// dateScan is the sentence findDates reads: its tokens, the article's date, and whether a bare
// weekday or month is read as the coming one.
type dateScan struct {
	toks   []tok
	ref    refDate
	future bool
}

// w returns the word at i, or "" outside the sentence or for an actor.
func (d dateScan) w(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	return d.toks[i].W
}

// dateRule reads a date expression at token i. took reports whether the rule takes the token (no
// later rule tries it); e is the expression read (e.value is "" when there is none, as without
// the article's date), and last is the last token it spans.
type dateRule func(d dateScan, i int) (e dateExpr, last int, took bool)

// dateRules are tried in this order at every token.
var dateRules = []dateRule{dateScan.relative, dateScan.dayWord, dateScan.weekdayName, dateScan.ago,
	dateScan.month, dateScan.year}

// relative reads "last/next/this/past year|month|week|July|Monday": it takes the first word
// always, and the second with it when it reads a date.
func (d dateScan) relative(i int) (dateExpr, int, bool) {
	x := d.w(i)
	if x != "last" && x != "next" && x != "this" && x != "past" {
		return dateExpr{}, i, false
	}
	if !d.ref.ok {
		return dateExpr{}, i, true
	}
	step := -1
	if x == "next" {
		step = 1
	} else if x == "this" {
		step = 0
	}
	v := relativeDate(d.ref, d.w(i+1), step)
	if v == "" {
		return dateExpr{}, i, true
	}
	return dateExpr{tok: i, value: v}, i + 1, true
}

// relativeDate returns the date of the year, month, week, month name or weekday n taken step
// (-1, 0 or 1) from ref, or "" when n is none of those ("may" and "mar" are no month here).
func relativeDate(ref refDate, n string, step int) string {
	switch {
	case n == "year":
		return strconv.Itoa(ref.t.Year() + step)
	case n == "month":
		return ref.t.AddDate(0, step, 0).Format("2006-01")
	case n == "week":
		return ref.t.AddDate(0, 0, 7*step).Format("2006-01")
	case monthNames[n] != 0 && n != "may" && n != "mar":
		m := monthNames[n]
		y := ref.t.Year()
		if step < 0 && m >= ref.t.Month() {
			y--
		}
		if step > 0 && m <= ref.t.Month() {
			y++
		}
		return fmt.Sprintf("%04d-%02d", y, m)
	case weekdays[n] != 0 || n == "sunday":
		return weekday(ref, weekdays[n], step > 0, true).Format("2006-01-02")
	}
	return ""
}

// dayWord reads "today", "tonight" and "yesterday".
func (d dateScan) dayWord(i int) (dateExpr, int, bool) {
	back := 0
	switch d.w(i) {
	case "today", "tonight":
	case "yesterday":
		back = 1
	default:
		return dateExpr{}, i, false
	}
	if !d.ref.ok {
		return dateExpr{}, i, true
	}
	return dateExpr{tok: i, value: d.ref.t.AddDate(0, 0, -back).Format("2006-01-02")}, i, true
}

// weekdayName reads a capitalised weekday ("on Sunday"): the past one, or the coming one when
// the scan reads forward; ahead is always the coming one.
func (d dateScan) weekdayName(i int) (dateExpr, int, bool) {
	wd, ok := weekdays[d.w(i)]
	if !ok || !d.toks[i].Cap {
		return dateExpr{}, i, false
	}
	if !d.ref.ok {
		return dateExpr{}, i, true
	}
	return dateExpr{tok: i, value: weekday(d.ref, wd, d.future, false).Format("2006-01-02"),
		ahead: weekday(d.ref, wd, true, false).Format("2006-01-02")}, i, true
}

// ago reads "two years ago", "three months ago", "10 days ago": a number word or figure, a unit
// and "ago"; it takes all three words once the number and the article's date are known.
func (d dateScan) ago(i int) (dateExpr, int, bool) {
	if d.w(i+2) != "ago" {
		return dateExpr{}, i, false
	}
	x := d.w(i)
	n, ok := numberWords[x]
	if !ok {
		n, _ = strconv.Atoi(x)
	}
	if n <= 0 || !d.ref.ok {
		return dateExpr{}, i, false
	}
	var v string
	switch d.w(i + 1) {
	case "year", "years":
		v = strconv.Itoa(d.ref.t.Year() - n)
	case "month", "months":
		v = d.ref.t.AddDate(0, -n, 0).Format("2006-01")
	case "day", "days":
		v = d.ref.t.AddDate(0, 0, -n).Format("2006-01-02")
	case "week", "weeks":
		v = d.ref.t.AddDate(0, 0, -7*n).Format("2006-01")
	}
	return dateExpr{tok: i, value: v}, i + 2, true
}

// yearPrepositions are the words before a bare year that make it a date: "in 2019", "since 2001".
var yearPrepositions = setOf("in", "since", "of", "until", "by", "early", "late", "during", "before",
	"after", ",", "mid")

// year reads a bare year after one of yearPrepositions.
func (d dateScan) year(i int) (dateExpr, int, bool) {
	x := d.w(i)
	if !isYear(x) {
		return dateExpr{}, i, false
	}
	if yearPrepositions[d.w(i-1)] {
		return dateExpr{tok: i, value: x}, i, true
	}
	return dateExpr{}, i, true
}
