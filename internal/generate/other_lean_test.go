package generate

import "testing"

// "Other" that means "other than those the sentence before named" leans
// on that sentence; a list, a "than" and a determiner do not.
func TestOtherLeans(t *testing.T) {
	x := analyseText(t, "Factories in the valley must stop burning coal by 2010. "+
		"Use of other polluting fuels is to end in the years after that. "+
		"Coal, peat and other solid fuels were once common in the valley. "+
		"Sales of other fuels than coal have grown. "+
		"Each firm must tell the other firms in the valley of its plans.")
	for sub, want := range map[string]string{
		"Use of other polluting":  "other polluting",
		"Coal, peat and other":    "",
		"Sales of other fuels":    "",
		"Each firm must tell the": "",
	} {
		s := sentenceWith(t, x, sub)
		if p, _ := x.leanPhrase(s, s.text); p != want {
			t.Errorf("leanPhrase(%q) = %q, want %q", s.text, p, want)
		}
	}
}
