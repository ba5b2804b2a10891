package generate

import (
	"strings"
	"testing"
)

// A report set in one city, pasted without its headline, whose lead names
// no event: the course is named for what runs through it in that place,
// not for the place alone ("Lima" of a report on vultures and rubbish
// dumps was judged too broad by both blind judges).
func TestBarePlaceCourseTitle(t *testing.T) {
	text := "On a cold morning in Porto, Ana Ribeiro climbs aboard a wooden carriage that first ran along the river in 1927.\n\n" +
		"The old trams of Porto carry about a million passengers a year, most of them visitors who come for the views of the Douro.\n\n" +
		"Ribeiro, who has driven the line for eleven years, says the carriages need more care than any modern bus.\n\n" +
		"Only three lines are left in Porto, down from more than twenty in the 1950s, when trams were the cheapest way to cross the city.\n\n" +
		"Engineers in the workshop at Massarelos rebuild the brakes and seats of each carriage by hand, with parts made to the old drawings.\n\n" +
		"The council in Porto has promised to keep the trams running and to open a fourth line along the seafront by 2028.\n\n" +
		"Some residents would rather see the money spent on buses, which reach the hills where most of them live.\n\n" +
		"For Ribeiro the choice is simple: the trams are what people remember of Porto long after they have gone home."
	res, err := Generate(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	title := res.Course.Course.Title
	// The title the rules before give this report (checked by hand on
	// the code before the change) was "Porto".
	if title == "Porto" {
		t.Fatalf("course title %q names the place alone", title)
	}
	if !strings.Contains(title, "Trams") || !strings.Contains(title, "Porto") {
		t.Errorf("course title %q, want the trams in Porto", title)
	}
	t.Logf("course title %q", title)
}

// A name the lexicon does not know as a place, said after "by", "under"
// and "with" more often than after "in": an agreement or a method, not a
// setting. It is not given a topic "in" it.
func TestBarePlaceCourseTitleNotAPlace(t *testing.T) {
	x, err := analyse([]string{
		"Factory owners who signed the Pact say the repairs it demands will cost them more than they can pay.",
		"Under the Pact, brands must pay for the safety repairs in the factories they buy from.",
		"Workers at two factories were sent home with no pay after inspectors closed them.",
		"The unions backed by the Pact want the brands to pay the workers while the factories are shut.",
		"One owner said the factories would close for good unless the brands agreed to share the cost with the Pact.",
	})
	if err != nil {
		t.Fatal(err)
	}
	sps := x.byKey["pact"]
	if len(sps) == 0 {
		t.Skip("the name is not a key of the analysis")
	}
	if x.saidAsPlace(sps) {
		t.Errorf("%q read as a place", "the Pact")
	}
}
