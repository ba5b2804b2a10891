package generate

import "testing"

// A headline-less report whose course title is a bare place is named
// from its lead: the subject with the event it obtained.
func TestHeadlessHeadlineLeadEvent(t *testing.T) {
	a := analyseText(t, `A bitter quarrel with consequences for fishing rules across the region has broken out over the right of Freedonia's island villages to hunt seals on the ice. Freedonia has obtained an exemption from the northern sealing treaty, allowing its villagers to hunt a limited number of seals each spring.

The exemption followed a year of talks in which Freedonia argued that the hunt was part of the villages' way of life for centuries.

Several neighbouring countries objected, saying that any exemption would weaken a treaty that took a decade to agree.

Freedonia's fisheries minister said the villages would keep to a strict quota and report every seal taken to the treaty office.

Campaigners for the seals said they would watch the ice closely and that Freedonia would be held to its promise.`)
	if got := a.plainCourseTitleForTest(); got != "Freedonia" {
		t.Fatalf("the main-subject rules gave %q; the test expects the bare place", got)
	}
	if got := a.courseTitle(); got != "Freedonia's Exemption" {
		t.Fatalf("course title %q, want %q", got, "Freedonia's Exemption")
	}
}

// A lead that opens on a description of its subject and names it after
// a comma ("Norway's newest pop star, Kessa, has …") is named after that
// name, not the description said once.
func TestHeadlessHeadlineAppositive(t *testing.T) {
	a := analyseText(t, `Norway's newest pop star, Kessa, has sold thousands of records by bringing fjord folk songs to the clubs, but her lyrics have started a quarrel among critics.

Kessa grew up in a fishing village near Bergen and learned the old songs of Norway from her grandmother, who sang them while mending nets.

Critics say Kessa has stripped the songs of their meaning to please a young audience in the cities of Norway.

Her record label rejects that view and points to sales figures that have doubled in a year.

Kessa herself says the songs belong to everyone and that her grandmother would have liked the new versions.`)
	if got := a.plainCourseTitleForTest(); got != "Norway's Newest Pop Star" {
		t.Fatalf("the main-subject rules gave %q; the test expects the lead's description", got)
	}
	if got := a.courseTitle(); got != "Kessa" {
		t.Fatalf("course title %q, want %q", got, "Kessa")
	}
}

// A strong course title stays: a person the report is about, and a title
// given by a headline.
func TestHeadlessHeadlineKeepsStrongTitles(t *testing.T) {
	a := analyseText(t, `Sir Tom Hale will retire as head coach of Millbrook Rovers at the end of the season after twenty years in charge.

Hale took over when the club was bottom of the fourth tier and led it to three promotions.

The club said Hale would stay on as a director and help choose his successor.

Players said Hale had been like a father to many of them and that the dressing room would miss him.`)
	if got := a.courseTitle(); got != a.plainCourseTitleForTest() {
		t.Fatalf("course title %q changed from %q", got, a.plainCourseTitleForTest())
	}
	b := analyseText(t, `A bitter quarrel with consequences for fishing rules across the region has broken out over the right of Freedonia's island villages to hunt seals on the ice. Freedonia has obtained an exemption from the northern sealing treaty, allowing its villagers to hunt a limited number of seals each spring.

The exemption followed a year of talks in which Freedonia argued that the hunt was part of the villages' way of life for centuries.

Several neighbouring countries objected, saying that any exemption would weaken a treaty that took a decade to agree.

Freedonia's fisheries minister said the villages would keep to a strict quota and report every seal taken to the treaty office.

Campaigners for the seals said they would watch the ice closely and that Freedonia would be held to its promise.`)
	b.headline = "Seal hunt exemption angers neighbours"
	if got := b.headlessHeadline("Freedonia"); got != "Freedonia" {
		t.Fatalf("with a headline, course title %q, want it kept", got)
	}
}

// plainCourseTitleForTest is the course title the main-subject rules give.
func (a *article) plainCourseTitleForTest() string { return plainTitle(a.courseTitleOf()) }
