package generate

import (
	"strconv"
	"strings"
	"testing"
)

// TestEverYear: the year of a best-yet claim is not swapped into a false
// statement (a BBC technology report on the games chart: "Video games on
// consoles and computers proved more popular than ever in 2004."); the
// year of an event in the same report still may be.
func TestEverYear(t *testing.T) {
	text := "Gangsters top the games chart\n\n" +
		"Video games on consoles and computers proved more popular than ever in 2004.\n\n" +
		"Gamers spent more than £1.34bn in 2004, almost 7% more than they did in 2003 according to figures released by the trade body. " +
		"The top title of the year sold more than 1 million copies in its first nine days on sale. " +
		"The publisher first released the series in 1997 and has sold games in forty countries since then."
	res := mustGenerate(t, text, Options{})
	drafts := append(append([]Draft{}, res.Drafts...), res.Held...)
	for _, d := range drafts {
		if d.Rule == "truefalse-swap/year" && strings.Contains(d.Sentence, "than ever") {
			t.Errorf("year of a best-yet claim swapped: %q", d.Question.Prompt)
		}
	}
	x := analyseText(t, text)
	for _, c := range []struct {
		sub, year string
		want      bool
	}{
		{"Video games on", "2004", true},
		{"Gamers spent", "2004", false},
		{"The publisher first", "1997", false},
	} {
		s := sentenceWith(t, x, c.sub)
		sp := yearSpan(t, s, c.year)
		if got := everYear(s, sp); got != c.want {
			t.Errorf("everYear(%q, %s) = %v, want %v", s.text, c.year, got, c.want)
		}
	}
	// A phenomenal year and a record year close such claims too.
	y := analyseText(t, "Consumer electronics and gadgets had a phenomenal year in 2004, according to figures released by the organisers on Tuesday. Shops had a record year in 2003.")
	for _, sub := range []string{"Consumer electronics", "Shops had"} {
		s := sentenceWith(t, y, sub)
		for _, o := range s.spans {
			if o.kind == kYear && !everYear(s, o) {
				t.Errorf("everYear(%q, %s) = false", s.text, o.text)
			}
		}
	}
}

// TestDuringRangeOK: a year dated by a period the same sentence gives is
// swapped only inside it (a museum's essay on the Benin Bronzes: "The art
// of Benin entered European collections primarily as the result of the
// British occupation of Benin City in 1897 during the reign of Oba
// Ovonramwen (r. 1888–97).").
func TestDuringRangeOK(t *testing.T) {
	text := "The Benin Bronzes\n\n" +
		"The art of Benin entered European collections primarily as the result of the British occupation of Benin City in 1897 during the reign of Oba Ovonramwen (r. 1888–97). " +
		"The cockerel, dating to the 16th or 17th century, was donated to the College in 1905 by a banker who lived in West Africa.\n\n" +
		"The college returned the cockerel to Nigeria in 2021 after a long campaign by its students."
	res := mustGenerate(t, text, Options{})
	for _, d := range append(append([]Draft{}, res.Drafts...), res.Held...) {
		if d.Rule == "truefalse-swap/year" && strings.Contains(d.Sentence, "during the reign") && !strings.Contains(d.Question.Prompt, " in 189") {
			t.Errorf("year swapped out of the reign its sentence gives: %q", d.Question.Prompt)
		}
	}
	// Nor is a year outside the reign offered as a choice.
	for _, q := range res.Course.Questions {
		if !strings.Contains(q.Prompt, "during the reign") {
			continue
		}
		for _, o := range q.Options {
			if v, ok := amountOf(o.Text); ok && (v < 1888 || v > 1897) {
				t.Errorf("option %q outside the reign in %q", o.Text, q.Prompt)
			}
		}
	}
	x := analyseText(t, text)
	s := sentenceWith(t, x, "The art of Benin")
	sp := yearSpan(t, s, "1897")
	for _, c := range []struct {
		v    float64
		want bool
	}{{1905, false}, {1880, false}, {1890, true}} {
		if got := duringRangeOK(s, sp, c.v); got != c.want {
			t.Errorf("duringRangeOK(%v) = %v, want %v", c.v, got, c.want)
		}
		// A choice of year for the blank is bounded alike.
		if got := newNumberCtx(s, sp).ok(strconv.Itoa(int(c.v))); got != c.want {
			t.Errorf("option %v fits = %v, want %v", c.v, got, c.want)
		}
	}
}
