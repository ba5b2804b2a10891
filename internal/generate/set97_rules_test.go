package generate

import (
	"testing"
)

// An amount with a scale's letters ends its sentence ("… reaching
// $3.32bn. Facebook is also a minefield for brands." was one sentence:
// set 97, both judges).
func TestSplitAfterScale(t *testing.T) {
	a := analyseText(t, "And advertisers pay a lot for that. Facebook reported ad revenue was up 46%, reaching $3.32bn. Facebook is also a minefield for brands. It was priced at £1.8m. But, by 2012, it rose.")
	var got []string
	for _, s := range a.paras[0].sents {
		got = append(got, s.text)
	}
	want := []string{
		"And advertisers pay a lot for that.",
		"Facebook reported ad revenue was up 46%, reaching $3.32bn.",
		"Facebook is also a minefield for brands.",
		"It was priced at £1.8m.",
		"But, by 2012, it rose.",
	}
	if len(got) != len(want) {
		t.Fatalf("sentences %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, got[i], want[i])
		}
	}
}

// "that" before a noun as a demonstrative, and a bare change opening a
// sentence, lean on the sentence before (set 97, both judges, CONTEXT).
func TestBareAnaphors(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Facebook embodies that philosophy and created an entire industry from it.", true},
		{"The drop is described as “statistically significant” by Professor Robert West, who collates the figures.", true},
		{"The move is the first of its kind in the history of UN drug-control treaties.", true},
		{"Rosa Parks said that philosophy matters to everyone.", false},
		{"The rise of gaming has its own place in the story of digital culture.", false},
		{"Facebook showed that advertising pays for a free service.", false},
	} {
		a := analyseText(t, c.text)
		if got := needsContext(a.paras[0].sents[0]); got != c.want {
			t.Errorf("needsContext(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// A figure set off beside a proportion in words says the same thing, and
// its swap contradicts itself ("one in seven people on Earth, 2 billion
// people": set 97, both judges, SWAP-WEAK; "More than a third … – 17.8%
// –": set 84).
func TestRestatedFigure(t *testing.T) {
	a := analyseText(t, "On one day in August, one in seven people on Earth, 1 billion people, used Facebook, according to founder Mark Zuckerberg. "+
		"More than a third of all women worldwide – 35.6% – will experience physical or sexual violence in their lifetime. "+
		"In 2014, 56% of internet users aged 65 and older had a Facebook account, up from 45% in 2013.")
	for _, c := range []struct {
		sub, num string
		want     bool
	}{
		{"one in seven", "1 billion", true},
		{"More than a third", "35.6%", true},
		{"In 2014, 56%", "56%", false},
		{"In 2014, 56%", "45%", false},
	} {
		s := sentenceWith(t, a, c.sub)
		if got := restatedFigure(s, spanOfSent(t, s, c.num)); got != c.want {
			t.Errorf("restatedFigure(%q in %q) = %v, want %v", c.num, s.text, got, c.want)
		}
	}
}

// Nor is such a figure blanked: the proportion beside it gives it away.
func TestRestatedFigureNoBlank(t *testing.T) {
	a := analyseText(t, "On one day in August, one in seven people on Earth, 1 billion people, used Facebook, according to founder Mark Zuckerberg.")
	s := sentenceWith(t, a, "one in seven")
	if c := a.blankableRead(s, spanOfSent(t, s, "1 billion")); c != nil {
		t.Errorf("a blank on a restated figure: %q", c.stem())
	}
}
