package generate

import "testing"

// A blank that stops at "the", "of", "and" or "for" inside a name is half
// of it; a small word between two names, or after a person's name, is not
// inside one.
func TestNameRunBlank(t *testing.T) {
	paras := []string{
		"The Keep the Harbour Open campaigners were so angered they threatened to stand against the council at the next election. " +
			"Dr Ana Vell's ideas were printed in an article for the journal Coastal Shipping and Trade.",
		"In a statement, the Ministry of Harbours and Fisheries said the quay was safe for larger ships. " +
			"Sarah Kell of Dunmere said the storm was the worst she had seen in years.",
		"The Electoral Office and National Union of Sailors are worried that crews at sea cannot register to vote. " +
			"The council awarded Reid the Harbour Medal for his work on the quay.",
	}
	checkSpans(t, paras, "nameRunBlank", func(x *article, s *sentence, sp *span) bool { return x.nameRunBlank(s, sp) }, []spanCase{
		{"campaigners were so angered", "Keep", true},                  // "_____ the Harbour Open campaigners"
		{"ideas were printed", "Coastal Shipping", true},               // "the journal _____ and Trade"
		{"the quay was safe for larger", "Ministry of Harbours", true}, // "the _____ and Fisheries"
		{"the storm was the worst", "Dunmere", false},                  // a person and where she is from
		{"the storm was the worst", "Sarah Kell", false},               // the person, whole
		{"cannot register", "Electoral Office", false},                 // two bodies joined by "and"
		{"awarded Reid", "Reid", false},                                // a person given a named prize
	})
}

// The singular of a title's last word is the title's own word: "what a
// _____ was doing" for "Tide", in a report about the game The Tides.
func TestNameWordBlank(t *testing.T) {
	paras := []string{
		"A researcher has said that games such as The Tides could teach sailing. " +
			"He believes the world of The Tides can teach knots better than books.",
		"The actions of a tired Tide, dropping its oars, would show what a word means. " +
			"Online versions of The Tides could be adapted to teach more.",
		"Many Britons sail for pleasure, and Britons buy more boats than anyone. " +
			"Britons also race them, and one Briton crossed the sea alone.",
	}
	checkSpans(t, paras, "nameWordBlank", func(x *article, s *sentence, sp *span) bool { return x.nameWordBlank(sp) }, []spanCase{
		{"a tired Tide", "Tide", true},
		{"one Briton crossed", "Briton", false}, // "Britons" is a word of its own, not a title
	})
}

// Through blankableRead: a blank over part of a campaign's name or over a
// title's own word is not drafted; a person's name and where she is from
// still are.
func TestNameRunBlankable(t *testing.T) {
	x, err := analyse([]string{
		"The Keep the Harbour Open campaigners were so angered they threatened to stand against the council at the next election. " +
			"Sarah Kell of Dunmere said the storm was the worst she had seen in years.",
		"A researcher has said that games such as The Tides could teach sailing. " +
			"He believes the world of The Tides can teach knots better than books.",
		"The actions of a tired Tide, dropping its oars, would show what a word means. " +
			"Online versions of The Tides could be adapted to teach more.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sub, answer string
		want        bool
	}{
		{"campaigners were so angered", "Keep", false}, // "_____ the Harbour Open campaigners"
		{"a tired Tide", "Tide", false},                // "a tired _____" in a report about The Tides
		{"the storm was the worst", "Sarah Kell", true},
		{"the storm was the worst", "Dunmere", true},
	} {
		s, sp := answerIn(t, x, tc.sub, tc.answer)
		if got := x.blankableRead(s, sp) != nil; got != tc.want {
			t.Errorf("%q in %q: drafted as a blank %v, want %v", sp.text, s.text, got, tc.want)
		}
	}
}
