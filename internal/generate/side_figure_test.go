package generate

import (
	"strings"
	"testing"
)

// A figure beside another name, inside a name, the whole of a count or
// one side of a comparison of two figures is not the sentence's point;
// the same figures said of the subject are.
func TestSideFigure(t *testing.T) {
	x := analyseText(t, "Jane Holt was the longest-serving mayor since Tom Reed in 1962 and a champion of the river walk.\n\n"+
		"The town signed the 1985 River Charter on Water Rights, which protects the weir.\n\n"+
		"Posters for two of the 14 rowers hang in the clubhouse.\n\n"+
		"The survey says that 14.2% of boats in the north will flood, which is higher than the southern rate of 9.8%.\n\n"+
		"Jane Holt became mayor in 1962 after a close vote.\n\n"+
		"The club lost 14 rowers to the new league last spring.")
	cases := []struct {
		sub, fig string
		want     bool
	}{
		{"Tom Reed", "1962", true},
		{"River Charter", "1985", true},
		{"Posters", "14", true},
		{"survey says", "14.2%", true},
		{"became mayor", "1962", false},
		{"new league", "14", false},
	}
	for _, c := range cases {
		s, sp := spanWhere(t, x, c.sub, c.fig, func(sp *span) string { return sp.text }, func(a, b string) bool { return strings.HasPrefix(a, b) })
		if got := sideFigure(s, sp); got != c.want {
			t.Errorf("sideFigure(%q, %q) = %v, want %v", s.text, sp.text, got, c.want)
		}
	}
}
