package quiz

import (
	"slices"
	"testing"
)

func TestCompareNatural(t *testing.T) {
	got := []string{"Learner 10", "learner 2", "Learner 1", "Learner 11", "Anonymous learner #3", "Learner 02", "Zoë", "ana", "Learner 2b", "Learner 2"}
	slices.SortFunc(got, CompareNatural)
	want := []string{"ana", "Anonymous learner #3", "Learner 1", "Learner 02", "Learner 2", "learner 2", "Learner 2b", "Learner 10", "Learner 11", "Zoë"}
	if !slices.Equal(got, want) {
		t.Errorf("sorted %q\nwant   %q", got, want)
	}
}

// FuzzCompareNatural: the order is total and consistent, whatever the
// names: antisymmetric, and zero only for equal names.
func FuzzCompareNatural(f *testing.F) {
	for _, s := range [][2]string{{"Learner 2", "Learner 10"}, {"a01", "a1"}, {"x", "X"}, {"", "0"}, {"9", "é"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		ab, ba := CompareNatural(a, b), CompareNatural(b, a)
		if ab != -ba {
			t.Errorf("Compare(%q, %q) = %d but Compare(%q, %q) = %d", a, b, ab, b, a, ba)
		}
		if (ab == 0) != (a == b) {
			t.Errorf("Compare(%q, %q) = %d", a, b, ab)
		}
	})
}
