package loader

import (
	"context"
	"sync"

	"newsgraph"
)

// Item is one input record after extraction: the extraction of a good article, or the error that
// made the record unreadable (Extraction is nil then).
type Item struct {
	Extraction *newsgraph.Extraction
	Err        error
}

// ArticleReader reads the articles in paths, calling fn for each article or bad record, as
// Reader.Read does; other packages' readers (more input formats) satisfy it too.
type ArticleReader interface {
	Read(ctx context.Context, paths []string, fn func(newsgraph.Article, error) error) error
}

// ExtractAll reads the articles in paths with r and extracts them on workers goroutines, calling
// fn for every record in input order (so output is deterministic whatever the number of workers).
// It returns fn's error, ctx's error, or nil.
func (x *Extractor) ExtractAll(ctx context.Context, r ArticleReader, paths []string, workers int, fn func(Item) error) error {
	if workers < 1 {
		workers = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		a    newsgraph.Article
		err  error
		done chan Item
	}
	jobs := make(chan *job, workers*4)
	order := make(chan *job, workers*4)

	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.err != nil {
					j.done <- Item{Err: j.err}
					continue
				}
				e := x.Extract(j.a)
				j.done <- Item{Extraction: &e}
			}
		}()
	}

	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		readErr <- r.Read(ctx, paths, func(a newsgraph.Article, err error) error {
			j := &job{a: a, err: err, done: make(chan Item, 1)}
			select {
			case order <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				j.done <- Item{Err: ctx.Err()} // already queued in order: answer it
				return ctx.Err()
			}
			return nil
		})
	}()

	var fnErr error
	for j := range order {
		it := <-j.done
		if fnErr == nil {
			if fnErr = fn(it); fnErr != nil {
				cancel()
			}
		}
	}
	wg.Wait()
	if fnErr != nil {
		return fnErr
	}
	if err := <-readErr; err != nil && err != context.Canceled {
		return err
	}
	return ctx.Err()
}
