package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// thinTheme is a paragraph of sentences on one matter, each stating a
// fact about the Kessel dam on its own.
var thinTheme = "The Kessel dam on the river Lerne was finished in 1932 after six years of work by the Lerne Water Board. " +
	"The Kessel dam holds back a reservoir of 40 million cubic metres that supplies the town of Brelling with water. " +
	"The Lerne Water Board built the Kessel dam of concrete because stone from the Brelling quarries was too soft. " +
	"The reservoir behind the Kessel dam flooded the old village of Ostby, whose church tower still shows in dry summers. " +
	"Engineers of the Lerne Water Board inspect the Kessel dam every spring for cracks in its concrete wall. " +
	"The Kessel dam produces electricity for Brelling from two turbines installed by the Lerne Water Board in 1950."

// filler is a paragraph of about a hundred words on other matters.
func filler(n int) string {
	return strings.Repeat("The market of Vardel sold wool, cheese and salted fish to traders from the coast in the autumn months. ", n)
}

func TestFillThin(t *testing.T) {
	drafted := func(paras []string) int {
		x, err := analyse(paras)
		if err != nil {
			t.Fatal(err)
		}
		th := quiz.Theme{Slug: "kessel-dam", Title: "Kessel Dam", Paragraphs: []int{1}}
		sents := x.sentencesOf(th.Paragraphs)
		rankSentences(sents)
		qs, _ := x.fillThin(th, rankCtx{}, nil, nil, nil, sents, map[int]int{}, map[string]bool{}, nil, Options{}.withDefaults())
		n := 0
		for _, it := range qs {
			if it.rule != "truefalse-true" {
				t.Errorf("fillThin drafted a %s", it.rule)
			}
			if !it.holdBack() {
				n++
			}
		}
		return n
	}
	// A theme of a longer article with nothing drafted takes true
	// statements: four, and one to spare.
	long := []string{thinTheme, filler(6), filler(6), filler(6), filler(6), filler(6)}
	if n := drafted(long); n < minProposed || n > minProposed+thinSpare {
		t.Errorf("a thin theme of a longer article drafted %d true statements, want %d to %d", n, minProposed, minProposed+thinSpare)
	}
	// A short article is left to the rules for short reports.
	if n := drafted([]string{thinTheme, filler(1)}); n != 0 {
		t.Errorf("a short article drafted %d statements to fill a theme, want none", n)
	}
}
