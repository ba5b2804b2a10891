package generate

import "testing"

// A definite phrase for what the sentences just before brought in is
// named from a name set by the same noun, else held back; a phrase that
// says which one, a thing known with "the" alone and the topic are left.
func TestNearBack(t *testing.T) {
	x := analyseText(t, "Harbour radio goes online.\n\n"+
		"Local stations would not play sea shanties. So the skipper and his crew launched a website called harbourfm.net. "+
		"The name says it all: it plays shanties and harbour news all day.\n\n"+
		"The skipper tells a tale to new deckhands. Two smugglers are jailed in separate cells on the quay. "+
		"Without a pardon, the prisoners will stay there for years.\n\n"+
		"The harbour board met on Monday to plan the winter timetable. The meeting ended without a vote. "+
		"The board said the government would pay for a new pier, and the prisoners of the old gaol were moved.")
	counts := x.theCounts()
	for _, c := range []struct{ in, old, full string }{
		{"The name says it all", "The name", "The name harbourfm.net"},
		{"Without a pardon", "the prisoners", ""},
		{"The meeting ended", "The meeting", ""},
		{"the prisoners of the old gaol", "", ""},
	} {
		s := sentenceWith(t, x, c.in)
		old, full, hold := x.nearBackFix(s, s.text, counts)
		if old != c.old || full != c.full || hold != (c.old != "" && c.full == "") {
			t.Errorf("%q: got %q -> %q (hold %v), want %q -> %q", c.in, old, full, hold, c.old, c.full)
		}
	}

	s := sentenceWith(t, x, "The name says it all")
	items := []item{*trueItem(s)}
	items[0].proposed = true
	x.withNearBack(items, Options{})
	if !items[0].proposed || items[0].q.Prompt != "True or false? The name harbourfm.net says it all: it plays shanties and harbour news all day." {
		t.Errorf("name not put in: %v %q", items[0].proposed, items[0].q.Prompt)
	}
	s = sentenceWith(t, x, "Without a pardon")
	items = []item{*trueItem(s)}
	items[0].proposed = true
	x.withNearBack(items, Options{})
	if items[0].proposed || !items[0].leanHeld {
		t.Error("the prisoners of a tale proposed alone")
	}

	// "the meeting" in a report about a meeting is its topic; "the
	// frontier" said with "the" before is one the reader knows.
	y := analyseText(t, "Harbour board meeting ends early.\n\n"+
		"The board met on Monday. The meeting ended without a vote.\n\n"+
		"The family moved to the frontier in spring. The children learned to fish on the frontier.")
	y.headline = "Harbour board meeting ends early"
	counts = y.theCounts()
	for _, in := range []string{"The meeting ended", "learned to fish"} {
		s := sentenceWith(t, y, in)
		if old, full, hold := y.nearBackFix(s, s.text, counts); old != "" {
			t.Errorf("%q: got %q -> %q (hold %v), want nothing", in, old, full, hold)
		}
	}
}
