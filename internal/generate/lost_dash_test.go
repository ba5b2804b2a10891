package generate

import (
	"reflect"
	"strings"
	"testing"
)

func TestLostDashRestored(t *testing.T) {
	text := "Ferry fares rise   again\n\n" +
		"The ferry company raised its fares by a tenth   the third rise in two years   and said more would follow.\n\n" +
		"Two  spaces are a slip.  So are spaces after a full stop, and a comma ,   too."
	got := SplitParagraphs(text)
	want := []string{
		"Ferry fares rise — again",
		"The ferry company raised its fares by a tenth — the third rise in two years — and said more would follow.",
		"Two spaces are a slip. So are spaces after a full stop, and a comma , too.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("SplitParagraphs:\n got %q\nwant %q", got, want)
	}
}

// A dash standing alone is punctuation: no span takes it in, so no blank
// or card back ends on one ("mutual satisfaction —").
func TestNoSpanHoldsALoneDash(t *testing.T) {
	x := analyseText(t, "Ferry fares — the prices paid by a passenger to cross with a ticket bought on board — are running at just half the old level.\n\n"+
		"Return rates   the number of passengers who travel back with the same company   rose to 60% in 2019.")
	n := 0
	for _, s := range x.sents {
		for _, sp := range s.spans {
			n++
			if strings.ContainsAny(sp.text, "—–") {
				t.Errorf("span %q holds a dash", sp.text)
			}
		}
	}
	if n == 0 {
		t.Fatal("no spans")
	}
}
