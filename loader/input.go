package loader

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"newsgraph"
)

// DefaultMaxArticleBytes is the largest article text Read accepts unless told otherwise.
const DefaultMaxArticleBytes = 8 << 20

// InputError is a record that could not be read: it names the file, the line (1-based, 0 when the
// whole file is at fault) and, where one field is at fault, the field.
type InputError struct {
	File  string
	Line  int
	Field string
	Err   error
}

func (e *InputError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, ": field %q", e.Field)
	}
	fmt.Fprintf(&b, ": %v", e.Err)
	return b.String()
}

func (e *InputError) Unwrap() error { return e.Err }

// Reader reads articles from the input formats of CONTRACT.md: .jsonl/.json (one article per line,
// or a JSON array), .txt (free text with an optional leading "date YYYY-MM-DD" and a news agency
// credit), directories of those (recursively) and "-" for standard input (JSON Lines, or text when
// it does not start with "{" or "[").
type Reader struct {
	// MaxBytes is the largest article text accepted (DefaultMaxArticleBytes when 0).
	MaxBytes int
	// Stdin is read for the path "-".
	Stdin io.Reader
}

// Read calls fn once for every article in paths, in order, with either the article or an
// *InputError for a record that cannot be read (which is then skipped). It stops and returns fn's
// error when fn returns one, or ctx's error when ctx is done; a file that cannot be opened is an
// *InputError given to fn, not a reason to stop.
func (r *Reader) Read(ctx context.Context, paths []string, fn func(newsgraph.Article, error) error) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			if err := r.readStream(ctx, "-", r.Stdin, fn); err != nil {
				return err
			}
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			if err := fn(newsgraph.Article{}, &InputError{File: p, Err: errors.Unwrap(err)}); err != nil {
				return err
			}
			continue
		}
		if !fi.IsDir() {
			if err := r.readFile(ctx, p, fn); err != nil {
				return err
			}
			continue
		}
		files, err := Files(p, Supported, func(path string, err error) error {
			return fn(newsgraph.Article{}, &InputError{File: path, Err: err})
		})
		if err != nil {
			return err
		}
		for _, f := range files {
			if err := r.readFile(ctx, f, fn); err != nil {
				return err
			}
		}
	}
	return nil
}

// Files returns the files below dir that keep accepts, in name order. A file or folder that
// cannot be read is given to skip with the error without its path; Files stops when skip
// returns an error.
func Files(dir string, keep func(name string) bool, skip func(path string, err error) error) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return skip(path, err)
		}
		if !d.IsDir() && keep(path) {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// Supported reports whether a file name has one of the endings Read takes from a directory.
func Supported(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".json", ".txt":
		return true
	}
	return false
}

func (r *Reader) max() int {
	if r.MaxBytes > 0 {
		return r.MaxBytes
	}
	return DefaultMaxArticleBytes
}

func (r *Reader) readFile(ctx context.Context, path string, fn func(newsgraph.Article, error) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(newsgraph.Article{}, &InputError{File: path, Err: errors.Unwrap(err)})
	}
	defer f.Close()
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".json":
		return r.readJSON(ctx, path, f, fn)
	case ".txt":
		return r.readText(path, f, fn)
	}
	return r.readStream(ctx, path, f, fn)
}

// readStream sniffs the first non-space byte: JSON for '{' or '[', text otherwise.
func (r *Reader) readStream(ctx context.Context, name string, in io.Reader, fn func(newsgraph.Article, error) error) error {
	if in == nil {
		return fn(newsgraph.Article{}, &InputError{File: name, Err: errors.New("no standard input")})
	}
	br := bufio.NewReaderSize(in, 64<<10)
	for {
		b, err := br.Peek(1)
		if err != nil {
			return fn(newsgraph.Article{}, &InputError{File: name, Err: errors.New("empty input")})
		}
		if b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n' {
			br.ReadByte()
			continue
		}
		if b[0] == '{' || b[0] == '[' {
			return r.readJSON(ctx, name, br, fn)
		}
		return r.readText(name, br, fn)
	}
}

// jsonArticle is one input record; pointer fields tell absent from wrong.
type jsonArticle struct {
	ID     json.RawMessage `json:"id"`
	Text   *string         `json:"text"`
	Title  string          `json:"title"`
	Date   string          `json:"date"`
	Source string          `json:"source"`
	URL    string          `json:"url"`
}

func (r *Reader) readJSON(ctx context.Context, name string, in io.Reader, fn func(newsgraph.Article, error) error) error {
	br, ok := in.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(in, 64<<10)
	}
	// A JSON array: decode element by element.
	for {
		b, err := br.Peek(1)
		if err != nil {
			return fn(newsgraph.Article{}, &InputError{File: name, Err: errors.New("empty file")})
		}
		if b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n' || b[0] == 0xEF || b[0] == 0xBB || b[0] == 0xBF {
			br.ReadByte()
			continue
		}
		if b[0] == '[' {
			return r.readJSONArray(ctx, name, br, fn)
		}
		break
	}
	line := 0
	limit := r.max()*6/5 + 4096 // JSON escaping makes a line longer than its text
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		raw, tooLong, err := readLine(br, limit)
		if len(raw) == 0 && err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fn(newsgraph.Article{}, &InputError{File: name, Line: line + 1, Err: err})
		}
		line++
		if tooLong {
			if e := fn(newsgraph.Article{}, &InputError{File: name, Line: line, Err: fmt.Errorf("line longer than %d bytes", limit)}); e != nil {
				return e
			}
			continue
		}
		raw = bytes.TrimSpace(raw)
		if len(raw) == 0 {
			continue
		}
		a, ierr := r.decodeRecord(raw)
		if ierr != nil {
			ierr.File, ierr.Line = name, line
			if e := fn(newsgraph.Article{}, ierr); e != nil {
				return e
			}
			continue
		}
		if e := fn(a, nil); e != nil {
			return e
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
	}
}

// readLine reads one line of at most limit bytes; a longer line is consumed and reported.
func readLine(br *bufio.Reader, limit int) (line []byte, tooLong bool, err error) {
	for {
		chunk, isPrefix, err := br.ReadLine()
		if !tooLong {
			line = append(line, chunk...)
			if len(line) > limit {
				tooLong, line = true, nil
			}
		}
		if err != nil {
			if len(line) > 0 || tooLong {
				return line, tooLong, io.EOF
			}
			return nil, false, err
		}
		if !isPrefix {
			return line, tooLong, nil
		}
	}
}

func (r *Reader) readJSONArray(ctx context.Context, name string, br *bufio.Reader, fn func(newsgraph.Article, error) error) error {
	dec := json.NewDecoder(br)
	if _, err := dec.Token(); err != nil {
		return fn(newsgraph.Article{}, &InputError{File: name, Err: err})
	}
	for i := 1; dec.More(); i++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			// The array is broken from here on: report and stop reading this file.
			return fn(newsgraph.Article{}, &InputError{File: name, Line: i, Err: fmt.Errorf("element %d: %w", i, err)})
		}
		a, ierr := r.decodeRecord(raw)
		if ierr != nil {
			ierr.File, ierr.Line = name, i
			ierr.Err = fmt.Errorf("element %d: %w", i, ierr.Err)
			if e := fn(newsgraph.Article{}, ierr); e != nil {
				return e
			}
			continue
		}
		if e := fn(a, nil); e != nil {
			return e
		}
	}
	return nil
}

// decodeRecord checks one JSON record; the error it returns lacks File and Line.
func (r *Reader) decodeRecord(raw []byte) (newsgraph.Article, *InputError) {
	var j jsonArticle
	if !utf8.Valid(raw) {
		return newsgraph.Article{}, &InputError{Err: errors.New("not valid UTF-8")}
	}
	if err := json.Unmarshal(raw, &j); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return newsgraph.Article{}, &InputError{Field: te.Field, Err: fmt.Errorf("want a %s, got a JSON %s", te.Type, te.Value)}
		}
		return newsgraph.Article{}, &InputError{Err: fmt.Errorf("not a JSON object: %v", err)}
	}
	if j.Text == nil {
		return newsgraph.Article{}, &InputError{Field: "text", Err: errors.New("missing (required)")}
	}
	a := newsgraph.Article{Text: *j.Text, Title: j.Title, Date: j.Date, Source: j.Source, URL: j.URL}
	if len(j.ID) > 0 && string(j.ID) != "null" {
		var s string
		if err := json.Unmarshal(j.ID, &s); err == nil {
			a.ID = s
		} else {
			a.ID = string(j.ID) // a number
		}
	}
	if ierr := r.check(&a); ierr != nil {
		return newsgraph.Article{}, ierr
	}
	return a, nil
}

func (r *Reader) readText(name string, in io.Reader, fn func(newsgraph.Article, error) error) error {
	data, err := io.ReadAll(io.LimitReader(in, int64(r.max())+1))
	if err != nil {
		return fn(newsgraph.Article{}, &InputError{File: name, Err: err})
	}
	if len(data) > r.max() {
		return fn(newsgraph.Article{}, &InputError{File: name, Err: fmt.Errorf("article longer than the %d MB limit", r.max()>>20)})
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return fn(newsgraph.Article{}, &InputError{File: name, Err: errors.New("binary file (contains NUL bytes)")})
	}
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:invalidAt(data)], []byte("\n"))
		return fn(newsgraph.Article{}, &InputError{File: name, Line: line, Err: errors.New("not valid UTF-8")})
	}
	a := newsgraph.Article{Text: strings.TrimPrefix(string(data), "\uFEFF")}
	if ierr := r.check(&a); ierr != nil {
		ierr.File = name
		return fn(newsgraph.Article{}, ierr)
	}
	return fn(a, nil)
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// check validates an article and fills what the text gives (date header, credit, derived id).
func (r *Reader) check(a *newsgraph.Article) *InputError {
	if strings.TrimSpace(a.Text) == "" {
		return &InputError{Field: "text", Err: errors.New("empty")}
	}
	if len(a.Text) > r.max() {
		return &InputError{Field: "text", Err: fmt.Errorf("article longer than the %d MB limit", r.max()>>20)}
	}
	if a.Date != "" {
		if !isoDate.MatchString(a.Date) {
			return &InputError{Field: "date", Err: fmt.Errorf("%q is not a date in YYYY-MM-DD form", a.Date)}
		}
		if _, err := time.Parse("2006-01-02", a.Date); err != nil {
			return &InputError{Field: "date", Err: fmt.Errorf("%q is not a calendar date", a.Date)}
		}
	}
	Complete(a)
	return nil
}

// Complete fills an article's missing date, source and id from its text: a leading
// "date YYYY-MM-DD" header, a news agency credit or dateline, and a content hash. It is what Read
// does to every article; callers that build articles by hand (HTTP ingest) call it too.
func Complete(a *newsgraph.Article) {
	if a.Date == "" {
		if d, _, ok := dateHeader(a.Text); ok {
			a.Date = d
		}
	}
	if a.Source == "" {
		a.Source = credit(a.Text)
	}
	if a.ID == "" {
		a.ID = ContentID(a.Text)
	}
}

// ContentID is the id of an article that has none: the same text always gets the same id.
func ContentID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "a-" + hex.EncodeToString(sum[:8])
}

var dateHeaderRe = regexp.MustCompile(`(?i)^\s*date:?\s+(\d{4}-\d{2}-\d{2})\b[ \t]*`)

// dateHeader finds a leading "date YYYY-MM-DD" and returns the date and the byte span it takes.
func dateHeader(text string) (date string, end int, ok bool) {
	m := dateHeaderRe.FindStringSubmatchIndex(text)
	if m == nil {
		return "", 0, false
	}
	d := text[m[2]:m[3]]
	if _, err := time.Parse("2006-01-02", d); err != nil {
		return "", 0, false
	}
	return d, m[1], true
}

// agencies are news agency and paper credits recognised in parentheses or datelines.
var agencies = map[string]string{
	"AP": "AP", "AFP": "AFP", "REUTERS": "Reuters", "NYT": "NYT", "UPI": "UPI", "DPA": "dpa",
	"BLOOMBERG": "Bloomberg", "CNN": "CNN", "BBC": "BBC", "XINHUA": "Xinhua", "NEWSER": "Newser",
	"ANSA": "ANSA", "EFE": "EFE", "KYODO": "Kyodo", "YONHAP": "Yonhap", "TASS": "TASS", "IANS": "IANS",
	"PTI": "PTI", "CP": "CP", "AAP": "AAP", "WAM": "WAM", "SPA": "SPA", "IRNA": "IRNA", "ANI": "ANI",
}

var creditRe = regexp.MustCompile(`\(([A-Za-z]{2,10})\)`)

// credit returns the news agency credited in the text ("(AP)", "BEIRUT (AP) —", "… (NYT)"), or "".
func credit(text string) string {
	for _, m := range creditRe.FindAllStringSubmatch(text, -1) {
		if s, ok := agencies[strings.ToUpper(m[1])]; ok {
			return s
		}
	}
	return ""
}
