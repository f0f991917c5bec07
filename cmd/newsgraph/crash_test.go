package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"newsgraph/internal/pgtest"
)

// buildBinary builds the newsgraph command into a temporary folder.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "newsgraph")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// syntheticArticles writes n distinct articles built from the example texts to a JSONL file.
func syntheticArticles(t *testing.T, n int) string {
	t.Helper()
	files, _ := filepath.Glob("../../examples/articles/*.txt")
	if len(files) == 0 {
		t.Fatal("no example articles")
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	var buf bytes.Buffer
	for i := 0; i < n; i++ {
		rec := map[string]string{
			"id":   fmt.Sprintf("synthetic-%05d", i),
			"date": fmt.Sprintf("20%02d-%02d-%02d", 10+i%15, 1+i%12, 1+i%28),
			"text": texts[i%len(texts)] + fmt.Sprintf("\nThis is report number %d.", i),
		}
		b, _ := json.Marshal(rec)
		buf.Write(b)
		buf.WriteByte('\n')
	}
	p := filepath.Join(t.TempDir(), "articles.jsonl")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// store is where a crash test writes: a bolt folder or a PostgreSQL database.
type store struct {
	backend string
	fresh   func(t *testing.T, name string) string // a new, empty store's --db
}

// crashStores are bolt and, when NEWSGRAPH_TEST_POSTGRES is set, PostgreSQL (see pgtest).
func crashStores() []store {
	return []store{
		{"bolt", func(t *testing.T, name string) string { return filepath.Join(t.TempDir(), name+".db") }},
		{"postgres", func(t *testing.T, _ string) string { return pgtest.Database(t) }},
	}
}

// newsgraph runs the command on the store and returns its combined output and exit status.
func (st store) run(bin, db string, args ...string) (string, int) {
	args = append([]string{args[0], "--backend", st.backend, "--db", db}, args[1:]...)
	out, err := exec.Command(bin, args...).CombinedOutput()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return string(out), ee.ExitCode()
	}
	if err != nil {
		return err.Error(), -1
	}
	return string(out), 0
}

// killDuring starts the command and kills it with SIGKILL after frac of took; it reports
// whether the kill came before the command finished.
func (st store) killDuring(t *testing.T, bin, db string, took time.Duration, frac float64, args ...string) bool {
	t.Helper()
	args = append([]string{args[0], "--backend", st.backend, "--db", db}, args[1:]...)
	cmd := exec.Command(bin, args...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Duration(float64(took) * frac))
	cmd.Process.Signal(syscall.SIGKILL)
	err := cmd.Wait()
	ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus)
	if ok && ws.Signaled() {
		t.Logf("killed %s after %s of a %s clean run (%v)", args[0], time.Duration(float64(took)*frac).Round(time.Millisecond), took.Round(time.Millisecond), err)
		return true
	}
	return false
}

// mustCheck runs `newsgraph check` and fails the test unless it exits 0.
func (st store) mustCheck(t *testing.T, bin, db, when string) {
	t.Helper()
	if out, code := st.run(bin, db, "check"); code != 0 {
		t.Fatalf("check %s: exit %d\n%s", when, code, out)
	}
}

// TestKillDuringLoad kills `newsgraph load` with SIGKILL in the middle of a load, loads again, and
// checks that the store holds exactly the graph of a clean load and that `check` finds its derived
// data right, on bolt and PostgreSQL.
func TestKillDuringLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and loads 400 articles")
	}
	bin := buildBinary(t)
	input := syntheticArticles(t, 400)
	for _, st := range crashStores() {
		t.Run(st.backend, func(t *testing.T) {
			clean := st.fresh(t, "clean")
			start := time.Now()
			if out, code := st.run(bin, clean, "load", "-q", "-j", "1", "--batch", "50", input); code != 0 {
				t.Fatalf("clean load: exit %d\n%s", code, out)
			}
			took := time.Since(start)
			var crashed string
			killed := false
			for _, frac := range []float64{0.5, 0.3, 0.15} {
				crashed = st.fresh(t, "crashed")
				if killed = st.killDuring(t, bin, crashed, took, frac, "load", "-q", "-j", "1", "--batch", "50", input); killed {
					break
				}
			}
			if !killed {
				t.Fatalf("load finished before it could be killed (clean load took %s)", took)
			}
			// every batch of a load is one transaction: the derived data are right even now
			st.mustCheck(t, bin, crashed, "after the kill")
			if out, code := st.run(bin, crashed, "load", "-q", input); code != 0 {
				t.Fatalf("load after the crash: exit %d\n%s", code, out)
			}
			st.mustCheck(t, bin, crashed, "after the load again")
			sameGraph(t, st, bin, crashed, clean)
		})
	}
}

// TestKillDuringImport kills `newsgraph import` with SIGKILL in the middle of an import: `check`
// then finds the store dirty (exit 1); importing again repairs it, and the store holds exactly
// the graph of a clean import, with derived data `check` finds right, on bolt and PostgreSQL.
func TestKillDuringImport(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and imports 400 articles")
	}
	bin := buildBinary(t)
	input := syntheticArticles(t, 400)
	for _, st := range crashStores() {
		t.Run(st.backend, func(t *testing.T) {
			src := st.fresh(t, "src")
			if out, code := st.run(bin, src, "load", "-q", input); code != 0 {
				t.Fatalf("load: exit %d\n%s", code, out)
			}
			nq := filepath.Join(t.TempDir(), "export.nq")
			if out, code := st.run(bin, src, "export", "--format", "nquads", "--out", nq); code != 0 {
				t.Fatalf("export: exit %d\n%s", code, out)
			}
			clean := st.fresh(t, "clean")
			start := time.Now()
			if out, code := st.run(bin, clean, "import", nq); code != 0 {
				t.Fatalf("clean import: exit %d\n%s", code, out)
			}
			took := time.Since(start)
			st.mustCheck(t, bin, clean, "after a clean import")
			var crashed string
			dirty := false
			for _, frac := range []float64{0.6, 0.8, 0.4, 0.9} {
				crashed = st.fresh(t, "crashed")
				if !st.killDuring(t, bin, crashed, took, frac, "import", nq) {
					continue
				}
				out, code := st.run(bin, crashed, "check")
				if code == 1 && strings.Contains(out, "dirty: import") {
					dirty = true
					break
				}
				t.Logf("check after a kill before the import's first write: exit %d\n%s", code, out)
			}
			if !dirty {
				t.Fatalf("no kill left an import unfinished (clean import took %s)", took)
			}
			if out, code := st.run(bin, crashed, "import", nq); code != 0 {
				t.Fatalf("import after the crash: exit %d\n%s", code, out)
			}
			st.mustCheck(t, bin, crashed, "after the import again")
			sameGraph(t, st, bin, crashed, clean)
		})
	}
}

// TestCheckRepair: check finds derived data an import left unfinished and --repair rebuilds them.
func TestCheckRepair(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	input := syntheticArticles(t, 30)
	st := crashStores()[0]
	db := st.fresh(t, "db")
	if out, code := st.run(bin, db, "load", "-q", input); code != 0 {
		t.Fatalf("load: exit %d\n%s", code, out)
	}
	st.mustCheck(t, bin, db, "after a load")
	// an empty summary bucket: what a crash between the quads and their summaries would leave
	if err := dropBucket(filepath.Join(db, "indexes.bolt"), "newsgraph_summaries"); err != nil {
		t.Fatal(err)
	}
	out, code := st.run(bin, db, "check")
	if code != 1 || !strings.Contains(out, "missing") {
		t.Fatalf("check of damaged derived data: exit %d, want 1 naming what is missing\n%s", code, out)
	}
	if out, code := st.run(bin, db, "check", "--repair"); code != 0 || !strings.Contains(out, "repaired") {
		t.Fatalf("check --repair: exit %d, want 0 and repaired\n%s", code, out)
	}
	st.mustCheck(t, bin, db, "after the repair")
}

func dropBucket(file, name string) error {
	db, err := bolt.Open(file, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		return err
	}
	defer db.Close()
	return db.Update(func(tx *bolt.Tx) error { return tx.DeleteBucket([]byte(name)) })
}

// sameGraph fails the test unless the two stores export the same quads.
func sameGraph(t *testing.T, st store, bin, got, want string) {
	t.Helper()
	g, w := sortedExport(t, st, bin, got), sortedExport(t, st, bin, want)
	if g != w {
		gl, wl := strings.Count(g, "\n"), strings.Count(w, "\n")
		t.Fatalf("graph after kill -9 and a second run differs from a clean run: %d quads, want %d", gl+1, wl+1)
	}
}

func sortedExport(t *testing.T, st store, bin, db string) string {
	t.Helper()
	out, err := exec.Command(bin, "export", "--backend", st.backend, "--db", db, "--format", "nquads").Output()
	if err != nil {
		t.Fatalf("export %s: %v", db, err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}
