package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"newsgraph/input"
	"newsgraph/loader"
)

// progress draws one line on a terminal: articles done (of the total when known), rate and time
// left. It redraws at most five times a second.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	total int
	n     int
	start time.Time
	last  time.Time
}

func newProgress(w io.Writer, total int) *progress {
	return &progress{w: w, total: total, start: time.Now()}
}

func (p *progress) add(k int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n += k
	if now := time.Now(); now.Sub(p.last) >= 200*time.Millisecond {
		p.last = now
		p.draw(now)
	}
}

func (p *progress) draw(now time.Time) {
	el := now.Sub(p.start).Seconds()
	rate := float64(p.n) / max(el, 1e-9)
	line := fmt.Sprintf("articles %d", p.n)
	if p.total > 0 {
		line += fmt.Sprintf("/%d (%d%%)", p.total, 100*p.n/max(p.total, 1))
	}
	line += fmt.Sprintf("  %.0f/s", rate)
	if p.total > p.n && rate > 0 {
		line += fmt.Sprintf("  ~%s left", (time.Duration(float64(p.total-p.n)/rate) * time.Second).Round(time.Second))
	}
	fmt.Fprintf(p.w, "\r\033[K%s", line)
}

// clear wipes the line so that a message can be printed.
func (p *progress) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprint(p.w, "\r\033[K")
}

func (p *progress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.draw(time.Now())
	fmt.Fprintln(p.w)
}

// countRecords estimates how many articles paths hold (non-empty lines of JSON Lines files, one
// per text file) without parsing them; 0 when it cannot tell (standard input, JSON arrays).
func countRecords(paths []string) int {
	n := 0
	unknown := false
	var count func(string)
	count = func(p string) {
		switch strings.ToLower(filepath.Ext(p)) {
		case ".txt":
			n++
		case ".jsonl", ".json":
			f, err := os.Open(p)
			if err != nil {
				return
			}
			defer f.Close()
			sc := bufio.NewScanner(f)
			sc.Buffer(make([]byte, 64<<10), loader.DefaultMaxArticleBytes*2)
			for sc.Scan() {
				if len(strings.TrimSpace(sc.Text())) > 1 {
					n++
				}
			}
		}
	}
	for _, p := range paths {
		if p == "-" || input.IsURL(p) {
			return 0
		}
		filepath.WalkDir(p, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && loader.Supported(path) {
				count(path)
			} else if err == nil && !d.IsDir() && input.Supported(path) {
				unknown = true // a page, archive, table, feed or compressed file: counted as read
			}
			return nil
		})
	}
	if unknown {
		return 0
	}
	return n
}
