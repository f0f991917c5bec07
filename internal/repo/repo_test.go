package repo

import (
	"os"
	"path/filepath"
	"testing"
)

// TestRoot: from this package's folder, the root is two levels up and holds go.mod.
func TestRoot(t *testing.T) {
	got, err := Root()
	if err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	if want := filepath.Dir(filepath.Dir(wd)); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if _, err := os.Stat(filepath.Join(got, "go.mod")); err != nil {
		t.Errorf("no go.mod at the root: %v", err)
	}
}
