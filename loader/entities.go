package loader

// entityFinder recognises and links entities. (Owned by the entities work: gazetteers, people,
// organisations, places.) This first version is a placeholder that finds nothing.
type entityFinder struct{}

func newEntityFinder() *entityFinder { return &entityFinder{} }

// find adds to d.Mentions (sorted by Start) and d.Entities.
func (f *entityFinder) find(d *doc) {}
