// Command newsgraph turns news articles into a knowledge graph and answers questions about it.
//
//	newsgraph extract [FILE|DIR|URL|-]...         print what the loader reads (JSON Lines)
//	newsgraph explain [FILE|DIR|URL|-]...         show how each sentence was read (tree, rules, misses)
//	newsgraph load    [flags] [FILE|DIR|URL|-]... store articles
//	newsgraph serve   [flags]                     GraphQL API, playground and explorer
//	newsgraph export  --format F [--out FILE]     write the graph (or a part of it)
//	newsgraph import  [flags] FILE...             load an N-Quads export into a store
//	newsgraph follow  [flags] FEED...             poll feeds and load each new item once
//	newsgraph check   [flags] [--repair]          compare the derived data with the articles
//	newsgraph parse   [--conllu] [FILE|-]...      print the syntax of sentences (CoNLL-U)
//
// Run `newsgraph COMMAND --help` for each command's flags. main only wires: each command parses
// its flags into a config and runs the packages that do the work.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"newsgraph"
)

// env is what a command gets from its process: arguments, streams, environment and a logger.
type env struct {
	args   []string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
	log    *slog.Logger
}

// errBadRecords is returned when a command finished but skipped bad input records (exit status 1).
var errBadRecords = errors.New("some records were skipped")

// endOutput ends a command that writes to out while reading records: the reading's error, else
// the flush's, else errBadRecords when bad records were skipped.
func endOutput(out *bufio.Writer, err error, bad int) error {
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	if bad > 0 {
		return fmt.Errorf("%d bad records: %w", bad, errBadRecords)
	}
	return nil
}

// errUsage is returned after a usage message has been printed (exit status 2).
var errUsage = errors.New("usage")

var commands = map[string]func(context.Context, *env) error{
	"extract": runExtract,
	"explain": runExplain,
	"load":    runLoad,
	"serve":   runServe,
	"export":  runExport,
	"import":  runImport,
	"follow":  runFollow,
	"check":   runCheck,
	"parse":   runParse,
}

const usage = `newsgraph turns news articles into a knowledge graph and answers questions about it.

Usage:
  newsgraph extract [FILE|DIR|URL|-]...           print the facts the loader reads, one JSON line an article
  newsgraph explain [FILE|DIR|URL|-]...           show how each sentence was read: tree, events, rules, misses
  newsgraph load    [flags] [FILE|DIR|URL|-]...   store articles (bolt by default)
  newsgraph serve   [flags]                       serve GraphQL, the playground and the explorer
  newsgraph export  --format F [--out FILE]       write the graph (nquads, turtle, trig, jsonld, graphml, gexf, dot, csv)
  newsgraph import  [flags] FILE...               load an N-Quads export into a store
  newsgraph follow  [flags] FEED...               poll RSS/Atom feeds and load each new item once
  newsgraph check   [flags] [--repair]            compare the derived data with the articles (exit 1: they differ)
  newsgraph parse   [--conllu] [FILE|-]...        print how sentences are read: words, tags, lemmas, trees (CoNLL-U)

Run 'newsgraph COMMAND --help' for a command's flags.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := &env{args: os.Args[1:], stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	e.log = newLogger(e.stderr, e.getenv("NEWSGRAPH_LOG"))
	os.Exit(exitCode(run(ctx, e), e.stderr))
}

// run dispatches to a command.
func run(ctx context.Context, e *env) error {
	if len(e.args) == 0 || e.args[0] == "-h" || e.args[0] == "--help" || e.args[0] == "help" {
		fmt.Fprint(e.stderr, usage)
		if len(e.args) == 0 {
			return errUsage
		}
		return nil
	}
	cmd, ok := commands[e.args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "newsgraph: unknown command %q\n\n%s", e.args[0], usage)
		return errUsage
	}
	sub := *e
	sub.args = e.args[1:]
	return cmd(ctx, &sub)
}

func exitCode(err error, stderr io.Writer) int {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, errBadRecords):
		return 1
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "newsgraph: interrupted")
		return 130
	}
	var ne *newsgraph.Error
	if errors.As(err, &ne) {
		fmt.Fprintf(stderr, "newsgraph: %s\n", ne.Message)
	} else {
		fmt.Fprintf(stderr, "newsgraph: %v\n", err)
	}
	return 1
}

// newLogger returns a text logger at the level named by NEWSGRAPH_LOG (debug, info, warn, error),
// or a JSON logger when the level is followed by ",json".
func newLogger(w io.Writer, spec string) *slog.Logger {
	level := slog.LevelInfo
	json := false
	for _, part := range splitComma(spec) {
		switch part {
		case "debug":
			level = slog.LevelDebug
		case "warn":
			level = slog.LevelWarn
		case "error":
			level = slog.LevelError
		case "json":
			json = true
		}
	}
	opts := &slog.HandlerOptions{Level: level}
	if json {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

func splitComma(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}

// newFlags returns a flag set that prints its usage to e.stderr and returns errors.
func newFlags(e *env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: newsgraph %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args, turning a flag error into errUsage (the flag package printed it already).
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}

// inputs returns the command's file arguments, or standard input ("-") when there are none.
func inputs(fs *flag.FlagSet) []string {
	if fs.NArg() == 0 {
		return []string{"-"}
	}
	return fs.Args()
}
