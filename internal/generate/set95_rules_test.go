package generate

import (
	"strings"
	"testing"
)

// A sentence that points to a web page carries no item (set 95: "a video
// link is not a fact to test", both judges, on a true statement and a
// card); a company named by its domain is not such a pointer.
func TestPointsToPage(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"To see what driverless cars might look like in action, go to the video at: vimeo.com/37751380.", true},
		{"The full report is at https://example.org/report and runs to 80 pages.", true},
		{"Readers can find the map at www.citymaps.net and print it.", true},
		{"Amazon.com sold more e-readers than books last year.", false},
		{"The average score was 98.5 in the city.", false},
	} {
		if got := pointsToPage(c.text); got != c.want {
			t.Errorf("pointsToPage(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	a := analyseText(t, "Driverless cars are being tested in four cities. To see what driverless cars might look like in action, go to the video at: vimeo.com/37751380.")
	if s := sentenceWith(t, a, "vimeo"); s.usable() {
		t.Errorf("usable(%q) = true", s.text)
	}
}

// "this" before a quoted noun points back as "this universe" does
// ("it is this “shared universe” of highly infectious nostalgia": set 95,
// both judges, CONTEXT).
func TestThisBeforeQuotedNoun(t *testing.T) {
	a := analyseText(t, "Marvel built a shared universe of films. Michael Rosser, news editor for Screen International, suggests that it is this “shared universe” of highly infectious nostalgia that keeps Star Wars in pole position among film franchises. "+
		"Michael Rosser suggests that a “shared universe” of nostalgia keeps Star Wars in pole position.")
	if s := sentenceWith(t, a, "this “shared"); !needsContext(s) {
		t.Errorf("needsContext(%q) = false", s.text)
	}
	if s := sentenceWith(t, a, "that a “shared"); needsContext(s) {
		t.Errorf("needsContext(%q) = true", s.text)
	}
}

// A decade is asked as a decade, not a year ("Fill in the blank (a
// year)" over "2000s": set 95, both judges, ANSWER-FORM).
func TestShortAnswerDecadeHint(t *testing.T) {
	a := analyseText(t, "Car sales to drivers under 30 fell sharply in the 2000s, the study says. Car sales to drivers under 30 rose again in 2014, the study says.")
	for _, c := range []struct {
		sub, ans, hint string
	}{
		{"the 2000s", "2000s", "(a decade)"},
		{"in 2014", "2014", "(a year)"},
	} {
		s := sentenceWith(t, a, c.sub)
		it := a.short(&cand{s: s, sp: spanOfSent(t, s, c.ans)})
		if it == nil || !strings.Contains(it.q.Prompt, c.hint) {
			t.Errorf("short answer on %q: %+v, want the hint %s", c.ans, it, c.hint)
		}
	}
}

// One end of a period is no short answer's answer ("born roughly
// between the early 1980s and early _____": set 95, both judges).
func TestPeriodEndFigure(t *testing.T) {
	a := analyseText(t, "Vehicle travel has declined among millennials – individuals born roughly between the early 1980s and early 2000s – compared to previous generations. "+
		"Car sales to drivers under 30 fell sharply in the 2000s, the study says.")
	for _, c := range []struct {
		sub, ans string
		want     bool
	}{
		{"born roughly", "2000s", true},
		{"born roughly", "1980s", true},
		{"fell sharply", "2000s", false},
	} {
		s := sentenceWith(t, a, c.sub)
		if got := periodEndFigure(s, spanOfSent(t, s, c.ans)); got != c.want {
			t.Errorf("periodEndFigure(%q in %q) = %v, want %v", c.ans, s.text, got, c.want)
		}
	}
}

// A kind named once is written in with its name ("Reopening the mine" →
// "the Los Frailes mine", "through the strait" → "Haro Strait": sets 94
// and 95, both judges, CONTEXT); not where two names of the kind came
// before, nor for a people's adjective ("the Andean grain" is a kind).
func TestNamedKindEdits(t *testing.T) {
	a := analyseText(t, "In 1998 the dam of the Los Frailes mine burst, flooding the park with toxic waste.\n\n"+
		"Reopening the mine would provide more than 1,000 precious jobs.\n\n"+
		"Ships sail through Haro Strait about 20 times a day. The researchers recorded every vessel that passed through the strait last year.\n\n"+
		"The Andean grain quinoa is now sold worldwide. Farmers say the grain is hard to harvest.")
	for _, c := range []struct {
		sub  string
		want []edit
	}{
		{"Reopening", []edit{{"the mine", "the Los Frailes mine"}}},
		{"recorded every vessel", []edit{{"the strait", "Haro Strait"}}},
		{"hard to harvest", nil},
	} {
		s := sentenceWith(t, a, c.sub)
		got := a.namedKindEdits(s)
		if len(got) != len(c.want) || len(got) > 0 && got[0] != c.want[0] {
			t.Errorf("namedKindEdits(%q) = %v, want %v", s.text, got, c.want)
		}
	}
	// A name of a compound the kind only modifies (set 96: "the Smart
	// rubbish", from a heading "9 Smart rubbish bins").
	c := analyseText(t, "Smart rubbish bins in Philadelphia keep litter off the streets.\n\nA motor inside each bin pushes down the rubbish when it nears the top.")
	if got := c.namedKindEdits(sentenceWith(t, c, "pushes down")); len(got) != 0 {
		t.Errorf("the kind as a modifier, edits %v", got)
	}
	b := analyseText(t, "The Los Frailes mine and the Cobre mine both closed in 1999.\n\nReopening the mine would provide more than 1,000 precious jobs.")
	if got := b.namedKindEdits(sentenceWith(t, b, "Reopening")); len(got) != 0 {
		t.Errorf("two mines named, edits %v", got)
	}
}

// A blank over a ranking label leaves its content in view ("the _____
// was a dire lack of major new bands" for "biggest problem": sets 93 and
// 96, every such card rejected or edited); a term that is the content
// itself is not one.
func TestLabelBlank(t *testing.T) {
	a := analyseText(t, "Goldsmith said the biggest problem was a dire lack of major new bands. "+
		"The authors believe that autumn-born children’s greater exposure to sunlight helps them. "+
		"The most important reason is the cost of tickets. "+
		"Festivals face a shortage of major new bands.")
	for _, c := range []struct {
		sub, ans string
		want     bool
	}{
		{"biggest problem", "biggest problem", true},
		{"greater exposure", "greater exposure", true},
		{"shortage of major", "shortage", false},
	} {
		s := sentenceWith(t, a, c.sub)
		if got := labelBlank(spanOfSent(t, s, c.ans)); got != c.want {
			t.Errorf("labelBlank(%q) = %v, want %v", c.ans, got, c.want)
		}
	}
}
