package generate

import "testing"

// TestStatementText: a biography's first sentence is quoted without its
// bracket of pronunciation and dates; other sentences as they are.
func TestStatementText(t *testing.T) {
	x := analyseText(t, "Maria Anna Lindqvist ( /ˈlɪndkvɪst/ LIND-kvist; 3 May 1850 – 9 June 1921), known as Mia, was a Swedish painter who painted the coast of Halland. She painted it for forty years (1870–1910).\n\n"+
		"Lindqvist exhibited at the Salon from 1878. Lindqvist is remembered as a pioneer of open-air painting in Sweden.")
	first := x.paras[0].sents[0]
	if got, want := x.statementText(first), "Maria Anna Lindqvist, known as Mia, was a Swedish painter who painted the coast of Halland."; got != want {
		t.Errorf("statementText(lead) = %q, want %q", got, want)
	}
	if got, want := x.statementWords(first), 16; got != want {
		t.Errorf("statementWords(lead) = %d, want %d", got, want)
	}
	second := x.paras[0].sents[1]
	if got := x.statementText(second); got != second.text {
		t.Errorf("statementText(second) = %q, want the sentence as it is", got)
	}
}

// TestThinBioStatement: a biography's statement that says only the
// subject's nationality and calling, with or without a title after the
// name, is too thin to propose; one that says more is kept, and so is
// a like sentence of an article that is no biography.
func TestThinBioStatement(t *testing.T) {
	x := analyseText(t, "Maria Anna Lindqvist, Lady Berg ( /ˈlɪndkvɪst/; 3 May 1850 – 9 June 1921) was a Swedish painter. She painted the coast of Halland for forty years.\n\n"+
		"Lindqvist exhibited at the Salon from 1878. Lindqvist is remembered as a pioneer of open-air painting in Sweden.")
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Maria Anna Lindqvist, Lady Berg was a Swedish painter.", true},
		{"Maria Anna Lindqvist was a Swedish painter and engraver.", true},
		{"Lindqvist was an accomplished Swedish landscape painter.", true},
		{"Maria Anna Lindqvist was a Swedish painter who painted the coast of Halland.", false},
		{"Maria Anna Lindqvist was a Swedish painter known for her seascapes.", false},
		{"Lindqvist was a Swedish painter, winner of the Salon medal.", false},
		{"Lindqvist was a founder of the Halland school of painters.", false},
		{"Karl Berg was a Swedish banker.", false},
	} {
		if got := x.thinBioStatement(x.paras[0].sents[0], c.text); got != c.want {
			t.Errorf("thinBioStatement(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	y := analyseText(t, "The Halland school was a Swedish movement. It painted the coast for forty years.\n\n"+
		"The school exhibited at the Salon from 1878.")
	if y.thinBioStatement(y.paras[0].sents[0], "The Halland school was a Swedish movement.") {
		t.Error("a statement of an article that is no biography is held back as a thin lead")
	}
}

// TestThinLeadNotProposed: a biography whose lead says only nationality
// and calling does not get that lead as a true statement; the next
// sentence is quoted instead.
func TestThinLeadNotProposed(t *testing.T) {
	x := analyseText(t, "Maria Anna Lindqvist, Lady Berg ( /ˈlɪndkvɪst/; 3 May 1850 – 9 June 1921) was a Swedish landscape painter. "+
		"Lindqvist painted the rocky coast of Halland for forty years and sold her seascapes to collectors in Stockholm.\n\n"+
		"Lindqvist exhibited at the Salon from 1878. Lindqvist is remembered as a pioneer of open-air painting in Sweden.")
	lead, next := x.paras[0].sents[0], x.paras[0].sents[1]
	for _, s := range []*sentence{lead, next} {
		s.score = 1 // both worth quoting: only the rule tells them apart
	}
	tr := x.trueStatement([]*sentence{lead, next}, map[int]int{}, map[string]bool{}, nil)
	if tr == nil || tr.sent != next {
		got := "nothing"
		if tr != nil {
			got = tr.q.Prompt
		}
		t.Errorf("true statement = %s, want the sentence after the thin lead", got)
	}
}
