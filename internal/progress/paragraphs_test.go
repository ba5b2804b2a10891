package progress

import "testing"

func TestByParagraph(t *testing.T) {
	got := ByParagraph([]Item{
		{Paragraphs: []int{1}, Studied: true, Known: 1},
		{Paragraphs: []int{1, 2}, Studied: true, Known: 0},
		{Paragraphs: []int{2, 2}, Studied: false},
		{Paragraphs: []int{1}, Studied: true, Known: 0.8, Card: true},
		{Paragraphs: []int{3}, Card: true},
		{Paragraphs: []int{5}, Studied: true, Known: 0.9, Card: true},
		{Paragraphs: []int{5}, Studied: true, Known: 0.4, Card: true, Due: true},
	})
	p1 := got[1]
	if p1.Questions != 2 || p1.Answered != 2 || p1.Right != 1 || p1.Reviewed != 1 || p1.Percent() != 60 || p1.RecallPercent() != 80 {
		t.Errorf("paragraph 1: %+v, %d%%", p1, p1.Percent())
	}
	if p2 := got[2]; p2.Questions != 2 || p2.Answered != 1 || p2.Percent() != 0 || !p2.Studied() {
		t.Errorf("paragraph 2: %+v", p2)
	}
	if p3 := got[3]; p3.Cards != 1 || p3.Studied() || p3.Percent() != 0 {
		t.Errorf("paragraph 3: %+v", p3)
	}
	// A card due is counted due, and its chance of recall is left out
	// of the figure for the cards not yet due.
	if p5 := got[5]; p5.Reviewed != 2 || p5.Due != 1 || p5.Recalled != 1 || p5.RecallPercent() != 90 {
		t.Errorf("paragraph 5: %+v, recall %d%%", p5, p5.RecallPercent())
	}
	if _, ok := got[4]; ok {
		t.Error("a paragraph nothing cites has an entry")
	}
}
