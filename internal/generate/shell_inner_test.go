package generate

import "testing"

// "The minutes of the meeting show …" and "made the comments to an
// audience": which meeting, which comments? Held back where the
// paragraph does not say; where an earlier sentence of the paragraph
// names the one meeting ("the 12 May meeting"), it is put in. "the
// meeting of the board", "the decision to close" and "the comments,
// made in a letter" say which one themselves.
func TestInnerShell(t *testing.T) {
	x := analyseText(t, "Ferry deal collapses\n\n"+
		"The mayor, Tom Hale, wanted the island ferry kept running through the winter. "+
		"Four hours later, Tom Hale called the owners back to the town hall in a last attempt at a deal. "+
		"The minutes of the meeting show how the chance of a deal quickly disappeared.\n\n"+
		"A councillor said the harbour board was acting like a private club. "+
		"Ann Lowe, the board's deputy chair, made the comments to an audience at a public meeting in the spring.\n\n"+
		"The owners and the board met for the 12 May meeting at the harbour office to agree the timetable. "+
		"Both sides signed the timetable, and the minutes of the meeting were sent to every councillor.\n\n"+
		"The board agreed the decision to close the old quay in June. "+
		"Ms Lowe defended the comments, made in a letter to the town's newspaper, as fair.")
	for _, c := range []struct{ sub, phrase, repair string }{
		{"minutes of the meeting show", "the meeting", ""},
		{"made the comments", "the comments", ""},
		{"minutes of the meeting were sent", "the meeting", "the 12 May meeting"},
		{"decision to close", "", ""},
		{"made in a letter", "", ""},
	} {
		s := sentenceWith(t, x, c.sub)
		p, r := x.innerShell(s, s.text)
		if p != c.phrase || r != c.repair {
			t.Errorf("innerShell(%q) = %q, %q; want %q, %q", s.text, p, r, c.phrase, c.repair)
		}
	}
	s := sentenceWith(t, x, "minutes of the meeting show")
	items := []item{*trueItem(s)}
	items[0].proposed = true
	x.withLeanContext(items, Options{})
	if items[0].proposed {
		t.Errorf("statement proposed alone: %q", items[0].q.Prompt)
	}
	s = sentenceWith(t, x, "minutes of the meeting were sent")
	items = []item{*trueItem(s)}
	items[0].proposed = true
	x.withLeanContext(items, Options{})
	if want := "True or false? Both sides signed the timetable, and the minutes of the 12 May meeting were sent to every councillor."; !items[0].proposed || items[0].q.Prompt != want {
		t.Errorf("statement %q (proposed %v), want %q", items[0].q.Prompt, items[0].proposed, want)
	}
}

// "The meeting" opening a sentence after "the 12 May meeting" in its
// paragraph is named; with no such mention it is held back as before.
func TestOpeningShellNamed(t *testing.T) {
	x := analyseText(t, "Ferry timetable agreed\n\n"+
		"The owners and the harbour board met for the 12 May meeting at the harbour office in Porthcawl. "+
		"The meeting agreed a new winter timetable for the island ferry.\n\n"+
		"The mayor, Tom Hale, called the owners back to the town hall in June. "+
		"The meeting ended without a deal on the summer fares.")
	s := sentenceWith(t, x, "The meeting agreed")
	it := trueItem(s)
	if !x.standAlone(it) {
		t.Fatalf("statement on %q dropped", s.text)
	}
	if want := "True or false? The 12 May meeting agreed a new winter timetable for the island ferry."; it.q.Prompt != want {
		t.Errorf("statement %q, want %q", it.q.Prompt, want)
	}
	s = sentenceWith(t, x, "ended without a deal")
	if _, ok := x.openingShellEdit(s); ok || !x.shellNounBack(s) {
		t.Errorf("%q named or not held back", s.text)
	}
}
