package generate

import (
	"slices"
	"strings"
	"testing"
)

// swapped returns the statement the swap rules make from the figure
// text of the sentence holding sub (swapOf, swap_shape_test.go), without
// its "True or false?".
func swapped(t *testing.T, x *article, sub, text string) string {
	t.Helper()
	stmt, found := swapOf(t, x, sub, text)
	if !found {
		t.Fatalf("no span %q in the sentence holding %q", text, sub)
	}
	return strings.TrimPrefix(stmt, "True or false? ")
}

// A figure naming an age rating is swapped for another class of the
// scale, never for a look-alike. From a BBC politics report: the false
// statement was drafted "the law banning the sale of 9 rated games to
// children", and both blind judges said no 9 rating exists.
func TestRatingSwap(t *testing.T) {
	x := analyseText(t, "Patricia Hewitt is expected to call for the law banning the sale of 18 rated games to children to be enforced better at a games industry meeting on Sunday.\n\n"+
		"She is concerned too many children are playing games aimed at adults which include high levels of violence.")
	got := swapped(t, x, "banning the sale", "18")
	if !strings.Contains(got, "sale of 15 rated games") {
		t.Errorf("swap = %q, want the 15 rating", got)
	}
	s, sp := spanText(t, x, "banning the sale", "18")
	if !ratingSpan(s, sp) {
		t.Fatal("18 rated not read as a rating")
	}
	for _, v := range []float64{9, 27, 36, 14} {
		if x.ratingSwapOK(s, sp, v) {
			t.Errorf("rating %v accepted for an 18 rating", v)
		}
	}
	if got, want := ratingClasses(18), []float64{15, 12}; !slices.Equal(got, want) {
		t.Errorf("ratingClasses(18) = %v, want %v", got, want)
	}
	if got, want := ratingClasses(7), []float64{3, 12, 16, 18}; !slices.Equal(got, want) {
		t.Errorf("ratingClasses(7) = %v, want %v", got, want)
	}
	if got := ratingClasses(9); got != nil {
		t.Errorf("ratingClasses(9) = %v, want none", got)
	}
	// A count is no rating.
	y := analyseText(t, "Anyone convicted of selling the game to a child can be jailed for six months and fined by 18 magistrates.")
	s, sp = spanText(t, y, "magistrates", "18")
	if ratingSpan(s, sp) {
		t.Error("18 magistrates read as a rating")
	}
}
