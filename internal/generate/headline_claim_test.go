package generate

import (
	"strings"
	"testing"
)

// navigationFeature is a short feature of one theme headlined by a claim
// ("navigation became personal") that its last paragraph says is still to
// come, as a search feature's was ("The year search became personal").
const navigationFeature = `The year navigation became personal

Most drivers now reach for a phone before they reach for a paper map when they set out on a long trip.

Some call this idleness, but navigation has become a daily habit for millions of people. Navigation apps are free on every new phone, and the firms that make them earn money from the adverts shown beside each route. Over the past year, large software firms have poured money into navigation apps of their own.

Navigation is hardly new. Drivers in the 1990s bought boxes that fixed to the windscreen and spoke each turn aloud.

Navigation apps now also show traffic jams, petrol prices and speed cameras, and they warn a driver of roadworks before the driver sees them.

Yet the apps still send many drivers down lanes too narrow for their cars. Firms say the answer is to learn each driver's habits. "Personal routes are the big prize for the future," said one product manager. The trouble is that no one yet knows how to build them.
`

// navigationReport is the same article whose report says the claim
// itself: the headline is what its paragraphs tell.
var navigationReport = strings.Replace(navigationFeature,
	`"Personal routes are the big prize for the future," said one product manager. The trouble is that no one yet knows how to build them.`,
	`This year every app began to offer personal routes, learnt from the trips each driver makes.`, 1)

// TestHeadlineClaimNotMadeTitlesBySubject: a theme whose headline claims
// what the article says is still to come is titled by the headline's
// subject, the phrase the article opens with it most; the course keeps
// the headline. Where the article makes the claim, the theme keeps it.
func TestHeadlineClaimNotMadeTitlesBySubject(t *testing.T) {
	res, err := Generate(navigationFeature, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := res.Course
	if got := c.Course.Title; got != "The year navigation became personal" {
		t.Errorf("course title = %q, want the headline", got)
	}
	if len(c.Themes) != 1 {
		t.Fatalf("themes = %d, want 1", len(c.Themes))
	}
	if got := c.Themes[0].Title; got != "Navigation Apps" {
		t.Errorf("theme title = %q, want %q: the article says personal routes are still to come", got, "Navigation Apps")
	}

	res, err = Generate(navigationReport, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Course.Themes) != 1 {
		t.Fatalf("themes = %d, want 1", len(res.Course.Themes))
	}
	if got := res.Course.Themes[0].Title; got != "The year navigation became personal" {
		t.Errorf("theme title = %q, want the headline: the report says the routes are here", got)
	}
}

// TestHeadlineClaimShape: only a headline saying that its subject, a
// common noun, became or is something has a claim to check; a prospect
// or a headline of another shape has none.
func TestHeadlineClaimShape(t *testing.T) {
	for _, c := range []struct{ h, subj, claim string }{
		{"The year navigation became personal", "navigation", "personal"},
		{"Broadband is the future of television", "Broadband", "future"},
		{"Casual gaming to 'take off'", "", ""},
		{"Blunkett unveils policing plans", "", ""},
		{"Souped up wi fi is on the horizon", "", ""},  // "fi": no noun of four letters
		{"The Force is strong in Battlefront", "", ""}, // a name, not a common noun
	} {
		s, cl := headlineClaim(c.h)
		if s != c.subj || cl != c.claim {
			t.Errorf("headlineClaim(%q) = %q, %q; want %q, %q", c.h, s, cl, c.subj, c.claim)
		}
	}
}

// TestOpeningKeepsNoUnmadeHeadlineClaim: the opening theme of a longer
// article, titled by a phrase of one of its paragraphs, takes the
// headline (opening_title.go), except a headline claiming what the
// article says is still to come: it is titled by the headline's subject.
func TestOpeningKeepsNoUnmadeHeadlineClaim(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{navigationFeature, "Navigation Apps"},
		{navigationReport, "The year navigation became personal"},
	} {
		x := analyseText(t, c.text)
		x.headline = "The year navigation became personal"
		x.course = x.headline
		if got := x.openingTitle([]int{1, 2, 3, 4}, "Paper Map", map[string]bool{}); got != c.want {
			t.Errorf("opening titled %q, want %q", got, c.want)
		}
	}
}
