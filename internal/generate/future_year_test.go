package generate

import "testing"

// A forecast is not swapped into the past; a past event may take an
// earlier year, and a forecast a later one.
func TestFutureYear(t *testing.T) {
	x := analyseText(t, "Harbour Lines posted record profits in 2004 and predicted that it will carry more passengers in 2006.\n\n"+
		"The company was founded in 1990 and bought its first ferry in 1994.\n\n"+
		"The ferry trade is set for strong growth in 2007 while fuel stays cheap.")
	ahead := sentenceWith(t, x, "is set for")
	y2007 := spanOfSent(t, ahead, "2007")
	fc := sentenceWith(t, x, "predicted that")
	y2006 := spanOfSent(t, fc, "2006")
	past := sentenceWith(t, x, "was founded")
	y1994 := spanOfSent(t, past, "1994")
	for _, c := range []struct {
		s    *sentence
		sp   *span
		text string
		want bool
	}{
		{fc, y2006, "2001", false},
		{fc, y2006, "2008", true},
		{past, y1994, "1992", true},
		{ahead, y2007, "1999", false}, // "set for" looks ahead
		{ahead, y2007, "2009", true},
	} {
		if got := x.swapShapeOK(c.s, c.sp, c.text); got != c.want {
			t.Errorf("%q: %s → %s: ok = %v, want %v", c.s.text, c.sp.text, c.text, got, c.want)
		}
	}
}

// A growth forecast moved to a later year is not plainly contradicted.
func TestFutureYearComparative(t *testing.T) {
	x := analyseText(t, "Games aimed at \"casual players\" are set to be even bigger in 2005, according to industry experts.\n\n"+
		"Casual games like poker, pool and bridge are played online or downloaded onto mobile devices.")
	s := sentenceWith(t, x, "even bigger in 2005")
	y := spanOfSent(t, s, "2005")
	for _, c := range []struct {
		text string
		want bool
	}{{"2010", false}, {"1999", false}} {
		if got := x.swapShapeOK(s, y, c.text); got != c.want {
			t.Errorf("%q: 2005 → %s: ok = %v, want %v", s.text, c.text, got, c.want)
		}
	}
}
