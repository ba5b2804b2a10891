package generate

import "testing"

// "from gaining _____ over Maryland": the frame all but gives "political
// control", so the phrase is no blank; the proprietor's name still is.
func TestControlFrameBlank(t *testing.T) {
	carroll := "Carroll supported Charles Calvert, the colony's Catholic proprietor, in an unsuccessful effort to prevent the Protestant majority from gaining political control over Maryland."
	x := analyseText(t, "Charles Carroll was a wealthy lawyer and planter in colonial Maryland. "+carroll)
	s := sentenceWith(t, x, carroll)
	if c := x.blankable(s, spanOfSent(t, s, "political control")); c != nil {
		t.Errorf("%q is a blank", "political control")
	}
	if !controlFrameBlank(s, spanOfSent(t, s, "political control")) {
		t.Errorf("controlFrameBlank(%q) = false", "political control")
	}
	if controlFrameBlank(s, spanOfSent(t, s, "Charles Calvert")) {
		t.Errorf("controlFrameBlank(%q) = true", "Charles Calvert")
	}
}
