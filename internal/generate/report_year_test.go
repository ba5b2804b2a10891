package generate

import (
	"strings"
	"testing"
)

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

// A news report's own year is swapped for the year the report compares
// it with, or not at all. From a BBC technology report on 2004: "Video
// games on consoles and computers proved more popular than ever in
// 2004." was drafted false with 1998, a year the report never gives,
// which both blind judges found not plainly contradicted; the report
// gives 2003 beside 2004.
func TestReportPresentYearSwap(t *testing.T) {
	// (A best-yet claim, "more popular than ever in 2004", is no longer
	// swapped at all: ever_year.go. The lead here is the same report's
	// fact without it.)
	x := analyseText(t, "Sales of video games on consoles and computers reached £1.34bn in 2004.\n\n"+
		"Gamers spent more than £1.34bn in 2004, almost 7% more than they did in 2003 according to industry body Elspa.")
	if got := swapped(t, x, "Sales of video games", "2004"); got != "Sales of video games on consoles and computers reached £1.34bn in 2003." {
		t.Errorf("swap = %q, want the year 2003 the report compares", got)
	}
	// From a BBC technology report on online games: the report gives no
	// other year, so no year is made up.
	y := analyseText(t, "After bubbling under for some time, online games broke through onto the political arena in 2004.\n\n"+
		"The games were made to be played by voters on campaign websites.")
	if got := swapped(t, y, "political arena", "2004"); strings.Contains(got, "arena in 1") || strings.Contains(got, "arena in 20") {
		t.Errorf("swap = %q, want the report's year held back", got)
	}
	// A biography's years are left to the rules for a life.
	if got := x.newsReport(); !got {
		t.Error("a report read as a biography")
	}
}

// Four figures before "GMT" are a time of day, never swapped as a year.
// From a BBC politics report: "Maniffesto can be seen on S4C on Sunday,
// 12 December, at 1200 GMT." was drafted false "at 1194 GMT".
func TestClockTimeNotSwapped(t *testing.T) {
	x := analyseText(t, "Plaid Cymru MPs have called for an inquiry into the arson attacks of 1979 and 1993.\n\n"+
		"Maniffesto can be seen on S4C on Sunday, 12 December, at 1200 GMT.")
	s, sp := spanText(t, x, "Maniffesto", "1200")
	if !clockTime(s, sp) {
		t.Fatal("1200 GMT not read as a time of day")
	}
	if sp.kind == kYear {
		if got := swapped(t, x, "Maniffesto", "1200"); got != "" {
			t.Errorf("swap = %q, want none", got)
		}
	}
}
