package generate

import "testing"

// A person the lead sets the scene with and the article never names
// after its opening quarter is not what the article is about: the course
// is named after the matter it keeps returning to.
func TestHeadlessHeadlineOpeningName(t *testing.T) {
	a := analyseText(t, `At the end of the quay in Kettlewick stands a statue of the port's founder, a stubborn shipbuilder called Tobias Wren. The old man looks out across the harbour towards the grey sea.

Wren built the quay and the first warehouses two centuries ago, when the herring came in every autumn.

The town has grown quiet since then, and the harbour is empty for most of the winter months.

Last spring three computer-controlled mirrors were set on the cliff above the town to send sunlight down on to the quay.

"It is like summer," says one retired teacher, lifting her face to the light on the quay.

Engineers say the computer-controlled mirrors follow the sun across the sky and turn every few seconds.

Fishermen were doubtful at first, but most now say the light has brought people back to the quay.

The council paid for the work with money from a local bank and from visitors who come to see the light.

Other dark towns in the valleys have asked the engineers how much such a project would cost.`)
	plain := a.plainCourseTitleForTest()
	if plain != "Tobias Wren" {
		t.Fatalf("the main-subject rules gave %q; the test expects the founder", plain)
	}
	if !a.openingOnly(plain) {
		t.Fatalf("%q is said only in the opening", plain)
	}
	if got := a.courseTitle(); got != "Computer-controlled Mirrors" {
		t.Fatalf("course title %q, want %q", got, "Computer-controlled Mirrors")
	}
}

// A key phrase said in one paragraph gives way to the name the article
// gives the common noun it keeps returning to.
func TestHeadlessHeadlineRunningName(t *testing.T) {
	a := analyseText(t, `Norland is the best country for cyclists and Vardia the worst, but wealth does not always mean safer roads, according to the first world index of cycling.

The Open Roads index ranks forty countries by their lanes, their laws and the deaths of riders on their streets.

Some small countries do well: the index puts two of them in its top ten, ahead of far richer neighbours.

The index was built with the help of cycling clubs and road engineers in every country it ranks.

In the poorest countries few riders wear helmets, and the index gives them low marks for safety.

The authors of the index say it will be published again every two years.`)
	plain := a.plainCourseTitleForTest()
	if !a.termInOneParagraph(plain) {
		t.Fatalf("the main-subject rules gave %q; the test expects a phrase said in one paragraph", plain)
	}
	if got := a.courseTitle(); got != "Open Roads Index" {
		t.Fatalf("course title %q, want %q", got, "Open Roads Index")
	}
}
