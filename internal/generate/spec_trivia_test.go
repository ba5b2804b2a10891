package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// One figure of a specification, or a figure said once at the close, is
// trivia; a figure the article repeats, or one of a plain sentence, is
// not.
func TestSpecFigureBlank(t *testing.T) {
	paras := []string{
		"The harbour ferry Kestrel will carry 240 passengers from next spring. It replaces an older boat.",
		"The boat has two engines of 900 watts, a top speed of 31 mph and a range of 140 km on one tank.",
		"Its builders said the hull took 14 months to finish. The ferry seats 240 passengers on two decks.",
		"Boat sales in the region rose 17% last year, a trade group said.",
	}
	checkSpans(t, paras, "specFigureBlank", func(x *article, s *sentence, sp *span) bool { return x.specFigureBlank(s, sp) }, []spanCase{
		{"top speed", "140 km", true},          // one of a specification's figures
		{"took 14 months", "14 months", false}, // a plain sentence's figure
		{"rose 17%", "17%", true},              // said once, in the last paragraph
	})
}

// A true statement that states what a swap of its theme changed repeats
// it; one in another theme, or sharing too few words, does not.
func TestRestatedTested(t *testing.T) {
	x, err := analyse([]string{
		"Bright colours and new music services could push up ferry bookings in 2027, said the operator.",
		"More likely to lift bookings in 2027 would be bright colours and music services on board.",
		"The harbour opened in 2027 after long delays.",
	})
	if err != nil {
		t.Fatal(err)
	}
	s1 := sentenceWith(t, x, "could push up")
	s2 := sentenceWith(t, x, "More likely")
	s3 := sentenceWith(t, x, "harbour opened")
	var sp *span
	for _, o := range s1.spans {
		if o.kind == kYear {
			sp = o
		}
	}
	if sp == nil {
		t.Fatal("no year in the first sentence")
	}
	swap := &item{sent: s1, q: &quiz.Question{Theme: "t"}, rule: "truefalse-swap/subject-year", sp: sp, answer: sp.text}
	st := &item{sent: s2, q: &quiz.Question{Theme: "t"}, rule: "truefalse-true"}
	other := &item{sent: s2, q: &quiz.Question{Theme: "u"}, rule: "truefalse-true"}
	few := &item{sent: s3, q: &quiz.Question{Theme: "t"}, rule: "truefalse-true"}
	if !x.restatedTested(st, swap) {
		t.Error("the statement restating the swapped year is not read as a repeat")
	}
	if x.restatedTested(other, swap) {
		t.Error("a statement of another theme is read as a repeat")
	}
	if x.restatedTested(few, swap) {
		t.Error("a statement sharing only the year is read as a repeat")
	}
}
