package generate

import "testing"

// A digit joined to the letter before it is part of a word, never a
// figure: no swap or blank cuts into "Aü10%" or "B52".
func TestGluedFigure(t *testing.T) {
	for _, c := range []struct {
		text  string
		start int
		want  bool
	}{
		{"rose by 10% in 2004", 8, false},
		{"Aü10% of it", 3, true},
		{"the B52 bomber", 5, true},
		{"cost US$10m", 7, false},
		{"10% rise", 0, false},
	} {
		if got := gluedFigure(c.text, c.start); got != c.want {
			t.Errorf("gluedFigure(%q, %d) = %v, want %v", c.text, c.start, got, c.want)
		}
	}
	res, err := Generate("Sales at Acme rose by 10% in 2004, against Aü12% at Bexco in 2003. Acme sold 5% of its shares.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range append(res.Drafts, res.Held...) {
		if d.Answer == "12%" {
			t.Errorf("%s asks for a figure cut out of a word: %q", d.Rule, d.Sentence)
		}
	}
}
