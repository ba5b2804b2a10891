package generate

import "testing"

// A year a short report looks forward to is not swapped for one before
// the report's own year.
func TestReportYearOK(t *testing.T) {
	x, err := analyse([]string{
		"The Corran ferry company has posted a 40% rise in profit for 2012 after a busy summer season.",
		"The firm said its lease on the harbour berth would end in 2015, three years earlier than planned. It first ran boats to the islands in 1998.",
	})
	if err != nil {
		t.Fatal(err)
	}
	x.course = "Ferry profits rise in 2012"
	if p, ok := x.reportYear(); !ok || p != 2012 {
		t.Fatalf("reportYear = %v, %v; want 2012", p, ok)
	}
	year := func(sub, y string) *span {
		s := sentenceWith(t, x, sub)
		for _, sp := range s.spans {
			if sp.kind == kYear && sp.text == y {
				return sp
			}
		}
		t.Fatalf("no year %s in %q", y, s.text)
		return nil
	}
	end, first := year("would end in", "2015"), year("first ran boats", "1998")
	for _, tc := range []struct {
		sp   *span
		v    float64
		want bool
	}{
		{end, 2009, false}, // a coming end put before the report's year
		{end, 2018, true},  // still to come
		{end, 2012, true},  // the report's own year
		{first, 1994, true},
		{first, 2001, true}, // a past event stays a past event
	} {
		if got := x.reportYearOK(tc.sp, tc.v); got != tc.want {
			t.Errorf("%s → %v: reportYearOK = %v, want %v", tc.sp.text, tc.v, got, tc.want)
		}
	}
	// A long article or one without a year in its headline or lead has
	// no year of its own.
	y, err := analyse([]string{"The ferry company carried more people than ever.", "Its lease would end in 2015."})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := y.reportYear(); ok {
		t.Error("reportYear found a year in a text without one in its lead")
	}
}
