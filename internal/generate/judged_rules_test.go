package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// The rules from the second blind judgement (judged_rules.go), each on
// sentences of its own shape and, where the corpus is present, on the
// real sentence read in place.

func TestClozeWorthy(t *testing.T) {
	t.Run("own", func(t *testing.T) {
		x := analyseText(t, "Straw, sawdust and dry bracken are good sources of carbon for a garden heap.\n\n"+
			"Keep the right ratio of straw to clippings in the garden heap, about 25:1 by weight.\n\n"+
			"The garden heap was first described by Albert Howard in 1931 in the town of Indore.\n\n"+
			"Volunteers carried 140 buckets to the garden heap on the first day of the project.\n\n"+
			"The main bed cost $2 million (£1.6 million) and lies beside the garden heap.")
		for _, c := range []struct {
			sub, k string
			want   bool
		}{
			{"good sources", "good sources", false}, // an evaluative modifier
			{"right ratio", "right ratio", false},   // and a generic head
			{"Albert Howard", "Albert Howard", true},
			{"in 1931", "1931", true},
			{"140 buckets", "140", false},       // a plain count
			{"$2 million", "$2 million", false}, // a conversion in brackets beside it
		} {
			s, sp := spanText(t, x, c.sub, c.k)
			if got := x.clozeWorthy(s, sp); got != c.want {
				t.Errorf("clozeWorthy(%q in %q) = %v, want %v", sp.text, s.text, got, c.want)
			}
		}
		// An adjective before the blank points to it.
		y := analyseText(t, "The league could fight and win wars against major coastal powers of the north.\n\n"+
			"The league could fight and win wars against the coastal powers of the north.")
		s, sp := spanText(t, y, "against major", "coastal powers")
		if !modifiedBlank(s, sp) || y.clozeWorthy(s, sp) {
			t.Errorf("a cloze card on %q after an adjective in %q", sp.text, s.text)
		}
		if s, sp := spanText(t, y, "against the", "coastal powers"); modifiedBlank(s, sp) {
			t.Errorf("modifiedBlank(%q in %q) = true", sp.text, s.text)
		}
		// The article's topic, in half the paragraphs, is guessed.
		if sp := spanOf(t, x, "garden heap"); x.clozeWorthy(sp.sent, sp) {
			t.Errorf("a blank on the article's topic %q makes a cloze card", sp.text)
		}
	})
	t.Run("real", func(t *testing.T) {
		x := devArt(t, "howto.txt")
		s, sp := spanText(t, x, "are good sources of carbon", "good sources")
		if x.clozeWorthy(s, sp) {
			t.Errorf("a cloze card on %q in %q", sp.text, s.text)
		}
	})
}

// spanText finds the span reading text in the sentence holding sub.
func spanText(t *testing.T, x *article, sub, text string) (*sentence, *span) {
	t.Helper()
	return spanWhere(t, x, sub, text, func(sp *span) string { return sp.text }, strings.EqualFold)
}

func TestTrueDefinition(t *testing.T) {
	card := func(front, back, rule, text string) item {
		x := analyseText(t, text)
		return item{sent: x.sents[0], c: &quiz.Card{Front: front, Back: back}, rule: rule}
	}
	for _, c := range []struct {
		it   item
		want bool
	}{
		{card("RFA", "Regional Flood Authority", "definition-acronym", "The Regional Flood Authority (RFA) met on Monday."), false},
		{card("Machinery", "An expense few farms can bear", "definition-is-a", "Machinery is an expense few farms can bear."), false},
		{card("Fast chips", "A key part of products including 5G phones", "definition-is-a", "Fast chips are a key part of products including 5G phones."), false},
		{card("A squall line", "A row of storms that moves as one", "definition-is-a", "A squall line is a row of storms that moves as one."), true},
		{card("Mara Lind", "A senior fellow at the Baltic Institute", "definition-appositive", "Mara Lind, a senior fellow at the Baltic Institute, spoke first."), true},
	} {
		if got := trueDefinition(c.it); got != c.want {
			t.Errorf("trueDefinition(%q: %q) = %v, want %v", c.it.c.Front, c.it.c.Back, got, c.want)
		}
	}
}

func TestVagueSubject(t *testing.T) {
	x := analyseText(t, "The company was founded in 1987 as the first dedicated chip foundry.\n\n"+
		"According to the group, it found more than 50 weak points in the supply chain.\n\n"+
		"In the warm season, they give off heat and break the scraps down.\n\n"+
		"Harbour Chips was founded in 1987 as the first dedicated chip foundry.\n\n"+
		"This week, Harbour Chips opened a second plant in the port of Ravel.")
	for _, c := range []struct {
		sub  string
		want bool
	}{
		{"The company was", true}, {"According to the group", true}, {"they give off", true}, {"Harbour Chips was", false}, {"This week", false},
	} {
		if got := vagueSubject(sentenceWith(t, x, c.sub)); got != c.want {
			t.Errorf("vagueSubject(%q) = %v, want %v", c.sub, got, c.want)
		}
	}
}

func TestPlainlyFalseSwaps(t *testing.T) {
	t.Run("own", func(t *testing.T) {
		x := analyseText(t, "From the 11th to the middle of the 13th century, the guild ruled the river trade.\n\n"+
			"Until the 16th century, the guild kept its hall in the port of Ravel.\n\n"+
			"The old bridge was opened in 1870 and was first repaired in 1902 after a flood.\n\n"+
			"The mayor, Ada Stone, and her deputy, Rolf Brant, signed the charter in 1911.\n\n"+
			"The charter of 1911 was replaced in 1950 by a new law on river tolls.")
		for _, c := range []struct{ sub, k string }{
			{"middle of the 13th", "13th century"},
			{"Until the 16th", "16th century"},
		} {
			s, sp := spanText(t, x, c.sub, c.k)
			if !timeBound(s, sp) {
				t.Errorf("timeBound(%q in %q) = false", sp.text, s.text)
			}
			if cd := x.blankable(s, sp); cd != nil && x.trueFalseSwap(cd) != nil {
				t.Errorf("a swap of %q in %q", sp.text, s.text)
			}
		}
		s, sp := spanText(t, x, "opened in 1870", "1870")
		for v, want := range map[float64]bool{1905: false, 1860: true, 1868: false, 1890: false} {
			if got := timeSwapOK(s, sp, v); got != want {
				t.Errorf("timeSwapOK(1870 → %v in %q) = %v, want %v", v, s.text, got, want)
			}
		}
		s, sp = spanText(t, x, "Ada Stone", "Ada Stone")
		if cd := x.blankable(s, sp); cd != nil && x.trueFalseSwap(cd) != nil {
			t.Errorf("a person swapped for another in %q", s.text)
		}
		if swapNumberOK(&span{kind: kNumber, num: numInfo{value: 3}}, "4") {
			t.Errorf("4 for 3 is a near miss, not a plain error")
		}
	})
	t.Run("real", func(t *testing.T) {
		x := devArt(t, "hanse-history.txt")
		s := sentenceWith(t, x, "to the middle of the 15th century")
		found := false
		for _, sp := range s.spans {
			if sp.kind == kCentury && strings.HasPrefix(sp.text, "15th") {
				found = true
				if !timeBound(s, sp) {
					t.Errorf("timeBound(%q in %q) = false", sp.text, s.text)
				}
			}
		}
		if !found {
			t.Errorf("no span on the 15th century in %q", s.text)
		}
	})
}

func TestQuotedSpeechNotQuotedTrue(t *testing.T) {
	x := analyseText(t, "“We were met by the whole village,” the captain wrote in his journal that night.\n\n"+
		"The river port of Ravel grew rich on the salt trade in the twelfth century.")
	if !quotedSpeech(sentenceWith(t, x, "We were met")) || quotedSpeech(sentenceWith(t, x, "salt trade")) {
		t.Errorf("quotedSpeech: want true for a quotation only")
	}
}

func TestRangeEndNotBlanked(t *testing.T) {
	x := analyseText(t, "Spread the mulch in layers of 3 to 5 inches around the young trees in spring.\n\n"+
		"The young trees were planted in 1998 beside the old mill on the river.")
	s, sp := spanText(t, x, "layers of 3", "3")
	if !endOfRange(s, sp) || x.blankable(s, sp) != nil {
		t.Errorf("a blank on one end of the range in %q", s.text)
	}
	if s, sp := spanText(t, x, "planted in 1998", "1998"); endOfRange(s, sp) {
		t.Errorf("endOfRange(%q in %q) = true", sp.text, s.text)
	}
}
