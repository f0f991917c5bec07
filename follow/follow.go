// Package follow keeps a graph current with the news as it comes: it polls RSS and Atom feeds,
// loads each new item once (by its url, else its guid), remembers what it has loaded in the
// store across restarts, backs off from feeds that fail, and counts what it does in the log and
// in Prometheus metrics.
package follow

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"time"

	"newsgraph"
	"newsgraph/input"
)

// Store is what following needs of the graph store (graph.Store's).
type Store interface {
	SeenItems(ctx context.Context, keys []string) (map[string]bool, error)
	MarkSeen(ctx context.Context, keys []string) error
	LoadBatch(ctx context.Context, xs []*newsgraph.Extraction) (int, error)
}

// Extractor turns an article into its facts (loader.Extractor's).
type Extractor interface {
	Extract(newsgraph.Article) newsgraph.Extraction
}

// Config says which feeds to follow and how often.
type Config struct {
	Feeds []string
	// Every is the time between two polls of a feed (15 minutes when 0).
	Every time.Duration
	// MaxBackoff caps the wait after failures (6 hours, or Every when longer, when 0).
	MaxBackoff time.Duration
}

// DefaultEvery is the time between two polls of a feed unless told otherwise.
const DefaultEvery = 15 * time.Minute

// Follower polls feeds and loads their new items.
type Follower struct {
	cfg    Config
	reader *input.Reader
	store  Store
	x      Extractor
	log    *slog.Logger
	m      *Metrics
}

// New returns a Follower; reader must have a Fetcher. m may be nil (no metrics), log too.
func New(cfg Config, reader *input.Reader, store Store, x Extractor, m *Metrics, log *slog.Logger) (*Follower, error) {
	if len(cfg.Feeds) == 0 {
		return nil, errors.New("follow: no feeds")
	}
	if reader == nil || reader.Fetcher == nil {
		return nil, errors.New("follow: the reader has no fetcher")
	}
	if cfg.Every <= 0 {
		cfg.Every = DefaultEvery
	}
	if cfg.MaxBackoff <= 0 {
		cfg.MaxBackoff = max(6*time.Hour, cfg.Every)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Follower{cfg: cfg, reader: reader, store: store, x: x, log: log, m: m}, nil
}

// Counts is what one poll of a feed did.
type Counts struct {
	Items       int  // items in the feed
	Seen        int  // already loaded before
	Loaded      int  // new items stored
	Bad         int  // new items that could not be read (logged)
	NotModified bool // the feed answered 304
}

// Once polls every feed once, in order, and returns the summed counts and the feeds' errors
// joined (every feed is polled whatever the others do).
func (f *Follower) Once(ctx context.Context) (Counts, error) {
	var total Counts
	var errs []error
	for _, feed := range f.cfg.Feeds {
		c, err := f.Poll(ctx, feed)
		total.Items += c.Items
		total.Seen += c.Seen
		total.Loaded += c.Loaded
		total.Bad += c.Bad
		if err != nil {
			if ctx.Err() != nil {
				return total, ctx.Err()
			}
			errs = append(errs, err)
		}
	}
	return total, errors.Join(errs...)
}

// Run polls each feed every Config.Every until ctx is done, each feed on its own schedule; a
// feed that fails is polled again after twice the previous wait, up to MaxBackoff, and at the
// usual pace again once it answers; a feed that answers with Retry-After is left alone that long
// at least, and each wait is drawn up to 10% longer. It returns ctx's error.
func (f *Follower) Run(ctx context.Context) error {
	done := make(chan struct{}, len(f.cfg.Feeds))
	for _, feed := range f.cfg.Feeds {
		go func() {
			defer func() { done <- struct{}{} }()
			f.follow(ctx, feed)
		}()
	}
	for range f.cfg.Feeds {
		<-done
	}
	return ctx.Err()
}

func (f *Follower) follow(ctx context.Context, feed string) {
	failures := 0
	for {
		_, err := f.Poll(ctx, feed)
		if ctx.Err() != nil {
			return
		}
		if err != nil {
			failures++
		} else {
			failures = 0
		}
		wait := Backoff(f.cfg.Every, f.cfg.MaxBackoff, failures)
		var fe *input.FetchError
		if errors.As(err, &fe) && fe.RetryAfter > wait {
			wait = min(fe.RetryAfter, 24*time.Hour) // the server asked for longer
		}
		wait += rand.N(wait/10 + 1) // up to 10% later: feeds of one host do not stay in step
		if err != nil {
			f.log.Warn("feed failed", "feed", feed, "err", err, "failures", failures, "retry_in", wait)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}

// Backoff is the wait before the next poll of a feed after failures consecutive failures:
// every, doubled per failure, at most maxWait.
func Backoff(every, maxWait time.Duration, failures int) time.Duration {
	wait := every
	for i := 0; i < failures && wait < maxWait; i++ {
		wait *= 2
	}
	return min(wait, maxWait)
}

// Poll fetches one feed (revalidating with ETag and If-Modified-Since) and loads its new items.
// An item that cannot be read is logged and counted; it is tried again at the next poll when
// its page could not be fetched, and not again otherwise (its text is empty or too long).
func (f *Follower) Poll(ctx context.Context, feed string) (Counts, error) {
	c, err := f.poll(ctx, feed)
	f.m.observe(c, err)
	if err == nil {
		f.log.Info("feed polled", "feed", feed, "items", c.Items, "seen", c.Seen, "loaded", c.Loaded, "bad", c.Bad, "not_modified", c.NotModified)
	}
	return c, err
}

func (f *Follower) poll(ctx context.Context, feed string) (Counts, error) {
	var c Counts
	resp, err := f.reader.Fetcher.GetConditional(ctx, feed)
	if err != nil {
		return c, err
	}
	if resp.NotModified {
		c.NotModified = true
		return c, nil
	}
	if !input.IsFeed(resp) {
		return c, fmt.Errorf("%s: not an RSS or Atom feed", feed)
	}
	items, err := input.ParseFeed(bytes.NewReader(resp.Body), feed)
	if err != nil {
		return c, fmt.Errorf("%s: %w", feed, err)
	}
	c.Items = len(items)
	fresh, err := f.fresh(ctx, items)
	if err != nil {
		return c, err
	}
	c.Seen = c.Items - len(fresh)
	var xs []*newsgraph.Extraction
	var keys []string
	for _, it := range fresh {
		a, err := f.reader.ItemArticle(ctx, it)
		if err != nil {
			if ctx.Err() != nil {
				return c, ctx.Err()
			}
			c.Bad++
			f.log.Warn("feed item skipped", "feed", feed, "item", it.Key, "err", err)
			var fe *input.FetchError
			if !errors.As(err, &fe) {
				keys = append(keys, it.Key) // not worth another try
			}
			continue
		}
		x := f.x.Extract(a)
		xs = append(xs, &x)
		keys = append(keys, it.Key)
	}
	if len(xs) > 0 {
		if _, err := f.store.LoadBatch(ctx, xs); err != nil {
			return c, fmt.Errorf("%s: storing %d items: %w", feed, len(xs), err)
		}
	}
	c.Loaded = len(xs)
	if err := f.store.MarkSeen(ctx, keys); err != nil {
		return c, fmt.Errorf("%s: %w", feed, err)
	}
	return c, nil
}

// fresh returns the items not seen before, without repeats; items without a key are dropped.
func (f *Follower) fresh(ctx context.Context, items []input.FeedItem) ([]input.FeedItem, error) {
	keys := make([]string, 0, len(items))
	for _, it := range items {
		if it.Key != "" {
			keys = append(keys, it.Key)
		}
	}
	seen, err := f.store.SeenItems(ctx, keys)
	if err != nil {
		return nil, err
	}
	var out []input.FeedItem
	for _, it := range items {
		if it.Key == "" || seen[it.Key] {
			continue
		}
		seen[it.Key] = true
		out = append(out, it)
	}
	return out, nil
}
