package generate

import "testing"

// recurringNameReport: its second paragraph's sentence on Telecom View's
// prediction is a real report's; the rest is written for the test.
var recurringNameReport = []string{
	"Mobile phone firms expect a busy year as third generation networks spread. Operators will cut the price of voice calls to win customers. " +
		"Many users are expected to trade up to new handsets before the summer.",
	"Third generation phones will face competition from Wimax, a wireless technology for fast data links. " +
		"Analyst firm Telecom View predicts that Wimax will steal a lot of market share from 3G and will be a clear winner. " +
		"Wimax can boost data speeds to 75 megabits a second over distances of up to 30 miles. " +
		"Bob Larribeau, principal analyst at Telecom View, said operators would lose revenue. " +
		"Rural areas could get fast net access through Wimax.",
}

// TestRecurringNameTitle: a report theme titled by a name it cites twice
// (an analyst firm) is titled by the name that runs through it instead;
// a title the theme does not say as a name, or a name of the course's
// title, is left alone.
func TestRecurringNameTitle(t *testing.T) {
	x, err := analyse(recurringNameReport)
	if err != nil {
		t.Fatal(err)
	}
	x.course = "The future in your pocket"
	if got := x.recurringNameTitle([]int{2}, "Telecom View", map[string]bool{}); got != "Wimax" {
		t.Errorf("recurringNameTitle = %q, want Wimax", got)
	}
	if got := x.recurringNameTitle([]int{2}, "Wireless Technology", map[string]bool{}); got != "Wireless Technology" {
		t.Errorf("recurringNameTitle of a phrase = %q, want it kept", got)
	}
	if got := x.recurringNameTitle([]int{2}, "Telecom View", map[string]bool{"wimax": true}); got != "Telecom View" {
		t.Errorf("recurringNameTitle gave a used title: %q", got)
	}
	x.course = "Wimax takes on 3G"
	if got := x.recurringNameTitle([]int{2}, "Telecom View", map[string]bool{}); got != "Telecom View" {
		t.Errorf("recurringNameTitle by the course's own name = %q", got)
	}
}
