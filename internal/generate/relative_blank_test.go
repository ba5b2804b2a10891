package generate

import "testing"

// TestRelativePhraseBlank: "future versions" and "earlier program" place
// a thing only by when it comes; judges asked for the blank on the
// sentence's substance instead ("distributed reputation system").
func TestRelativePhraseBlank(t *testing.T) {
	x := analyseText(t, "File sharing systems depend on moderators who check the files that users swap.\n\n"+
		"Mr Pouwelse said that future versions of file sharing systems are likely to incorporate some kind of distributed reputation system that lets moderators prove who they are to the network.\n\n"+
		"Future versions of the rating system will let users rate the moderators of file sharing systems. "+
		"Moderators want rating systems that let users rate the quality of each file sharing site.")
	s, sp := spanIn(t, x, "Mr Pouwelse said", "future versions")
	if c := x.blankable(s, sp); c != nil {
		t.Errorf("blank on %q in %q kept", sp.text, s.text)
	}
	s, sp = spanIn(t, x, "Moderators want rating", "rating systems")
	if c := x.blankable(s, sp); c == nil {
		t.Errorf("blank on %q in %q refused; a phrase naming a kind of thing is a fair blank", sp.text, s.text)
	}
}
