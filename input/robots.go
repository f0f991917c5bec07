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
