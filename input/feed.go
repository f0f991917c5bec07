package input

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"newsgraph"
)

// FeedItem is one item of an RSS or Atom feed.
type FeedItem struct {
	// Key is what the item is remembered by: its link, else its guid.
	Key string
	// Article holds what the feed says of the item; Text is empty when the item has no content.
	Article newsgraph.Article
}

// ParseFeed reads an RSS or Atom feed into its items, in the feed's order. name is the file or
// URL the feed came from: relative item links are resolved against a URL.
func ParseFeed(in io.Reader, name string) ([]FeedItem, error) {
	f, err := gofeed.NewParser().Parse(in)
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, errors.New("not an RSS or Atom feed")
		}
		return nil, fmt.Errorf("feed: %w", err)
	}
	base, _ := url.Parse(name) // a feed fetched from a URL: its relative links are resolved
	if base != nil && !base.IsAbs() {
		base = nil
	}
	items := make([]FeedItem, 0, len(f.Items))
	for _, it := range f.Items {
		a := newsgraph.Article{Title: strings.TrimSpace(it.Title), Source: strings.TrimSpace(f.Title), URL: strings.TrimSpace(it.Link)}
		if a.URL != "" && base != nil {
			a.URL = resolve(base, a.URL)
		}
		if t := firstTime(it.PublishedParsed, it.UpdatedParsed); t != nil {
			a.Date = t.Format("2006-01-02")
		}
		if c := strings.TrimSpace(it.Content); c != "" {
			a.Text = fragmentText(c)
		}
		key := a.URL
		if key == "" {
			key = strings.TrimSpace(it.GUID)
		}
		if key != "" {
			a.ID = URLID(key)
		}
		items = append(items, FeedItem{Key: key, Article: a})
	}
	return items, nil
}

func firstTime(ts ...*time.Time) *time.Time {
	for _, t := range ts {
		if t != nil && !t.IsZero() {
			return t
		}
	}
	return nil
}

// fragmentText is the text of an HTML fragment (an item's content), one paragraph a block.
func fragmentText(s string) string {
	if !strings.Contains(s, "<") {
		return paragraphs(s)
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return paragraphs(s)
	}
	return articleText(doc)
}

// ItemArticle returns an item's article, checked as Read checks articles: its content when it
// has some, else the page its link points to, fetched (what the feed says of the title, date and
// source wins over the page). A failed fetch is a *FetchError.
func (r *Reader) ItemArticle(ctx context.Context, it FeedItem) (newsgraph.Article, error) {
	a, err := r.itemArticle(ctx, it)
	if err != nil {
		return a, err
	}
	if err := r.check(&a); err != nil {
		return a, fieldError(err)
	}
	return a, nil
}

func (r *Reader) itemArticle(ctx context.Context, it FeedItem) (newsgraph.Article, error) {
	a := it.Article
	if a.Text != "" {
		return a, nil
	}
	if a.URL == "" {
		return a, errors.New("no content and no link")
	}
	if r.Fetcher == nil {
		return a, errors.New("no content, and fetching the link is off")
	}
	resp, err := r.Fetcher.Get(ctx, a.URL)
	if err != nil {
		return a, err
	}
	page, err := parseHTML(resp.Body, resp.URL, resp.ContentType)
	if err != nil {
		return a, fmt.Errorf("%s: %w", a.URL, err)
	}
	a.Text = page.Text
	if a.Title == "" {
		a.Title = page.Title
	}
	if a.Date == "" {
		a.Date = page.Date
	}
	if a.Source == "" {
		a.Source = page.Source
	}
	return a, nil
}

// readFeed reads a feed's items as articles; an item that cannot be read is reported with its
// number and link.
func (r *Reader) readFeed(ctx context.Context, name string, in io.Reader, fn func(newsgraph.Article, error) error) error {
	data, err := readCapped(in, r.maxPage())
	if err != nil {
		return bad(fn, name, 0, err)
	}
	items, err := ParseFeed(bytes.NewReader(data), name)
	if err != nil {
		return bad(fn, name, 0, err)
	}
	for i, it := range items {
		if err := ctx.Err(); err != nil {
			return err
		}
		a, err := r.ItemArticle(ctx, it)
		if err != nil {
			if e := bad(fn, name, 0, itemError(i+1, it, err)); e != nil {
				return e
			}
			continue
		}
		if err := fn(a, nil); err != nil {
			return err
		}
	}
	return nil
}

func itemError(n int, it FeedItem, err error) error {
	if it.Key != "" {
		return fmt.Errorf("item %d (%s): %w", n, it.Key, err)
	}
	return fmt.Errorf("item %d: %w", n, err)
}
