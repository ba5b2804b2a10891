package generate

import (
	"strings"
	"testing"
)

// TestFigureWhom: a card on a sentence that opens on a bare share says
// whose share it is, with the plural noun of the course title the
// paragraph names before it; a share followed by "of", one that is not
// the subject, and a paragraph naming no such noun are left alone.
func TestFigureWhom(t *testing.T) {
	x, err := analyse([]string{
		"A poll of 1,200 gardeners by the Garden Trust found that gardeners were keen on compost made without peat. Nearly 70% bought peat-free compost last year, while half grew their own vegetables. About 40% of gardeners said prices were too high.",
		"Sales of compost rose in the spring. Over 70% growth was seen in the north. Nearly 30% came from new shops.",
	})
	if err != nil {
		t.Fatal(err)
	}
	const title = "Gardeners 'keen' on peat-free compost"
	cases := []struct{ sub, front, want string }{
		{"Nearly 70% bought", "Nearly _____ bought peat-free compost last year, while half grew their own vegetables.",
			"Nearly _____ of the gardeners polled bought peat-free compost last year, while half grew their own vegetables."},
		{"Nearly 70% bought", "Nearly 70% bought _____ last year, while half grew their own vegetables.",
			"Nearly 70% of the gardeners polled bought _____ last year, while half grew their own vegetables."},
		{"About 40% of gardeners", "About _____ of gardeners said prices were too high.", "About _____ of gardeners said prices were too high."},
		{"Over 70% growth", "Over _____ growth was seen in the north.", "Over _____ growth was seen in the north."},
		{"Nearly 30% came", "Nearly _____ came from new shops.", "Nearly _____ came from new shops."},
	}
	for _, c := range cases {
		s := sentenceWith(t, x, c.sub)
		if got := x.figureWhom(s, c.front, title); got != c.want {
			t.Errorf("figureWhom(%q) = %q, want %q", c.front, got, c.want)
		}
	}
}

// TestShareSaidOnce: where the sentences before name whom a share is
// of, both the card's own mend (figureWhom) and the edit every item of
// the sentence takes (shareEdit) would say it; a card's front, with the
// sentence's edits applied as to every item, says it once.
func TestShareSaidOnce(t *testing.T) {
	x, err := analyse([]string{
		"A poll of 1,200 gardeners by the Garden Trust found that gardeners were keen on compost made without peat. Nearly 70% bought peat-free compost last year, while half grew their own vegetables.",
	})
	if err != nil {
		t.Fatal(err)
	}
	x.course = "Gardeners 'keen' on peat-free compost"
	s := sentenceWith(t, x, "Nearly 70% bought")
	e, has, ok := x.shareEdit(s)
	if !has || !ok {
		t.Fatalf("shareEdit(%q) = %v, %v: want an edit", s.text, has, ok)
	}
	front, ok := applyEdits(x.cardShareFront(s, "Nearly _____ bought peat-free compost last year, while half grew their own vegetables."), []edit{e})
	if !ok {
		t.Fatalf("the edit %v does not apply to the card's front", e)
	}
	if n := strings.Count(front, "of the gardeners"); n != 1 {
		t.Errorf("front %q says whom %d times, want once", front, n)
	}
}
