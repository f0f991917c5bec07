package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"newsgraph"
	"newsgraph/graph"
	"newsgraph/schema/schematest"
	"newsgraph/server"
)

// noise is an extraction function for the load test: "noise N" becomes an article about France
// and Germany, and "ka-2" the fixture's ka-2 again (unchanged when re-stored).
func noise(a newsgraph.Article) newsgraph.Extraction {
	if a.Text == "ka-2" {
		return *schematest.Fixture()[1]
	}
	a.ID = strings.ReplaceAll(a.Text, " ", "-")
	fra := newsgraph.Entity{ID: "country/FRA", Type: newsgraph.Country, Name: "France", Code: "FRA", Mentions: []newsgraph.Mention{}}
	deu := newsgraph.Entity{ID: "country/DEU", Type: newsgraph.Country, Name: "Germany", Code: "DEU", Mentions: []newsgraph.Mention{}}
	s := "France and Germany met again (" + a.Text + ")."
	return newsgraph.Extraction{Article: a, Entities: []newsgraph.Entity{fra, deu},
		Relations: []newsgraph.Relation{{Type: "CONSULT", Subject: fra.ID, Object: deu.ID, Date: "2025",
			Evidence: newsgraph.Span{Sentence: s, End: len(s)}}}}
}

// TestLoadWhileQuerying ingests and deletes articles over HTTP while other clients ask for
// Rwanda's partners, which the writes never touch: every answer must be complete and the same.
// Run it with -race.
func TestLoadWhileQuerying(t *testing.T) {
	for _, b := range schematest.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			st := b.Open(t)
			schematest.Load(t, st, schematest.Fixture()...)
			_, base, logs := start(t, server.Config{Token: token}, st, noise)
			want := "country/DNK,country/GBR,country/ISR,country/USA,org/unhcr"
			const writes = 15
			var writers, readers sync.WaitGroup
			stop := make(chan struct{})
			errs := make(chan string, 100)
			for w := 0; w < 2; w++ {
				writers.Add(1)
				go func(w int) {
					defer writers.Done()
					for i := 0; i < writes; i++ {
						if b.ReadOnly { // a standby's server: the writes go to its primary
							writePrimary(schematest.Writer(st), w, i, errs)
							continue
						}
						in := []any{map[string]any{"text": fmt.Sprintf("noise %d %d", w, i)}, map[string]any{"text": "ka-2"}}
						a := gql(t, base, token, `mutation($a: [ArticleInput!]!) { ingest(articles: $a) { articles } }`, map[string]any{"a": in})
						if a.Status != 200 {
							errs <- fmt.Sprintf("ingest: %d %s", a.Status, a.Body)
						}
						if i > 0 {
							a = gql(t, base, token, `mutation($id: ID!) { deleteArticle(id: $id) }`, map[string]any{"id": fmt.Sprintf("noise-%d-%d", w, i-1)})
							if a.Status != 200 || !strings.Contains(a.Body, "true") {
								errs <- fmt.Sprintf("delete: %d %s", a.Status, a.Body)
							}
						}
					}
				}(w)
			}
			queries := 0
			var mu sync.Mutex
			for r := 0; r < 3; r++ {
				readers.Add(1)
				go func() {
					defer readers.Done()
					for {
						select {
						case <-stop:
							return
						default:
						}
						a := gql(t, base, "", `{ partners(of: "Rwanda") { entity { id } relations { type evidence { article { id } } } } france: relations(subject: "France") { totalCount } }`, nil)
						var got struct {
							Partners []struct{ Entity struct{ ID string } }
						}
						json.Unmarshal(a.JSON.Data, &got)
						var ids []string
						for _, p := range got.Partners {
							ids = append(ids, p.Entity.ID)
						}
						sort.Strings(ids)
						if a.Status != 200 || strings.Join(ids, ",") != want {
							errs <- fmt.Sprintf("partners during the load: got %d %v, want 200 %s (%s)", a.Status, ids, want, a.Body)
						}
						mu.Lock()
						queries++
						mu.Unlock()
					}
				}()
			}
			writers.Wait()
			close(stop)
			readers.Wait()
			close(errs)
			n := 0
			for e := range errs {
				if n++; n <= 5 {
					t.Error(e)
				}
			}
			if n > 0 {
				for _, l := range strings.Split(logs.String(), "\n") {
					if strings.Contains(l, `"level":"ERROR"`) {
						t.Log(l)
						break
					}
				}
			}
			if queries == 0 {
				t.Errorf("no query ran during the load")
			}
			t.Logf("%s: %d queries answered during %d ingests and deletes", b.Name, queries, 2*writes*2)
		})
	}
}

// writePrimary does what one writer of TestLoadWhileQuerying asks over GraphQL, on the primary
// of a standby's server: stores noise article i and ka-2 again, deletes noise article i-1.
func writePrimary(p *graph.Store, w, i int, errs chan<- string) {
	ctx := context.Background()
	for _, text := range []string{fmt.Sprintf("noise %d %d", w, i), "ka-2"} {
		x := noise(newsgraph.Article{Text: text})
		if _, err := p.Load(ctx, &x); err != nil {
			errs <- fmt.Sprintf("load on the primary: %v", err)
		}
	}
	if i > 0 {
		if err := p.DeleteArticle(ctx, fmt.Sprintf("noise-%d-%d", w, i-1)); err != nil {
			errs <- fmt.Sprintf("delete on the primary: %v", err)
		}
	}
}
