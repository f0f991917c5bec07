package export_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// needTool returns the path of an outside program a check needs. When it is missing the test
// fails if CI is set (.ci/export-tools.sh installs them) and is skipped otherwise.
func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		missing(t, "%s is not installed (run .ci/export-tools.sh)", name)
	}
	return p
}

func missing(t *testing.T, format string, args ...any) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("CI: "+format, args...)
	}
	t.Skipf(format, args...)
}

// networkxPython returns a Python interpreter that can import networkx (Debian's python3-networkx
// lives under /usr/bin/python3, which another python3 on PATH may hide).
func networkxPython(t *testing.T) string {
	t.Helper()
	for _, py := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(py, "-c", "import networkx").Run() == nil {
			return py
		}
	}
	missing(t, "no python3 with networkx (apt-get install python3-networkx)")
	return ""
}

// jsonldScript returns the path of the jsonld check script once its node_modules are installed.
func jsonldScript(t *testing.T) string {
	t.Helper()
	needTool(t, "node")
	dir, _ := filepath.Abs(filepath.Join("testdata", "jsonld-check"))
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "jsonld")); err != nil {
		missing(t, "npm jsonld is not installed in %s (run .ci/export-tools.sh)", dir)
	}
	return filepath.Join(dir, "to-nquads.js")
}

// run runs a program and returns its standard output, failing the test with its standard error.
func run(t *testing.T, name string, args ...string) []byte {
	t.Helper()
	var out, errb bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, errb.String())
	}
	return out.Bytes()
}

func execLook(name string) (string, error) { return exec.LookPath(name) }
