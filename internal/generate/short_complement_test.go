package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A text of my own: a wool town's growers and mills.
const woolGrowers = "A group of growers in Carlow has sold its fleece abroad for the first time.\n\n" +
	"The Wool Board cut the fleece price by a fifth in March. " +
	"Growers complained after the Wool Board cut the price. " +
	"Miriam Hale, a buyer at Harwick Mills, agreed that the price would rise again. " +
	"Hale told Radio Carlow the mills would close for a month. " +
	"The growers are holding talks in Carlow on how to sell their fleece abroad. " +
	"The Wool Board say growers must be paid within a month. " +
	"The dispute fell within the Harbour Act. " +
	"The bond between Hale and Radio Carlow grew stronger. " +
	"Sales came as a relief to Carlow and the growers. " +
	"The final sale of fleece in Carlow takes place in June."

func shortItem(t *testing.T, x *article, sent, answer string) *item {
	t.Helper()
	s := sentenceWith(t, x, sent)
	sp := spanOfSent(t, s, answer)
	return &item{sent: s, sp: sp, answer: sp.text, rule: "cloze-short/" + sp.kind.String(),
		q: &quiz.Question{Type: quiz.Short, Prompt: "Fill in the blank"}}
}

func TestComplementShort(t *testing.T) {
	x := analyseText(t, woolGrowers)
	cases := []struct {
		sent, answer string
		held         bool
	}{
		{"a buyer at Harwick", "Harwick Mills", true},
		{"Hale told Radio", "Radio Carlow", true},
		{"holding talks in", "Carlow", true},
		{"complained after", "Wool Board", false},
		{"must be paid", "Wool Board", false},
		{"fell within", "Harbour Act", false},
		{"final sale of fleece", "Carlow", true},
		{"as a relief to", "Carlow", true},
	}
	for _, c := range cases {
		it := shortItem(t, x, c.sent, c.answer)
		if got := x.complementShort(it); got != c.held {
			t.Errorf("%q in %q: held %v, want %v", c.answer, it.sent.text, got, c.held)
		}
	}
	// The lead's setting is the story's.
	if it := shortItem(t, x, "A group of growers in", "Carlow"); x.complementShort(it) {
		t.Errorf("the lead's place held: %q", it.sent.text)
	}
	// A statement or a card on the same blank is not this rule's.
	it := shortItem(t, x, "a buyer at Harwick", "Harwick Mills")
	it.q.Type = quiz.TrueFalse
	if x.complementShort(it) {
		t.Errorf("a true/false item held as a short answer")
	}
	items := []item{*shortItem(t, x, "holding talks in", "Carlow"), *shortItem(t, x, "must be paid", "Wool Board")}
	x.markComplementShorts(items)
	if !items[0].incidental || items[1].incidental {
		t.Errorf("marked %v %v, want true false", items[0].incidental, items[1].incidental)
	}
}

func TestMultipleWorse(t *testing.T) {
	cases := []struct {
		text, w string
		want    bool
	}{
		{"The new loom runs up to eight times faster than the old one.", "faster", true},
		{"The new loom runs twice as fast as the old one.", "fast", false},
		{"The new loom is twice as strong as the old one.", "strong", false},
		{"The new loom runs faster than the old one.", "faster", false},
		{"Prices rose three times higher than wages.", "higher", false},
	}
	for _, c := range cases {
		st := indexWord(c.text, c.w)
		if got := multipleWorse(c.text, st, c.w); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}

func indexWord(text, w string) int {
	for i := 0; i+len(w) <= len(text); i++ {
		if text[i:i+len(w)] == w && (i == 0 || text[i-1] == ' ') {
			return i
		}
	}
	return -1
}
