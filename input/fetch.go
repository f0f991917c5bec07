package input

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// DefaultUserAgent names newsgraph to the sites it fetches from.
const DefaultUserAgent = "newsgraph/1.0 (news research; knowledge graph builder)"

// FetchConfig sets how politely a Fetcher fetches; zero fields take the defaults shown.
type FetchConfig struct {
	UserAgent      string        // DefaultUserAgent
	ConnectTimeout time.Duration // 10s: to connect (and finish TLS)
	Timeout        time.Duration // 60s: a whole request, headers and body
	MaxBytes       int64         // DefaultMaxPageBytes: the largest body read
	MaxRedirects   int           // 5
	PerHost        int           // 2 requests at a time per host
	RobotsTTL      time.Duration // 24h: how long a host's robots.txt is kept
}

func (c FetchConfig) withDefaults() FetchConfig {
	if c.UserAgent == "" {
		c.UserAgent = DefaultUserAgent
	}
	if c.ConnectTimeout <= 0 {
		c.ConnectTimeout = 10 * time.Second
	}
	if c.Timeout <= 0 {
		c.Timeout = 60 * time.Second
	}
	if c.MaxBytes <= 0 {
		c.MaxBytes = DefaultMaxPageBytes
	}
	if c.MaxRedirects <= 0 {
		c.MaxRedirects = 5
	}
	if c.PerHost <= 0 {
		c.PerHost = 2
	}
	if c.RobotsTTL <= 0 {
		c.RobotsTTL = 24 * time.Hour
	}
	return c
}

// Fetcher fetches pages and feeds politely: it names itself, times out, caps sizes and
// redirects, makes at most PerHost requests at a time to a host, obeys the host's robots.txt
// (its rules and its Crawl-delay, up to a minute), and revalidates with ETag and If-Modified-Since (GetConditional). It is safe for concurrent use.
type Fetcher struct {
	cfg    FetchConfig
	client *http.Client

	mu         sync.Mutex
	hosts      map[string]*hostState
	validators map[string]validator
}

// validator is what a server said to revalidate a URL with.
type validator struct{ etag, lastModified string }

// NewFetcher returns a Fetcher with cfg's settings.
func NewFetcher(cfg FetchConfig) *Fetcher {
	cfg = cfg.withDefaults()
	dialer := &net.Dialer{Timeout: cfg.ConnectTimeout, KeepAlive: 30 * time.Second}
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   cfg.ConnectTimeout,
		ResponseHeaderTimeout: cfg.Timeout,
		MaxConnsPerHost:       cfg.PerHost,
		IdleConnTimeout:       90 * time.Second,
	}
	f := &Fetcher{cfg: cfg, hosts: map[string]*hostState{}, validators: map[string]validator{}}
	f.client = &http.Client{Transport: tr, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if len(via) > cfg.MaxRedirects {
			return fmt.Errorf("more than %d redirects", cfg.MaxRedirects)
		}
		if req.URL.Path == "/robots.txt" {
			return nil
		}
		return f.allowed(req.Context(), f.host(req.URL), req.URL) // where it leads must allow us too
	}}
	return f
}

// Response is a fetched body.
type Response struct {
	URL         string // after redirects
	ContentType string
	Body        []byte
	// NotModified is set when GetConditional's server answered 304: Body is empty.
	NotModified bool
}

// FetchError is a URL that could not be fetched.
type FetchError struct {
	URL    string
	Status int // the HTTP status, 0 when none came
	// RetryAfter is how long the server asked to wait (Retry-After, in seconds, with a 429 or
	// 503), 0 when it did not.
	RetryAfter time.Duration
	Err        error
}

func (e *FetchError) Error() string { return fmt.Sprintf("fetch %s: %v", e.URL, e.Err) }
func (e *FetchError) Unwrap() error { return e.Err }

// ErrRobots is the error of a URL that the host's robots.txt forbids newsgraph to fetch.
var ErrRobots = errors.New("disallowed by robots.txt")

// Get fetches rawURL.
func (f *Fetcher) Get(ctx context.Context, rawURL string) (*Response, error) {
	return f.get(ctx, rawURL, false)
}

// GetConditional fetches rawURL, revalidating what this Fetcher fetched from it before: an
// unchanged resource answers NotModified.
func (f *Fetcher) GetConditional(ctx context.Context, rawURL string) (*Response, error) {
	return f.get(ctx, rawURL, true)
}

func (f *Fetcher) get(ctx context.Context, rawURL string, conditional bool) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, &FetchError{URL: rawURL, Err: errors.New("not an http(s) URL")}
	}
	h := f.host(u)
	if err := h.acquire(ctx); err != nil {
		return nil, &FetchError{URL: rawURL, Err: err}
	}
	defer h.release()
	if err := f.allowed(ctx, h, u); err != nil {
		return nil, &FetchError{URL: rawURL, Err: err}
	}
	if err := h.pace(ctx); err != nil {
		return nil, &FetchError{URL: rawURL, Err: err}
	}
	resp, err := f.do(ctx, rawURL, conditional)
	if err != nil {
		var fe *FetchError
		if errors.As(err, &fe) {
			return nil, err
		}
		return nil, &FetchError{URL: rawURL, Err: err}
	}
	return resp, nil
}

// do makes one request (the caller holds the host's slot).
func (f *Fetcher) do(ctx context.Context, rawURL string, conditional bool) (*Response, error) {
	ctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
	if conditional {
		f.mu.Lock()
		v := f.validators[rawURL]
		f.mu.Unlock()
		if v.etag != "" {
			req.Header.Set("If-None-Match", v.etag)
		}
		if v.lastModified != "" {
			req.Header.Set("If-Modified-Since", v.lastModified)
		}
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, timeoutMessage(err, f.cfg.Timeout)
	}
	defer resp.Body.Close()
	out := &Response{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type")}
	if resp.StatusCode == http.StatusNotModified && conditional {
		out.NotModified = true
		return out, nil
	}
	if resp.StatusCode/100 != 2 {
		fe := &FetchError{URL: rawURL, Status: resp.StatusCode, Err: fmt.Errorf("HTTP %s", resp.Status)}
		if secs, err := strconv.Atoi(strings.TrimSpace(resp.Header.Get("Retry-After"))); err == nil && secs > 0 {
			fe.RetryAfter = time.Duration(secs) * time.Second
		}
		return nil, fe
	}
	if resp.ContentLength > f.cfg.MaxBytes {
		return nil, fmt.Errorf("%d bytes: larger than the %d MB limit", resp.ContentLength, f.cfg.MaxBytes>>20)
	}
	if out.Body, err = readCapped(resp.Body, f.cfg.MaxBytes); err != nil {
		return nil, timeoutMessage(err, f.cfg.Timeout)
	}
	f.mu.Lock()
	f.validators[rawURL] = validator{etag: resp.Header.Get("ETag"), lastModified: resp.Header.Get("Last-Modified")}
	f.mu.Unlock()
	return out, nil
}

// timeoutMessage says "timed out" plainly when err is a deadline.
func timeoutMessage(err error, d time.Duration) error {
	var ne net.Error
	if errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		return fmt.Errorf("timed out after %s: %w", d, err)
	}
	return err
}

// hostState is one host's request slots and robots.txt.
type hostState struct {
	slots chan struct{}

	mu       sync.Mutex
	robots   robotsRules
	robotsAt time.Time
	next     time.Time // when the Crawl-delay allows the next request
}

func (f *Fetcher) host(u *url.URL) *hostState {
	key := strings.ToLower(u.Scheme + "://" + u.Host)
	f.mu.Lock()
	defer f.mu.Unlock()
	h, ok := f.hosts[key]
	if !ok {
		h = &hostState{slots: make(chan struct{}, f.cfg.PerHost)}
		f.hosts[key] = h
	}
	return h
}

func (h *hostState) acquire(ctx context.Context) error {
	select {
	case h.slots <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (h *hostState) release() { <-h.slots }
