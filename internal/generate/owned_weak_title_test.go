package generate

import "testing"

// A short report of my own on a town's bus depot: the council's plan,
// then a fire service's view of the site.
const depotReport = "The town council will move its bus depot to the old gasworks site next year.\n\n" +
	"Council leader Ann Hale said the move would free the town centre of buses at night. A council spokesman said the gasworks site had been cleared in March. The council spokesman added that forty drivers would be based there.\n\n" +
	"A spokeswoman for the county fire service said the site was too far from the fire station. The fire service wants a hydrant fitted before the buses arrive. Residents near the gasworks have asked for a noise barrier."

func TestOwnedWeakTitle(t *testing.T) {
	x := analyseText(t, depotReport)
	for _, c := range []struct {
		title string
		g     []int
		want  bool
	}{
		{"Council's Spokeswoman", []int{3}, true},  // the fire service's spokeswoman
		{"Council's Spokesman", []int{2}, false},   // "a council spokesman"
		{"Service's Spokeswoman", []int{3}, false}, // "a spokeswoman for the county fire service"
		{"Council's Hydrant", []int{3}, true},      // said in one sentence
		{"Council's Site", []int{2, 3}, false},     // said in two
		{"Hale's Promise", []int{2}, false},        // not said: what a person did
	} {
		if got := x.lateWeakTitle(c.title, c.g); got != c.want {
			t.Errorf("lateWeakTitle(%q, %v) = %v, want %v", c.title, c.g, got, c.want)
		}
	}
}

func TestProfileHeadline(t *testing.T) {
	for h, want := range map[string]bool{
		"Profile: Ann Hale":             true,
		"Profile: Sir John Marsh":       true,
		"Profile: the town's new mayor": false,
		"Ann Hale":                      false,
		"Profile: Hale":                 false,
	} {
		if got := profileHeadline(h); got != want {
			t.Errorf("profileHeadline(%q) = %v, want %v", h, got, want)
		}
	}
	if !lateHeadline("Profile: Ann Hale") || !lateHeadline("Council moves its bus depot") || lateHeadline("Bus Depot") {
		t.Error("lateHeadline: a profile and a sentence headline act, a noun phrase does not")
	}
}

// Under a profile headline, the opening of a short report titled by a
// phrase said once takes the headline.
func TestProfileOpening(t *testing.T) {
	x := analyseText(t, depotReport)
	x.headline = "Profile: Ann Hale"
	if got := x.profileOpening([]int{1, 2}, "Council's Depot", map[string]bool{}); got != "Profile: Ann Hale" {
		t.Errorf("profileOpening = %q, want the headline", got)
	}
	if got := x.profileOpening([]int{1, 2, 3}, "Council's Depot", map[string]bool{}); got != "" {
		t.Errorf("profileOpening of the whole report = %q, want none", got)
	}
	x.headline = "Council moves its bus depot"
	if got := x.profileOpening([]int{1, 2}, "Council's Depot", map[string]bool{}); got != "" {
		t.Errorf("profileOpening under a sentence headline = %q, want none (openingHeadline's)", got)
	}
}

// A possessive title of a word the opening hook says, said once more
// in another sense, is weak; a profile's opening put to another person
// is too.
func TestOwnedHookAndProfileOwner(t *testing.T) {
	x := analyseText(t, "In a quiet yard behind the station there is a fleet of retired buses.\n\n"+
		"The town council keeps the old buses for shows. Volunteers paint them each spring.\n\n"+
		"Ann Hale, who runs the volunteers, said the yard gate was locked at night. The council said the buses would stay.")
	if !x.lateWeakTitle("Council's Yard", []int{1, 2, 3}) {
		t.Error(`"Council's Yard" (the hook's yard, said once more) is not weak`)
	}
	if x.lateWeakTitle("Council's Buses", []int{1, 2, 3}) {
		t.Error(`"Council's Buses" (said in three sentences) is weak`)
	}
	x.headline = "Profile: Ann Hale"
	if !x.profileOtherOwner(0, "Council's Buses") || !x.profileOtherOwner(0, "Tom Price's Fleet") || x.profileOtherOwner(0, "Hale's Volunteers") || x.profileOtherOwner(0, "Ann Hale's Yard") || x.profileOtherOwner(1, "Council's Buses") {
		t.Error("profileOtherOwner: only an opening put to another than the profiled person")
	}
}
