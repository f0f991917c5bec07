package input

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"newsgraph"
)

// Columns maps article fields (id, title, date, source, url, text) to the CSV/TSV header names
// that hold them. A field left out is looked for under its own name, case-insensitively; columns
// that map to no field are ignored.
type Columns map[string]string

// fields are the article fields a CSV row can set.
var fields = []string{"id", "title", "date", "source", "url", "text"}

// ParseColumns reads a mapping written "field=column,field=column" (e.g. "text=body,date=published").
func ParseColumns(s string) (Columns, error) {
	c := Columns{}
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		field, col, ok := strings.Cut(part, "=")
		field = strings.ToLower(strings.TrimSpace(field))
		if !ok || !known(field) || strings.TrimSpace(col) == "" {
			return nil, fmt.Errorf("column mapping %q: want FIELD=COLUMN with FIELD one of %s", part, strings.Join(fields, ", "))
		}
		c[field] = strings.TrimSpace(col)
	}
	return c, nil
}

func known(field string) bool {
	for _, f := range fields {
		if f == field {
			return true
		}
	}
	return false
}

// index returns, for each field, the position of its column in header (-1 when absent).
func (c Columns) index(header []string) map[string]int {
	idx := map[string]int{}
	for _, f := range fields {
		want := f
		if col, ok := c[f]; ok {
			want = col
		}
		idx[f] = -1
		for i, h := range header {
			if strings.EqualFold(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")), want) {
				idx[f] = i
				break
			}
		}
	}
	return idx
}

// readCSV reads a CSV (or TSV) file with a header row, one article a row, streaming. Quoted
// fields may span lines; errors name the line a record starts on.
func (r *Reader) readCSV(ctx context.Context, name string, tsv bool, in io.Reader, fn func(newsgraph.Article, error) error) error {
	cr := csv.NewReader(in)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	if tsv {
		cr.Comma = '\t'
		cr.LazyQuotes = true
	}
	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			err = errors.New("empty file (want a header row)")
		}
		return bad(fn, name, 1, err)
	}
	idx := r.Columns.index(append([]string(nil), header...))
	if idx["text"] < 0 {
		want := "text"
		if c, ok := r.Columns["text"]; ok {
			want = c
		}
		return bad(fn, name, 1, fmt.Errorf("no column %q in the header row %q (map one with --columns text=NAME)", want, header))
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			// the error's line, not FieldPos: a failed read may have no field to ask about
			line := 0 // unknown, for an error of the file itself (a broken gzip stream)
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line, err = pe.StartLine, pe.Err
			}
			if e := bad(fn, name, line, err); e != nil {
				return e
			}
			continue
		}
		line, _ := cr.FieldPos(0)
		if !validUTF8(rec) { // as the JSON and text readers: a bad record, named
			if e := bad(fn, name, line, errors.New("not valid UTF-8 (save the file as UTF-8)")); e != nil {
				return e
			}
			continue
		}
		get := func(f string) string {
			if i := idx[f]; i >= 0 && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		a := newsgraph.Article{ID: get("id"), Title: get("title"), Source: get("source"), URL: get("url"), Text: get("text")}
		if d := get("date"); d != "" {
			if a.Date = isoDay(d); a.Date == "" {
				a.Date = d // Check names the field
			}
		}
		if err := r.emit(fn, name, line, a); err != nil {
			return err
		}
	}
}

// validUTF8 reports whether every field of a record is valid UTF-8.
func validUTF8(rec []string) bool {
	for _, f := range rec {
		if !utf8.ValidString(f) {
			return false
		}
	}
	return true
}
