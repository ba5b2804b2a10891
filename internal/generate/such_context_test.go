package generate

import "testing"

// "such a large and powerful organisation" speaks of the European
// Commission the paragraph opens on: the name is put in after it.
func TestSuchOrganisationNamed(t *testing.T) {
	such := "What is significant is that such a large and powerful organisation has stated its desire for digital formats to be open to all and work on any gadget."
	x := analyseText(t, "The European Commission is being pragmatic in its approach. The NEM approach is to take a serious look at what is available. Where it finds holes, it will develop standards to fill them. "+such)
	s := sentenceWith(t, x, such)
	edits, ok := x.contextEdits(s)
	if !ok {
		t.Fatalf("the sentence cannot be read alone")
	}
	got, _ := applyEdits(s.text, edits)
	want := "What is significant is that such a large and powerful organisation as the European Commission has stated its desire for digital formats to be open to all and work on any gadget."
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
