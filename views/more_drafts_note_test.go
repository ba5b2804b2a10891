package views

import "testing"

// The note beside "More drafts" counts what one press brings: never "the
// next 1 best".
func TestMoreDraftsNote(t *testing.T) {
	for _, c := range []struct {
		held, step int
		want       string
	}{
		{1, 4, "Lectern held back 1 draft it judged less likely to be worth asking; this brings it into the queue."},
		{3, 4, "Lectern held back 3 drafts it judged less likely to be worth asking; this brings them all into the queue."},
		{9, 4, "Lectern held back 9 drafts it judged less likely to be worth asking; this brings the best 4 of them into the queue."},
	} {
		if got := moreDraftsNote(c.held, c.step); got != c.want {
			t.Errorf("moreDraftsNote(%d, %d) = %q, want %q", c.held, c.step, got, c.want)
		}
	}
}
