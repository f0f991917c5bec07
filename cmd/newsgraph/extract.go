package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"runtime"

	"newsgraph"
	"newsgraph/loader"
)

// runExtract prints one JSON object per article (CONTRACT.md) and touches no store.
func runExtract(ctx context.Context, e *env) error {
	fs := newFlags(e, "extract", "extract [-j N] [flags] [FILE|DIR|URL|-]...")
	workers := fs.Int("j", runtime.GOMAXPROCS(0), "extract on `N` cores")
	withText := fs.Bool("text", false, "add each article's text (what the mentions' offsets count in) to its \"article\" object")
	var in inputFlags
	in.register(fs, true)
	if err := parse(fs, e.args); err != nil {
		return err
	}
	r, err := in.reader(e)
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return err
	}
	paths := inputs(fs)
	out := bufio.NewWriterSize(e.stdout, 256<<10)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	bad := 0
	err = loader.New().ExtractAll(ctx, r, paths, *workers, func(it loader.Item) error {
		if it.Err != nil {
			bad++
			fmt.Fprintf(e.stderr, "newsgraph extract: skipped %v\n", it.Err)
			return nil
		}
		if *withText {
			return enc.Encode(withArticleText(it.Extraction))
		}
		return enc.Encode(it.Extraction)
	})
	return endOutput(out, err, bad)
}

// textArticle is an article with its text, as `extract --text` prints it.
type textArticle struct {
	newsgraph.Article
	Text string `json:"text"`
}

// withArticleText is an extraction whose article carries its text: what the offsets count in,
// for formats whose text is not the input as written (HTML, WARC, feeds).
func withArticleText(x *newsgraph.Extraction) any {
	return struct {
		Article   textArticle          `json:"article"`
		Entities  []newsgraph.Entity   `json:"entities"`
		Relations []newsgraph.Relation `json:"relations"`
	}{textArticle{x.Article, x.Article.Text}, x.Entities, x.Relations}
}
