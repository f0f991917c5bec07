package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
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

func sortedExport(t *testing.T, bin, db string) string {
	t.Helper()
	out, err := exec.Command(bin, "export", "--db", db, "--format", "nquads").Output()
	if err != nil {
		t.Fatalf("export %s: %v", db, err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// TestKillDuringLoad kills `newsgraph load` with SIGKILL in the middle of a load, loads again, and
// checks that the store opens and holds exactly the graph of a clean load.
func TestKillDuringLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and loads thousands of articles")
	}
	bin := buildBinary(t)
	input := syntheticArticles(t, 1500)
	dir := t.TempDir()
	clean, crashed := filepath.Join(dir, "clean.db"), filepath.Join(dir, "crashed.db")

	start := time.Now()
	if out, err := exec.Command(bin, "load", "-q", "-j", "1", "--batch", "50", "--db", clean, input).CombinedOutput(); err != nil {
		t.Fatalf("clean load: %v\n%s", err, out)
	}
	took := time.Since(start)

	killed := false
	for _, frac := range []float64{0.5, 0.3, 0.15} {
		os.RemoveAll(crashed)
		cmd := exec.Command(bin, "load", "-q", "-j", "1", "--batch", "50", "--db", crashed, input)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(float64(took) * frac))
		cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			killed = true
			t.Logf("killed load after %s of a %s clean load (%v)", time.Duration(float64(took)*frac).Round(time.Millisecond), took.Round(time.Millisecond), err)
			break
		}
	}
	if !killed {
		t.Fatalf("load finished before it could be killed (clean load took %s)", took)
	}
	if out, err := exec.Command(bin, "load", "-q", "--db", crashed, input).CombinedOutput(); err != nil {
		t.Fatalf("load after the crash: %v\n%s", err, out)
	}
	got, want := sortedExport(t, bin, crashed), sortedExport(t, bin, clean)
	if got != want {
		gl, wl := strings.Count(got, "\n"), strings.Count(want, "\n")
		t.Fatalf("graph after kill -9 and re-load differs from a clean load: %d quads, want %d", gl+1, wl+1)
	}
}
