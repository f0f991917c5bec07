package input

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/temoto/robotstxt"
)

// robotsToken is the product token newsgraph's robots.txt groups are looked up by.
const robotsToken = "newsgraph"

// robotsRules is a host's robots.txt, or why none could be read.
type robotsRules struct {
	data *robotstxt.RobotsData
	err  error
}

// allowed reports (nil) whether u may be fetched by the rules of its host's robots.txt, which
// it fetches once per RobotsTTL. Following RFC 9309, a robots.txt that answers 4xx allows
// everything, and one that answers 5xx or cannot be reached forbids everything (for now).
func (f *Fetcher) allowed(ctx context.Context, h *hostState, u *url.URL) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.robotsAt.IsZero() || time.Since(h.robotsAt) > f.cfg.RobotsTTL || h.robots.err != nil && time.Since(h.robotsAt) > time.Minute {
		h.robots = f.fetchRobots(ctx, u)
		h.robotsAt = time.Now()
	}
	if h.robots.err != nil {
		return fmt.Errorf("robots.txt of %s unreadable, so not fetching: %w", u.Host, h.robots.err)
	}
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !h.robots.data.TestAgent(path, robotsToken) {
		return ErrRobots
	}
	return nil
}

// maxCrawlDelay caps the Crawl-delay a robots.txt may ask for.
const maxCrawlDelay = time.Minute

// pace waits until the host's Crawl-delay (when its robots.txt sets one, at most maxCrawlDelay)
// has passed since the last request this Fetcher started to it.
func (h *hostState) pace(ctx context.Context) error {
	h.mu.Lock()
	var delay time.Duration
	if h.robots.data != nil {
		if g := h.robots.data.FindGroup(robotsToken); g != nil {
			delay = min(g.CrawlDelay, maxCrawlDelay)
		}
	}
	start := time.Now()
	if h.next.After(start) {
		start = h.next
	}
	h.next = start.Add(delay)
	h.mu.Unlock()
	if wait := time.Until(start); wait > 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

func (f *Fetcher) fetchRobots(ctx context.Context, u *url.URL) robotsRules {
	ru := url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	ctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, ru.String(), nil)
	if err != nil {
		return robotsRules{err: err}
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	resp, err := f.client.Do(req)
	if err != nil {
		return robotsRules{err: timeoutMessage(err, f.cfg.Timeout)}
	}
	defer resp.Body.Close()
	body, err := readCapped(resp.Body, 512<<10)
	if err != nil && resp.StatusCode/100 == 2 {
		return robotsRules{err: err}
	}
	data, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body)
	if err != nil {
		return robotsRules{err: err}
	}
	return robotsRules{data: data}
}
