package generate

import "testing"

// "The group test of 100 printers" opens on a test, not a group: no name
// from the sentences before is put in for "The group", so a blank's stem
// keeps the sentence as written.
func TestNounModifierKeepsStem(t *testing.T) {
	x := analyseText(t, "Ink for home printers costs more than wine, a consumer magazine said.\n\n"+
		"The magazine ran its annual PC group test in the spring and compared running costs. "+
		"The group test of 100 home photo printers for PCs discovered how much it costs to print one photo.")
	s := sentenceWith(t, x, "The group test of 100")
	edits, _ := x.contextEdits(s)
	for _, e := range edits {
		if e.old == "The group" {
			t.Errorf("%q read as a reference to a group: edit %q -> %q", s.text, e.old, e.new)
		}
	}
}
