package generate

import "testing"

// After "lets", "helps" or "makes" a plural noun is the subject of the
// verb after it: a blank takes the verb's phrase, not the subject with
// it, even where the tagger reads the verb as a noun.
func TestBareInfinitiveSubjectOutOfBlank(t *testing.T) {
	x := analyseText(t, "Camera makers such as Nikon run websites which store old photos, lets users edit pictures online and sell printed albums.")
	s := sentenceWith(t, x, "lets users")
	for _, sp := range s.spans {
		if sp.kind == kTerm && sp.key == "users edit pictures" {
			t.Errorf("blank %q takes in the subject of the infinitive", sp.text)
		}
	}
	found := false
	for _, sp := range s.spans {
		if sp.kind == kTerm && sp.key == "edit pictures" {
			found = true
		}
	}
	if !found {
		var got []string
		for _, sp := range s.spans {
			got = append(got, sp.text)
		}
		t.Errorf("no blank on %q; spans %q", "edit pictures", got)
	}
}
