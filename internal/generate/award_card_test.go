package generate

import "testing"

// awardBio is a short biography written for the tests: awards the
// subject won, in the shapes of a biography's lead, beside a relative's
// award and an award won "for the second time".
var awardBio = []string{
	"Ilona Sarkany (3 March 1921 – 9 May 1990) was a Hungarian architect. She won the Gold Medal of the Royal Institute for her design of the Szeged Library (1962), a building she also taught from for a decade.",
	"Sarkany won the Ybl Prize in 1975 for her concrete churches, and was made a professor in 1980. Her husband won the Kossuth Prize for his bridges over the Tisza.",
	"Sarkany studied in Budapest. Sarkany won the Ybl Prize for the second time in 1985. Sarkany designed more than forty churches and schools.",
}

// TestAwardCard: a sentence on an award the subject won gives the card
// "Which award did … win … for …?" with the award on the back, what it
// was won for ended at the next clause, the year kept; a relative's
// award, an award won again and a sentence with no award give none.
func TestAwardCard(t *testing.T) {
	x, err := analyse(awardBio)
	if err != nil {
		t.Fatal(err)
	}
	if _, short := x.biographySubject(); short != "Sarkany" {
		t.Fatalf("subject = %q, want Sarkany", short)
	}
	want := map[string][2]string{
		"She won the Gold Medal":            {"Which award did Sarkany win for her design of the Szeged Library (1962)?", "The Gold Medal of the Royal Institute"},
		"Sarkany won the Ybl Prize in 1975": {"Which award did Sarkany win in 1975 for her concrete churches?", "The Ybl Prize"},
		"Her husband won":                   {},
		"for the second time":               {},
		"Sarkany designed":                  {},
	}
	checkCardTable(t, x, want, x.awardCard, func(front string) string { return front })
}
