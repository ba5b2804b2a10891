package generate

import (
	"strings"
	"testing"
)

// TestPairSlipEdit: "drugs of alcohol", a slip of the report's own text,
// is said as the report says the pair elsewhere.
func TestPairSlipEdit(t *testing.T) {
	x := analyseText(t, "Murder sentences should not be reduced automatically because of a guilty plea, says a report.\n\n"+
		"The MPs also call for tougher sentences for crimes committed under the influence of drink or drugs. "+
		"They say the influence of drugs and alcohol should be introduced as an aggravating factor. "+
		"Committee chairman John Denham said drugs of alcohol were sometimes used as an excuse.")
	s := sentenceWith(t, x, "drugs of alcohol")
	edits, ok := x.findContextEdits(s)
	if !ok {
		t.Fatalf("the sentence is held back; want it mended")
	}
	if got, _ := applyEdits(s.text, edits); !strings.Contains(got, "said drugs and alcohol were") {
		t.Errorf("mended = %q; want drugs and alcohol", got)
	}
	for _, sub := range []string{"influence of drink", "influence of drugs"} {
		edits, _ := x.findContextEdits(sentenceWith(t, x, sub))
		for _, e := range edits {
			if strings.Contains(e.old, " of ") {
				t.Errorf("%q: edit %+v; want the pair left", sub, e)
			}
		}
	}
}
