package generate

import (
	"strings"
	"testing"
)

// TestStemStrayComma: a card or a blank drops the comma between the name
// its sentence opens on and its verb, as a true statement does ("Aubrey,
// replaced …", judged GRAMMAR by both judges).
func TestStemStrayComma(t *testing.T) {
	x := analyseText(t, "James Aubrey was an American television executive who ran the CBS network.\n\n"+
		"Aubrey, replaced CBS Television President Louis Cowan, who was slowly dismissed after the quiz show scandals.")
	s, sp := spanIn(t, x, "Aubrey, replaced", "quiz show scandals")
	c := &cand{s: s, sp: sp}
	if got := c.stem(); !strings.HasPrefix(got, "Aubrey replaced CBS Television President Louis Cowan, who") {
		t.Errorf("stem = %q; want the comma after Aubrey gone and the one after Cowan kept", got)
	}
}
