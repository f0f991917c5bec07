package syntax

import "fmt"

// Validate reports whether s is a well-formed parse: IDs 1..n in order, every head in range,
// exactly one word with head 0 whose relation is "root", and no cycles.
func Validate(s *Sentence) error {
	n := len(s.Words)
	roots := 0
	for i, w := range s.Words {
		switch {
		case w.ID != i+1:
			return fmt.Errorf("word %d has ID %d", i+1, w.ID)
		case w.Head < 0 || w.Head > n:
			return fmt.Errorf("word %d: head %d out of range", w.ID, w.Head)
		case w.Head == w.ID:
			return fmt.Errorf("word %d is its own head", w.ID)
		case (w.Head == 0) != (w.Deprel == "root"):
			return fmt.Errorf("word %d: head %d with relation %q", w.ID, w.Head, w.Deprel)
		}
		if w.Head == 0 {
			roots++
		}
	}
	if n > 0 && roots != 1 {
		return fmt.Errorf("%d roots", roots)
	}
	for i := range s.Words {
		h, steps := s.Words[i].Head, 0
		for h != 0 {
			if steps++; steps > n {
				return fmt.Errorf("word %d is on a cycle", i+1)
			}
			h = s.Words[h-1].Head
		}
	}
	return nil
}
