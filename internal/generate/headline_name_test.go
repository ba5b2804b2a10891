package generate

import (
	"strings"
	"testing"
)

// A review names its game by a name of several words, one of them a
// common word ("Star Harbour 3"); titles say the name whole.
var wholeNameReview = strings.Join([]string{
	"Could Star Harbour 3 possibly live up to the hype? After three years of previews it is the most awaited game of the year.",
	"The player again sees the world through the eyes of a pilot from the original Star Harbour. The city is grim and the streets are patrolled.",
	"Star Harbour 3 does not waste energy on plot. The graphics are superb and the physics lifelike.",
	"At times Star Harbour 3 feels almost too polished. Installing it took hours, but Star Harbour 3 is worth the wait.",
}, "\n\n")

func TestWholeHeadlineName(t *testing.T) {
	a := analyseText(t, wholeNameReview)
	a.course = "No half measures with Star Harbour 3"
	n := 0
	for _, s := range a.sents {
		if countWord(s.text, "Star") > 0 {
			n++
		}
	}
	if got := a.wholeHeadlineName("Star", n); got != "Star Harbour 3" {
		t.Errorf("wholeHeadlineName(Star) = %q, want the whole name Star Harbour 3", got)
	}
	// A headline word with no capitalised word after it is the name.
	a.course = "Harbour to open new terminal"
	if got := a.wholeHeadlineName("Harbour", n); got != "Harbour" {
		t.Errorf("wholeHeadlineName(Harbour) = %q, want Harbour", got)
	}
	// The headline shortens the name the article says in full: its first
	// word alone is no title.
	b := analyseText(t, strings.ReplaceAll(wholeNameReview, "Star Harbour 3", "Star Harbour Online"))
	b.course = "Star Online returns"
	if got := b.wholeHeadlineName("Star", n); got != "" {
		t.Errorf("wholeHeadlineName(Star) = %q where the article says Star Harbour Online, want \"\"", got)
	}
}
