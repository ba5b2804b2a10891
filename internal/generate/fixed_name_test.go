package generate

import (
	"strings"
	"testing"
)

// A report names its product by two words, the second in lower case
// ("Zen pad"); the article never says the first word without the second.
var fixedPairReport = strings.Join([]string{
	"The new tablet format Zen pad is winning more buyers than its rival, its makers say.",
	"Zen pad, backed by twenty firms, is competing against the older slate format. The Zen Pad Group said on Monday that two big publishers would support its format.",
	"A Zen pad screen will show twice as many colours as a slate. Schools are keen on the format because Zen pad costs less.",
}, "\n\n")

func TestWholeNameWithLowerSecondWord(t *testing.T) {
	a := analyseText(t, fixedPairReport)
	a.course = "Publishers win for Zen pad tablet format"
	n := 0
	for _, s := range a.sents {
		if countWord(s.text, "Zen") > 0 {
			n++
		}
	}
	if got := a.fixedNextWord("Zen"); !strings.EqualFold(got, "pad") {
		t.Errorf("fixedNextWord(Zen) = %q, want pad", got)
	}
	if got := a.wholeHeadlineName("Zen", n); got != "Zen pad" {
		t.Errorf("wholeHeadlineName(Zen) = %q, want the whole name Zen pad", got)
	}
	// The headline's words after the whole name title the first theme.
	if got := a.headlineTopic([]int{1, 2}, "Zen pad"); got != "Tablet Format" {
		t.Errorf("headlineTopic(Zen pad) = %q, want Tablet Format", got)
	}
	// A word said once before another word is a word of its own.
	b := analyseText(t, strings.Replace(fixedPairReport, "because Zen pad costs", "because Zen costs", 1))
	if got := b.fixedNextWord("Zen"); got != "" {
		t.Errorf("fixedNextWord(Zen) = %q where the article once says Zen alone, want \"\"", got)
	}
	b.course = a.course
	if got := b.wholeHeadlineName("Zen", n); got != "Zen" {
		t.Errorf("wholeHeadlineName(Zen) = %q, want Zen", got)
	}
}

// A possessive of a name of two words is the name's: "Zen pad's screen".
func TestOwnedByNameOfTwoWords(t *testing.T) {
	a := analyseText(t, "Zen pad's screen is bright. The screen of Zen pad is large.")
	for _, s := range a.sents {
		for i, tk := range s.toks {
			if tk.text == "screen" && !ownedBy(s.toks, i, "Zen pad", false) {
				t.Errorf("screen in %q is not owned by Zen pad", s.text)
			}
		}
	}
}
