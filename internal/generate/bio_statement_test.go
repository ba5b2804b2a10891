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
