package generate

import (
	"strings"
	"testing"
)

const pointBackText = `Harbour radios

The Kestrel is a small radio made by Marlow Audio, a firm in Leeds. It went on sale in March 2004 at a trade fair in Harrogate, and the firm expects to sell 40,000 sets by 2006.

Inside that little case there is a battery, a tuner, a speaker and a clock. Of course, owners of older sets built their own aerials from copper wire. Nor would the low price put buyers off on its own. Indeed, the firm says sales rose sharply after the fair.

Indeed, a quiet theory explains all this. Shops in the north, like Hartwell and 4, stock the set, and Windows 95 machines can tune it.`

func TestPointBackFix(t *testing.T) {
	x := analyseText(t, pointBackText)
	cases := []struct {
		sub, shown, old, full string
		hold                  bool
	}{
		{"Inside that little case", "True or false? Inside that little case there is a battery, a tuner, a speaker and a clock.", "that little case", "", true},
		{"Of course, owners", "True or false? Of course, owners of older sets built their own aerials from copper wire.", "Of course, o", "O", false},
		{"Nor would", "True or false? Nor would the low price put buyers off on its own.", "Nor would the low price put buyers off on its own.", "", true},
		{"Indeed, the firm", "Indeed, the firm says sales rose sharply after the _____.", "Indeed, t", "T", false},
		{"Indeed, a quiet", "True or false? Indeed, a quiet theory explains all this.", "Indeed, a quiet theory explains all this.", "", true},
		{"The Kestrel is", "True or false? The Kestrel is a small radio made by Marlow Audio, a firm in Leeds.", "", "", false},
	}
	for _, c := range cases {
		s := sentenceWith(t, x, c.sub)
		old, full, hold := x.pointBackFix(s, c.shown)
		if old != c.old || full != c.full || hold != c.hold {
			t.Errorf("%q: got (%q, %q, %v), want (%q, %q, %v)", c.sub, old, full, hold, c.old, c.full, c.hold)
		}
	}
}

func TestPointBackDrafts(t *testing.T) {
	qs, err := Generate(pointBackText, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs.Course.Questions {
		if strings.Contains(q.Prompt, "that little case") || strings.Contains(q.Prompt, "Nor would") || strings.Contains(q.Prompt, "Of course") {
			t.Errorf("proposed: %q", q.Prompt)
		}
	}
	for _, c := range qs.Course.Cards {
		if strings.Contains(c.Front, "that little case") || strings.Contains(c.Front, "Nor would") || strings.Contains(c.Front, "Of course") {
			t.Errorf("proposed card: %q", c.Front)
		}
	}
}

func TestNameNumber(t *testing.T) {
	x := analyseText(t, pointBackText)
	s := sentenceWith(t, x, "Hartwell and 4")
	found := 0
	for _, sp := range s.spans {
		switch sp.answer() {
		case "4", "95":
			found++
			if sp.kind == kNumber && !nameNumber(s, sp) {
				t.Errorf("%q read as a quantity", sp.answer())
			}
		}
	}
	s = sentenceWith(t, x, "40,000 sets")
	for _, sp := range s.spans {
		if sp.kind == kNumber && nameNumber(s, sp) {
			t.Errorf("%q read as a name", sp.answer())
		}
	}
}

func TestYearNearArticle(t *testing.T) {
	x := analyseText(t, pointBackText)
	s := sentenceWith(t, x, "expects to sell")
	var sp *span
	for _, o := range s.spans {
		if o.kind == kYear && o.answer() == "2006" {
			sp = o
		}
	}
	if sp == nil {
		t.Fatal("no year 2006")
	}
	for v, want := range map[float64]bool{2003: true, 2007: true, 2009: true, 2010: false, 1999: false, 1990: false} {
		if got := x.yearNearArticle(sp, v); got != want {
			t.Errorf("%v: got %v, want %v", v, got, want)
		}
	}
}

func TestYearNearArticleLongSpan(t *testing.T) {
	x := analyseText(t, "Edith Marr was born in 1851 in a mill town.\n\nShe opened a lending library in 1880 and wrote a history of the town in 1902.")
	s := sentenceWith(t, x, "was born in")
	for _, sp := range s.spans {
		if sp.kind == kYear && !x.yearNearArticle(sp, 1840) {
			t.Error("a life spanning fifty years: 1840 for 1851 refused")
		}
	}
}
