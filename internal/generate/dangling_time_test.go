package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

func TestRelativeTimeLeaning(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// The shape judged garbled: the preposition and article went
		// with the time, or the front read "over the, down from".
		{"The firm lost about 8% of its customers over the last year, down from a third to a quarter.",
			"The firm lost about 8% of its customers, down from a third to a quarter."},
		{"Prices have risen by 4% since last week in most towns.", "Prices have risen by 4% in most towns."},
		{"The council will vote on the plan during the next month at the town hall.", "The council will vote on the plan at the town hall."},
		// No leaning word: only the time goes.
		{"The band toured Japan last year with a new drummer.", "The band toured Japan with a new drummer."},
		// After "of" the time is part of a larger phrase: it stays.
		{"The mill closed at the end of last year after a long strike.", "The mill closed at the end of last year after a long strike."},
		{"The works will finish by the start of next month in every street.", "The works will finish by the start of next month in every street."},
	} {
		got, ok := applyEdits(c.in, relativeTimes(c.in))
		if !ok {
			t.Errorf("%q: edits do not apply", c.in)
			continue
		}
		if got != c.want {
			t.Errorf("relativeTimes(%q):\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// A statement quoted whole loses a time that reads wrong on another day
// ("tomorrow", an opening "Today"); a weekday and a period stay.
func TestDayBoundTimeLeftOutOfStatement(t *testing.T) {
	x := analyseText(t, "The Varden Museum returned a carved mask to Ghana.\n\nToday, at a small ceremony in Leeds, the Varden Museum became the first museum to return a mask. The Corran Gallery is due to return a drum at another ceremony tomorrow. Three mills in the valley have closed in recent weeks over the lack of grain. Anna Holt spoke on Tuesday about the harbour.")
	for _, c := range []struct{ sub, want string }{
		{"Today, at a small", "True or false? At a small ceremony in Leeds, the Varden Museum became the first museum to return a mask."},
		{"ceremony tomorrow", "True or false? The Corran Gallery is due to return a drum at another ceremony."},
		// A period stays: it may be what a change is measured over.
		{"in recent weeks", "True or false? Three mills in the valley have closed in recent weeks over the lack of grain."},
		{"on Tuesday", "True or false? Anna Holt spoke on Tuesday about the harbour."},
	} {
		s := sentenceWith(t, x, c.sub)
		it := &item{sent: s, rule: "truefalse-true", answer: "True", q: &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? " + s.text}}
		if !x.standAlone(it) {
			t.Errorf("%q does not stand alone", s.text)
			continue
		}
		if it.q.Prompt != c.want {
			t.Errorf("prompt:\n got %q\nwant %q", it.q.Prompt, c.want)
		}
	}
}
