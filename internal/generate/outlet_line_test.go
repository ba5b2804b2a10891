package generate

import "testing"

// TestOutletLineIsNoItem: a report's line on what its outlet examines is
// a byline: no item quotes it; a sentence that only names the outlet is
// not.
func TestOutletLineIsNoItem(t *testing.T) {
	x := analyseText(t, "Runner faces test\n\n"+
		"The marathon runner Ann Reed returns to racing in Boston next month after a year of injuries. BBC Sport examines the challenges facing Reed ahead of the race.\n\n"+
		"Reed told BBC Sport that her training had gone well since the summer.\n\n"+
		"Her coach said she had run 120 miles a week through October.")
	if s := sentenceWith(t, x, "examines the challenges"); !s.byline {
		t.Errorf("not a byline: %q", s.text)
	}
	if s := sentenceWith(t, x, "training had gone well"); s.byline {
		t.Errorf("a byline: %q", s.text)
	}
}
