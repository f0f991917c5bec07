package web_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromium returns the path of Debian's Chromium, or skips the test (fails it when CI is set)
// naming the package to install.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{os.Getenv("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "Chromium not found: install it with `apt-get install -y chromium` (or set CHROMIUM to its path) to run the browser tests"
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// browser is a headless Chromium tab that records every URL the page requests.
type browser struct {
	ctx context.Context

	mu       sync.Mutex
	requests []string
	console  []string
	// allowErrors turns off the cleanup check that the page logged no error.
	allowErrors bool
}

// newBrowser starts a fresh headless Chromium (own profile, no background traffic) with a
// timeout, and fails the test at cleanup if the page requested anything from a host other than
// 127.0.0.1 or localhost.
func newBrowser(t *testing.T, timeout time.Duration) *browser {
	t.Helper()
	exe := chromium(t)
	// Chromium may still write to its profile while it exits: remove it ourselves, after it.
	profile, err := os.MkdirTemp("", "newsgraph-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1400, 1000),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, timeout)
	b := &browser{ctx: ctx}
	chromedp.ListenTarget(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			b.mu.Lock()
			b.requests = append(b.requests, ev.Request.URL)
			b.mu.Unlock()
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.APITypeError {
				b.mu.Lock()
				for _, a := range ev.Args {
					b.console = append(b.console, string(a.Value))
				}
				b.mu.Unlock()
			}
		case *cdplog.EventEntryAdded:
			if ev.Entry.Level == cdplog.LevelError {
				b.mu.Lock()
				b.console = append(b.console, fmt.Sprintf("%s: %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL))
				b.mu.Unlock()
			}
		case *runtime.EventExceptionThrown:
			b.mu.Lock()
			b.console = append(b.console, ev.ExceptionDetails.Error())
			b.mu.Unlock()
		}
	})
	if err := chromedp.Run(ctx, network.Enable(), cdplog.Enable()); err != nil {
		cancelTimeout()
		cancelTab()
		cancelAlloc()
		t.Fatalf("start Chromium (%s): %v", exe, err)
	}
	t.Cleanup(func() {
		cancelTimeout()
		cancelTab()
		cancelAlloc()
		os.RemoveAll(profile)
		b.checkHosts(t)
	})
	return b
}

// foreign returns the requested URLs whose host is not 127.0.0.1 or localhost (data: and blob:
// URLs stay in the page and are allowed).
func (b *browser) foreign() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []string
	for _, raw := range b.requests {
		u, err := url.Parse(raw)
		if err != nil {
			out = append(out, raw)
			continue
		}
		if u.Scheme == "data" || u.Scheme == "blob" {
			continue
		}
		if h := u.Hostname(); h != "127.0.0.1" && h != "localhost" && h != "::1" {
			out = append(out, raw)
		}
	}
	return out
}

func (b *browser) checkHosts(t *testing.T) {
	t.Helper()
	if f := b.foreign(); len(f) > 0 {
		t.Errorf("the page requested %d URL(s) from another host, want none: %v", len(f), f)
	}
	b.mu.Lock()
	n := len(b.requests)
	errs := slices.Clone(b.console)
	b.mu.Unlock()
	if n == 0 {
		t.Errorf("no request was recorded: the network recorder is not working")
	}
	if len(errs) > 0 && !b.allowErrors {
		t.Errorf("the page logged %d error(s) (script errors, refused loads, CSP violations), want none: %q", len(errs), errs)
	}
}

// stepTimeout bounds one call of run, so that a step that hangs fails with its name while the
// tab still answers (for the screenshot of NEWSGRAPH_E2E_SHOTS).
const stepTimeout = 30 * time.Second

// run runs chromedp actions in the tab, failing the test with what was being done.
func (b *browser) run(t *testing.T, what string, actions ...chromedp.Action) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Run(ctx, actions...); err != nil {
		b.mu.Lock()
		errs := slices.Clone(b.console)
		b.mu.Unlock()
		if dir := os.Getenv("NEWSGRAPH_E2E_SHOTS"); dir != "" {
			var png []byte
			if chromedp.Run(b.ctx, chromedp.FullScreenshot(&png, 100)) == nil {
				_ = os.WriteFile(dir+"/"+strings.ReplaceAll(t.Name(), "/", "_")+".png", png, 0o644)
			}
		}
		t.Fatalf("%s: %v (browser console errors: %v)", what, err, errs)
	}
}

// TestBrowserRecordsForeignRequests checks the recorder the other browser tests rely on: a page
// that loads an image from another host must show up in foreign().
func TestBrowserRecordsForeignRequests(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, `<!doctype html><title>t</title><link rel="icon" href="data:,"><img src="http://foreign.invalid/pixel.png"><p id="done">done</p>`)
	}))
	defer srv.Close()
	b := newBrowser(t, 30*time.Second)
	b.allowErrors = true // the outside image cannot load
	b.run(t, "open the page", chromedp.Navigate(srv.URL), chromedp.WaitVisible(`#done`))
	deadline := time.Now().Add(5 * time.Second)
	for len(b.foreign()) == 0 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if got := b.foreign(); len(got) != 1 || got[0] != "http://foreign.invalid/pixel.png" {
		t.Fatalf("foreign requests: got %v, want [http://foreign.invalid/pixel.png]", got)
	}
	b.mu.Lock()
	b.requests = nil // seen: don't fail the cleanup check for it
	b.requests = append(b.requests, srv.URL)
	b.mu.Unlock()
}
