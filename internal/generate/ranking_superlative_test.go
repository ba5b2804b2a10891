package generate

import "testing"

// A superlative that says what a ranking ranks is not reversed into a
// false statement; one that tells a fact of the report still is.
func TestRankingSuperlativeNotReversed(t *testing.T) {
	check := func(text, sub string, want bool) {
		t.Helper()
		x := analyseText(t, text)
		s := r52Find(t, x, sub)
		st, en, _, ok := reversible(s.text)
		if !ok {
			t.Fatalf("no comparison to reverse in %q", s.text)
		}
		if got := x.reversalPlausible(s, st, en); got != want {
			t.Errorf("reversalPlausible(%q) = %v, want %v", s.text, got, want)
		}
	}
	check(`Firms table

The shipping group Keelson has had a hard year in the region.

The Harbour 200 table was published on Tuesday and officially ranks the largest firms in the region.`, "officially ranks the largest", false)
	check(`Keelson profits

The shipping group Keelson has had a hard year in the region.

Keelson reported the largest loss of any firm in the region.`, "Keelson reported the largest", true)
}
