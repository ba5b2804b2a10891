package generate

import (
	"strings"
	"testing"
)

// A figure in a trailing "which is currently …" clause behind a
// comparison is incidental; the same figure as the point of its own
// sentence is not.
func TestRelativeFigure(t *testing.T) {
	x := analyseText(t, "Water bills in Wales will rise by well above the rate of inflation, which is currently 2.3%.\n\n"+
		"The rate of inflation in Wales is currently 2.3%, the statistics office said.")
	for sub, want := range map[string]bool{"well above": true, "statistics office": false} {
		s, sp := spanWhere(t, x, sub, "2.3%", func(sp *span) string { return sp.text }, func(a, b string) bool { return strings.Contains(a, b) })
		if got := relativeFigure(s, sp); got != want {
			t.Errorf("relativeFigure(%q, %q) = %v, want %v", s.text, sp.text, got, want)
		}
	}
	// Through Generate, on a report that gives the figure again in a
	// quotation: no item swaps or blanks the figure of the clause.
	res, err := Generate("Water bills set to rise\n\n"+
		"Water bills in Wales are set to rise by an average of about 5% next year, the regulator has said.\n\n"+
		"Companies will publish final charges on Monday when projected increases will be more than twice the rate of inflation, which is currently 2.3%. "+
		"The regulator has urged companies to limit increases but they have warned that they will struggle to repair old pipes. "+
		"The minister said: \"The rise sits against an inflation rate of 2.3%, so we ask them for restraint.\" "+
		"Welsh Water plans to spend £1.2bn on its network over the next five years.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Drafts {
		if d.Proposed && d.Answer == "2.3%" && d.Rule != "truefalse-true" && strings.Contains(d.Sentence, "which is currently") {
			t.Errorf("%s proposed on %q", d.Rule, d.Sentence)
		}
	}
}
