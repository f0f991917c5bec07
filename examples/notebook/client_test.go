package notebook_test

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestPythonClient builds newsgraph, serves examples/articles from a memory store on a free port
// with a notebook origin allowed, and runs test_client.py (standard library only) against it: the
// client path of the notebook — partners, relations, exports, JSON errors and CORS.
func TestPythonClient(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("CI: python3 is not installed")
		}
		t.Skip("python3 is not installed")
	}
	root, _ := filepath.Abs(filepath.Join("..", ".."))
	bin := filepath.Join(t.TempDir(), "newsgraph")
	build := exec.Command("go", "build", "-o", bin, "./cmd/newsgraph")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	addr := freeAddr(t)
	const origin = "http://localhost:8888"
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logs bytes.Buffer
	srv := exec.CommandContext(ctx, bin, "serve", "--backend", "memory", "--addr", addr,
		"--load", filepath.Join(root, "examples", "articles"), "--origins", origin)
	srv.Stdout, srv.Stderr = &logs, &logs
	srv.Env = append(os.Environ(), "NEWSGRAPH_TOKEN=")
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		srv.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { srv.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cancel()
			<-done
		}
		if t.Failed() {
			t.Logf("server log:\n%s", logs.String())
		}
	}()
	url := "http://" + addr
	if err := waitHealthy(url, 90*time.Second); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "test_client.py", "--url", url, "--origin", origin)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("test_client.py: %v\n%s", err, out)
	}
	t.Logf("%s", out)

	// The notebook itself, when a Python with its libraries is at hand (Debian's python3-pandas,
	// python3-networkx, python3-matplotlib): every code cell runs against the same server.
	t.Run("notebook", func(t *testing.T) {
		nbPy := ""
		for _, p := range []string{"python3", "/usr/bin/python3"} {
			if exec.Command(p, "-c", "import pandas, networkx, matplotlib").Run() == nil {
				nbPy = p
				break
			}
		}
		if nbPy == "" {
			t.Skip("no python3 with pandas, networkx and matplotlib")
		}
		dir := t.TempDir()
		for _, f := range []string{"newsgraph.ipynb", "newsgraph_client.py", "run_notebook.py"} {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		fig := filepath.Join(dir, "figure.png")
		run := exec.Command(nbPy, "run_notebook.py", "newsgraph.ipynb")
		run.Dir = dir
		run.Env = append(os.Environ(), "NEWSGRAPH_URL="+url, "NEWSGRAPH_FIGURE="+fig, "MPLCONFIGDIR="+dir)
		out, err := run.CombinedOutput()
		if err != nil {
			t.Fatalf("notebook: %v\n%s", err, out)
		}
		if st, err := os.Stat(fig); err != nil || st.Size() < 10_000 {
			t.Errorf("the notebook drew no figure: %v", err)
		}
		if !bytes.Contains(out, []byte("entities,")) {
			t.Errorf("the notebook did not read the GraphML export:\n%s", out)
		}
	})
}

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func waitHealthy(url string, within time.Duration) error {
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		res, err := http.Get(url + "/healthz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == 200 {
				return nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("the server at %s did not become healthy within %s", url, within)
}
