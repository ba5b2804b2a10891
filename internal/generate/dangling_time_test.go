package generate

import "testing"

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
