package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"newsgraph/follow"
	"newsgraph/loader"
)

// runFollow polls feeds and loads each new item once, until interrupted (or once, with --once).
func runFollow(ctx context.Context, e *env) error {
	fs := newFlags(e, "follow", "follow [--backend NAME] [--db ADDRESS] [--every 15m] [--once] FEED...")
	var sf storeFlags
	sf.register(fs, e)
	var in inputFlags
	in.register(fs, false)
	every := fs.Duration("every", follow.DefaultEvery, "time between two polls of a feed")
	once := fs.Bool("once", false, "poll every feed once, then stop")
	if err := parse(fs, e.args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "newsgraph follow: name at least one feed URL")
		fs.Usage()
		return errUsage
	}
	r, err := in.reader(e)
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return err
	}
	store, err := sf.open(ctx, e, false)
	if err != nil {
		return err
	}
	defer store.Close()
	f, err := follow.New(follow.Config{Feeds: fs.Args(), Every: *every}, r, store, loader.New(), nil, e.log)
	if err != nil {
		return err
	}
	if !*once {
		e.log.Info("following", "feeds", fs.NArg(), "every", *every)
		if err := f.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			return err
		}
		return nil
	}
	t := time.Now()
	c, err := f.Once(ctx)
	fmt.Fprintf(e.stderr, "followed %d feeds in %s: %d items, %d loaded, %d seen before, %d bad\n",
		fs.NArg(), time.Since(t).Round(time.Millisecond), c.Items, c.Loaded, c.Seen, c.Bad)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return err
		}
		fmt.Fprintf(e.stderr, "newsgraph follow: %v\n", err)
		return fmt.Errorf("some feeds failed: %w", errBadRecords)
	}
	if c.Bad > 0 {
		return fmt.Errorf("%d bad items: %w", c.Bad, errBadRecords)
	}
	return nil
}
