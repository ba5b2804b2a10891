package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// Sentences of my own: a council's majority said with a degree
// adjective, a party's possessive, and two plurals in a row where the
// second is the subject's verb.
const clozeUnitText = "The Greens hold a thumping majority on the harbour council after the spring vote.\n\n" +
	"Much of the credit for the Greens' strong showing must go to Ada Quill, the campaign organiser who ran the count.\n\n" +
	"The return of the well-loved Road King and Sky Line franchises leaves fans of racing games short of time.\n\n" +
	"The council approved a budget of £2m for the harbour wall in March."

func TestClozeCutsUnit(t *testing.T) {
	x := analyseText(t, clozeUnitText)
	find := func(sub, answer string) (*sentence, *span) {
		t.Helper()
		s := sentenceWith(t, x, sub)
		for _, sp := range s.spans {
			if sp.answer() == answer {
				return s, sp
			}
		}
		var got []string
		for _, sp := range s.spans {
			got = append(got, sp.answer())
		}
		t.Fatalf("no span %q in %q: %s", answer, sub, strings.Join(got, " | "))
		return nil, nil
	}
	for _, c := range []struct {
		sub, answer string
		want        bool
	}{
		{"thumping majority", "thumping majority", true}, // a degree adjective leads the blank
		{"strong showing", "the Greens", true},           // split from its possessive
		{"leaves fans", "leaves fans", true},             // a verb and its object after the subject's head
		{"strong showing", "Ada Quill", false},
		{"harbour council", "harbour council", false},
		{"budget of", "£2m", false},
		{"budget of", "harbour wall", false},
	} {
		s, sp := find(c.sub, c.answer)
		if got := clozeCutsUnit(s, sp); got != c.want {
			t.Errorf("clozeCutsUnit(%q) = %v, want %v", c.answer, got, c.want)
		}
	}
	if !possessiveAfter("' recent change") || !possessiveAfter("’s share") || possessiveAfter("'said") || possessiveAfter(" said") {
		t.Error("possessiveAfter misreads a marker")
	}
}

func TestHoldCutBlanks(t *testing.T) {
	x := analyseText(t, clozeUnitText)
	card := func(sub, answer string) item {
		s := sentenceWith(t, x, sub)
		return item{sent: s, c: &quiz.Card{Front: strings.Replace(s.text, answer, "_____", 1), Back: answer}, answer: answer, rule: "cloze-card/term", proposed: true}
	}
	items := []item{card("thumping majority", "thumping majority"), card("strong showing", "Ada Quill"), card("leaves fans", "leaves fans")}
	holdCutBlanks(items)
	for i, want := range []bool{false, true, false} {
		if items[i].proposed != want {
			t.Errorf("card %q proposed = %v, want %v", items[i].answer, items[i].proposed, want)
		}
	}
	if items[0].heldFor() != "weak" {
		t.Errorf("held for %q, want weak", items[0].heldFor())
	}
}

// A blank that ends a quotation in single quotes keeps its card.
func TestClozeQuoteNotPossessive(t *testing.T) {
	x := analyseText(t, "The mayor called the new harbour wall 'a triumph' at the opening in May.\n\nThe wall cost £2m and took two years to build.")
	s := sentenceWith(t, x, "harbour wall")
	for _, sp := range s.spans {
		if strings.HasSuffix(s.text[:sp.end], "triumph") && clozeCutsUnit(s, sp) {
			t.Errorf("%q before a closing quote read as split from a possessive", sp.answer())
		}
	}
}
