package generate

import "testing"

// A short report of my own on a town's new tram line: the opening on
// the opening day, a later theme of four sentences on its ticket
// machines, one of which names a card reader.
const tramReport = "Trams return to the streets of Wexley\n\n" +
	"The new line opened on Monday with a ride by the mayor. Crowds lined the route to watch the first trams pass the market. The mayor said the line would cut traffic in the town centre.\n\n" +
	"Ticket machines at every stop have caused long queues. Riders said the ticket machines were slow to take coins. One rider said the card reader on her machine did not work. The council said more ticket machines would be fitted by March."

func TestLaterDetailTitle(t *testing.T) {
	x := analyseText(t, tramReport)
	g := []int{2}
	if n := len(x.sentencesOf(g)); n != 4 {
		t.Fatalf("theme has %d sentences, want 4", n)
	}
	used := map[string]bool{"trams return to the streets of wexley": true}
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Card Reader", true},          // said in one sentence of four
		{"Wexley's Card Reader", true}, // the same past a possessive
		{"Ticket Machines", false},     // said in three
		{"Riders' Complaints", false},  // a plural's possessive: whose words
	} {
		if got := x.laterDetailTitle(c.title, g, used); got != c.want {
			t.Errorf("laterDetailTitle(%q) = %v, want %v", c.title, got, c.want)
		}
	}
	// Three sentences are too few to call a phrase said once a detail.
	if x.laterDetailTitle("Card Reader", []int{1}, used) {
		t.Errorf("laterDetailTitle over three sentences = true, want false")
	}
}

func TestRunningTitle(t *testing.T) {
	x := analyseText(t, tramReport)
	used := map[string]bool{"trams return to the streets of wexley": true}
	if got := x.runningTitle([]int{2}, used); got != "Ticket Machines" {
		t.Errorf("runningTitle = %q, want %q", got, "Ticket Machines")
	}
	// Taken already: no title.
	used["ticket machines"] = true
	if got := x.runningTitle([]int{2}, used); got != "" {
		t.Errorf("runningTitle with the title used = %q, want none", got)
	}
}
