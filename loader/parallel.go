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

	jobs := make(chan *extractJob, workers*4)
	order := make(chan *extractJob, workers*4)

	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x.extractJobs(jobs)
		}()
	}

	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		readErr <- readJobs(ctx, r, paths, order, jobs)
	}()

	fnErr := deliverInOrder(order, fn, cancel)
	wg.Wait()
	if fnErr != nil {
		return fnErr
	}
	if err := <-readErr; err != nil && err != context.Canceled {
		return err
	}
	return ctx.Err()
}

// extractJob is one record on its way through ExtractAll: the article read, or the error that
// made the record unreadable, and the channel (buffered, for one Item) its answer is sent on.
type extractJob struct {
	a    newsgraph.Article
	err  error
	done chan Item
}

// extractJobs answers each job received from jobs, until jobs is closed: with the record's
// error, or with the extraction of its article.
func (x *Extractor) extractJobs(jobs <-chan *extractJob) {
	for j := range jobs {
		if j.err != nil {
			j.done <- Item{Err: j.err}
			continue
		}
		e := x.Extract(j.a)
		j.done <- Item{Extraction: &e}
	}
}

// readJobs reads the articles in paths with r and makes a job of each article or bad record,
// queued first on order (which so keeps the input order) and then on jobs, for the workers. It
// returns r's error: ctx's error when ctx is done first, and then a job queued on order but not
// on jobs is answered with that error, as no worker will answer it.
func readJobs(ctx context.Context, r ArticleReader, paths []string, order, jobs chan<- *extractJob) error {
	return r.Read(ctx, paths, func(a newsgraph.Article, err error) error {
		j := &extractJob{a: a, err: err, done: make(chan Item, 1)}
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
}

// deliverInOrder waits for the answer of each job received from order, until order is closed,
// and calls fn with it, in the order of the jobs. After fn's first error it calls cancel and
// calls fn no more, but still takes every answer; it returns that error, or nil.
func deliverInOrder(order <-chan *extractJob, fn func(Item) error, cancel context.CancelFunc) error {
	var fnErr error
	for j := range order {
		it := <-j.done
		if fnErr == nil {
			if fnErr = fn(it); fnErr != nil {
				cancel()
			}
		}
	}
	return fnErr
}
