package web_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// The real stack, shared by the tests of the package: the newsgraph binary built from
// ../cmd/newsgraph, serving the memory store with ../examples/articles loaded on 127.0.0.1:0.
var stack struct {
	once sync.Once
	url  string
	err  error
	cmd  *exec.Cmd
	dir  string
}

func TestMain(m *testing.M) {
	code := m.Run()
	if stack.cmd != nil {
		stack.cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { stack.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			stack.cmd.Process.Kill()
		}
	}
	if stack.dir != "" {
		os.RemoveAll(stack.dir)
	}
	os.Exit(code)
}

var servingRE = regexp.MustCompile(`msg=serving addr=(http://\S+)`)

// startStack builds and starts the server once and returns its URL; it fails the test with the
// server's output when that does not work.
func startStack(t *testing.T) string {
	t.Helper()
	chromium(t) // no browser, no need for a server
	stack.once.Do(func() { stack.url, stack.err = launch() })
	if stack.err != nil {
		t.Fatalf("start the newsgraph server: %v", stack.err)
	}
	return stack.url
}

func launch() (string, error) {
	dir, err := os.MkdirTemp("", "newsgraph-web-e2e-")
	if err != nil {
		return "", err
	}
	stack.dir = dir
	bin := filepath.Join(dir, "newsgraph")
	build := exec.Command("go", "build", "-o", bin, "../cmd/newsgraph")
	if out, err := build.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ../cmd/newsgraph: %v\n%s", err, out)
	}
	articles, err := filepath.Abs("../examples/articles")
	if err != nil {
		return "", err
	}
	cmd := exec.Command(bin, "serve", "--backend", "memory", "--addr", "127.0.0.1:0", "--load", articles)
	cmd.Dir = dir
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return "", err
	}
	cmd.Stdout = io.Discard
	if err := cmd.Start(); err != nil {
		return "", fmt.Errorf("start %s: %w", bin, err)
	}
	stack.cmd = cmd
	found := make(chan string, 1)
	var log strings.Builder
	var mu sync.Mutex
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			mu.Lock()
			log.WriteString(sc.Text() + "\n")
			mu.Unlock()
			if m := servingRE.FindStringSubmatch(sc.Text()); m != nil {
				select {
				case found <- m[1]:
				default:
				}
			}
		}
		close(found)
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	select {
	case u, ok := <-found:
		if ok {
			return u, nil
		}
	case <-ctx.Done():
	}
	mu.Lock()
	defer mu.Unlock()
	return "", fmt.Errorf("the server did not report its address; its output:\n%s", log.String())
}
