package graph

import (
	"context"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestCheckFindsDamage: on every backend, Check reports derived data that differ from the
// articles (missing summaries and edges, a dirty mark) as not OK, naming them, and
// Check(ctx, true) rebuilds them.
func TestCheckFindsDamage(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, _ Config) {
		ctx := context.Background()
		load(t, s, talks1(), talks2(), chain())
		r, err := s.Check(ctx, false)
		if err != nil || !r.OK() || r.Articles != 3 {
			t.Fatalf("check of a clean store = %v, %v; want OK with 3 articles", r, err)
		}
		damage(t, s, func(i int) bool { return i%2 == 0 }, map[string]string{markDirty: "import"})
		r, err = s.Check(ctx, false)
		if err != nil {
			t.Fatal(err)
		}
		if r.OK() || r.MissingSummaries == 0 || r.MissingEdges == 0 || r.Dirty != "import" || len(r.Examples) == 0 {
			t.Errorf("check of damaged derived data:\n%s\nwant not OK, with missing summaries and edges, dirty: import, and examples", r)
		}
		if !strings.Contains(r.String(), "NOT OK") {
			t.Errorf("report of damaged derived data does not say NOT OK:\n%s", r)
		}
		r, err = s.Check(ctx, true)
		if err != nil || !r.OK() || !r.Repaired {
			t.Errorf("check --repair = %v\n%s; want repaired and OK", err, r)
		}
	})
}

// TestCheckUnpairedBoltKey: on bolt, an index edge whose reverse key is missing is reported.
func TestCheckUnpairedBoltKey(t *testing.T) {
	s, _ := openTest(t, Config{Backend: "bolt", Addr: t.TempDir() + "/db", NoSync: true})
	load(t, s, talks1())
	b := s.be.(*boltBackend)
	err := b.kv.DB.DB().Update(func(tx *bolt.Tx) error {
		c := tx.Bucket(edgeBucket).Cursor()
		k, _ := c.Seek([]byte("r\x00"))
		return tx.Bucket(edgeBucket).Delete(append([]byte(nil), k...))
	})
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.Check(context.Background(), false)
	if err != nil || r.OK() || r.ExtraEdges != 1 || r.MissingEdges != 1 {
		t.Errorf("check with one reverse key missing = %v\n%s; want one extra (unpaired) and one missing edge", err, r)
	}
}
