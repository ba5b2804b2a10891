package generate

import "testing"

const middleBio = "Maria Anna Lindqvist (3 May 1850 – 9 June 1921) was a Swedish painter. She painted the coast of Halland for forty years.\n\n" +
	"Lindqvist exhibited at the Salon from 1878. Lindqvist is remembered as a pioneer of open-air painting in Sweden.\n\n" +
	"Maria Anna Lindqvist was born on 3 May 1850 in Uppsala, the daughter of a printer. Lindqvist drew from an early age.\n\n" +
	"At Uppsala, Lindqvist sang in the cathedral choir. Her drawings of Uppsala won a prize from the town. Lindqvist left Uppsala for Stockholm in 1868. She never painted the town again.\n\n" +
	"Lindqvist studied drawing at a school in Stockholm. The school taught Latin and French as well. Her studies ended in 1870 when she was educated enough to teach. Lindqvist then sailed to Paris."

// TestMiddleTitle: a later theme in the lead sums up the working life
// and how it is remembered; one whose topic sentence sets it at a place
// it keeps to is titled by the place; one about schooling is the
// education; others keep their own title.
func TestMiddleTitle(t *testing.T) {
	x := analyseText(t, middleBio)
	_, short := x.biographySubject()
	if short != "Lindqvist" {
		t.Fatalf("subject = %q", short)
	}
	cases := []struct {
		g    []int
		want string
	}{
		{[]int{2}, "Lindqvist's Career and Legacy"},
		{[]int{4}, "Lindqvist at Uppsala"},
		{[]int{5}, "Lindqvist's Education"},
		{[]int{3}, ""},
	}
	for _, c := range cases {
		if got := x.middleTitle(c.g, short); got != c.want {
			t.Errorf("middleTitle(%v) = %q, want %q", c.g, got, c.want)
		}
	}
}

// TestWholeLifeTitle: a short biography's one theme is its subject's
// life, not the course title again.
func TestWholeLifeTitle(t *testing.T) {
	x := analyseText(t, middleBio)
	if got, want := x.wholeLifeTitle(), "Lindqvist's Life"; got != want {
		t.Errorf("wholeLifeTitle = %q, want %q", got, want)
	}
	y := analyseText(t, "Maria Anna Lindqvist (3 May 1850 – 9 June 1921) was a Swedish painter. She painted the coast of Halland for forty years.\n\n"+
		"Lindqvist exhibited at the Salon from 1878. Lindqvist is remembered as a pioneer of open-air painting in Sweden.")
	if got, want := y.wholeLifeTitle(), "Lindqvist in Brief"; got != want {
		t.Errorf("wholeLifeTitle (all lead) = %q, want %q", got, want)
	}
}
