package generate

import (
	"strings"
	"testing"
)

// A review's sentences that lean on the writer or on what came before
// are not asked; the same facts stated plainly are.
func TestReviewLeansBack(t *testing.T) {
	x := analyseText(t, "Could Starfall Odyssey live up to its promise? After three years of delays, this is the most eagerly awaited racing game of the decade.\n\n"+
		"On our review laptop, a Zentek machine with 16GB of memory, every track ran smoothly. "+
		"I even found myself braking early on the mountain course. "+
		"Studio Brightwave built the game in Oslo over four years. "+
		"If you prefer realistic handling, Rally Circuit will be far more satisfying. "+
		"The new engine makes races far more satisfying than before. "+
		"Unlocking new cars can take weeks, and doing this will depend on how often you win. "+
		"Working out step by step is part of the fun. "+
		"Finding out the route is part of the fun. "+
		"The garage menu was praised as \"the best thing I have seen this year\" by testers. "+
		"Henry I ruled England from 1100, the manual's history page says. "+
		"A swarm of drones makes this an even less friendly track to race on.")
	for _, c := range []struct {
		sub  string
		want bool
	}{
		{"this is the most eagerly", false}, // repaired: TestReviewedWorkThis
		{"On our review laptop", true},
		{"I even found myself", true},
		{"Studio Brightwave built", false},
		{"Rally Circuit will be far more satisfying", true},
		{"The new engine makes races", false},
		{"doing this will depend", true},
		{"Working out step by step", true},
		{"Finding out the route", false},
		{"The garage menu was praised", false},
		{"Henry I ruled", false},
		{"makes this an even less", true},
	} {
		s := sentenceWith(t, x, c.sub)
		if got := x.reviewLeansBack(s); got != c.want {
			t.Errorf("reviewLeansBack(%q) = %v, want %v", s.text, got, c.want)
		}
		if _, ok := x.contextEdits(s); c.want && ok {
			t.Errorf("%q reads alone", s.text)
		}
	}
}

// No noun phrase, and so no blank, ends on an adverb in -ly: "world
// truly" is half of one phrase and half of the next.
func TestNoAdverbBlank(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{{"truly", true}, {"quickly", true}, {"family", false}, {"assembly", false}, {"supply", false}, {"world", false}} {
		if got := lyAdverb(c.w); got != c.want {
			t.Errorf("lyAdverb(%q) = %v, want %v", c.w, got, c.want)
		}
	}
	x := analyseText(t, "Whereas the older racer felt like a fairground ride, wandering through Star Racer's world truly does feel like being part of a film. "+
		"The royal family visited the studio in May.")
	s := sentenceWith(t, x, "world truly")
	for _, sp := range s.spans {
		if strings.Contains(sp.answer(), "truly") {
			t.Errorf("span %q ends on an adverb", sp.answer())
		}
	}
	found := false
	for _, sp := range sentenceWith(t, x, "royal family").spans {
		if strings.HasSuffix(sp.answer(), "family") {
			found = true
		}
	}
	if !found {
		t.Errorf("no span ends on the noun %q", "family")
	}
}

// The article in the first person of someone quoted at length (a
// memoir's page set in a biography) is not asked in his words.
func TestWriterAsideDev(t *testing.T) {
	x := devArt(t, "biography.txt")
	for _, sub := range []string{"I was never more quickly", "I at once felt myself"} {
		s := sentenceWith(t, x, sub)
		if !writerAside(s) {
			t.Errorf("writerAside(%q) = false", s.text)
		}
	}
}

// "this" in a review's lead after a question about one work is the work:
// the name is put in. Elsewhere "this" alone is held back.
func TestReviewedWorkThis(t *testing.T) {
	x := analyseText(t, "Could Starfall Odyssey 3 live up to its promise? After three years of delays, this is the most eagerly awaited racing game of the decade.\n\n"+
		"The studio spent four years on it. This is the longest any of its games has taken.")
	s := sentenceWith(t, x, "this is the most eagerly")
	edits, ok := x.contextEdits(s)
	if !ok {
		t.Fatalf("%q held back", s.text)
	}
	got, ok := applyEdits(s.text, edits)
	if !ok || !strings.Contains(got, "Starfall Odyssey 3 is the most eagerly awaited") {
		t.Errorf("repaired to %q", got)
	}
	s = sentenceWith(t, x, "This is the longest")
	if _, ok := x.contextEdits(s); ok {
		t.Errorf("%q reads alone", s.text)
	}
}
