package generate

import (
	"strings"
	"testing"
)

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

// A compound said only inside quotation marks is a speaker's figure ("the
// nuclear option"), not what the report's paragraphs are about: it does
// not title the theme, where the same compound in the reporter's own
// words does.
func TestReportTermTitleNotAQuotedFigure(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{`"`, "Backlog"},
		{``, "Nuclear Option"},
	} {
		text := "Ministers may close the benefits office, the minister has said.\n\n" +
			"The minister said closing the office would be Q" + "the nuclear option" + "Q. MPs said the office had a backlog of claims.\n\n" +
			"Q" + "We would only use the nuclear option as a last resort" + "Q, the minister told radio listeners. The backlog has grown for a year.\n\n" +
			"The office chases unpaid claims worth millions. Its staff say the computers fail each week.\n\n" +
			"Unions said staff were not to blame for the delays."
		text = strings.ReplaceAll(text, "Q", c.q)
		x := analyseText(t, text)
		x.course = "Benefits office may close"
		if got := x.reportTermTitle([]int{2, 3}, "Backlog", map[string]bool{}); got != c.want {
			t.Errorf("quote %q: reportTermTitle = %q, want %q", c.q, got, c.want)
		}
	}
}
