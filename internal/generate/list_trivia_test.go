package generate

import "testing"

// A sentence that only lists three or more years or positions is trivia;
// a lead, a life's span, a timetable with a reason, or a list of two is
// not.
func TestListTrivia(t *testing.T) {
	x, err := analyse([]string{
		"The Penny Black has been named the greatest stamp of all time by a collectors' magazine, which ranked 100 stamps in 1840, 1902 and 1931 order.",
		"The magazine ranked stamps from every continent. Other early stamps in the top 100 include the Basel Dove from 1845 (31st place), the Mauritius Post Office from 1847 (12th place) and the Inverted Jenny from 1918 (4th place).",
		"The list also contains some oddities: a chocolate stamp (88th), a round stamp (71st) and a stamp that smells of roses (65th).",
		"The society was founded in 1869 and moved in 1921 and 1958 because its collection outgrew each building.",
		"The Treskilling Yellow is at number 2 and the Red Mercury at number 9.",
		"Stamp fairs were popular in the 18th and 19th centuries, and in the 20th century too.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"greatest stamp", false}, // the lead
		{"Basel Dove", true},
		{"chocolate stamp", true},
		{"founded in 1869", false}, // a reason given
		{"Treskilling", false},     // two positions only
		{"Stamp fairs", false},     // centuries are no positions
	} {
		if got := x.listTrivia(sentenceWith(t, x, c.in)); got != c.want {
			t.Errorf("listTrivia(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
