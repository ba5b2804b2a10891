package generate

import "testing"

const compoundReport = "Ferry firms in Norway face new rules on fuel, the transport ministry has said.\n\n" +
	"The ministry wants every ferry to cut its fuel use by a third before 2030. Ferry firms say the cost is high.\n\n" +
	"Several harbour cranes broke down in Bergen last winter. The repair crews said the harbour cranes were too old. Kestrel Lines paid for the repairs.\n\n" +
	"Kestrel Lines said new harbour cranes would arrive in March. The old cranes will be sold to a firm in Oslo.\n\n" +
	"The ministry said the rules would be reviewed in two years. Ferry firms hope the review will ease the cost."

// TestReportTermTitle: a report's theme titled by a phrase it says once
// is titled by the compound its paragraphs repeat; one titled by a
// phrase it repeats, or with no compound of its own, keeps its title.
func TestReportTermTitle(t *testing.T) {
	x := analyseText(t, compoundReport)
	x.course = "Ferry Rules in Norway"
	cases := []struct {
		g          []int
		title, out string
	}{
		{[]int{3, 4}, "Last Winter", "Harbour Cranes"},            // said once: the repeated compound
		{[]int{3, 4}, "Repair", "Harbour Cranes"},                 // a bare noun
		{[]int{3, 4}, "Harbour Cranes", "Harbour Cranes"},         // already the compound
		{[]int{1, 2}, "Transport Ministry", "Transport Ministry"}, // "ferry firms" runs through the whole report
	}
	for _, c := range cases {
		if got := x.reportTermTitle(c.g, c.title, map[string]bool{}); got != c.out {
			t.Errorf("reportTermTitle(%v, %q) = %q, want %q", c.g, c.title, got, c.out)
		}
	}
	// A title used already is not given twice.
	if got := x.reportTermTitle([]int{3, 4}, "Last Winter", map[string]bool{"harbour cranes": true}); got != "Last Winter" {
		t.Errorf("used title given again: %q", got)
	}
}
