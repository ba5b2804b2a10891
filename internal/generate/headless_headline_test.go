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

// A lead that opens on a description of its subject said once
// ("Norway's newest pop star, Kessa, has …") and names a quarrel about a
// matter the article keeps coming back to is named after the quarrel.
func TestHeadlessHeadlineIssue(t *testing.T) {
	a := analyseText(t, `Norway's newest pop star, Kessa, has sold thousands of records by bringing fjord folk songs to the clubs, but she is at the centre of a quarrel about folk songs.

Kessa grew up in a fishing village near Bergen and learned the old songs of Norway from her grandmother, who sang them while mending nets.

Critics say Kessa has stripped the songs of their meaning to please a young audience in the cities of Norway.

Her record label rejects that view and points to sales figures that have doubled in a year.

Kessa herself says the songs belong to everyone and that her grandmother would have liked the new versions.`)
	if got := a.plainCourseTitleForTest(); got != "Norway's Newest Pop Star" {
		t.Fatalf("the main-subject rules gave %q; the test expects the lead's description", got)
	}
	if got := a.courseTitle(); got != "Folk Songs Quarrel" {
		t.Fatalf("course title %q, want %q", got, "Folk Songs Quarrel")
	}
}

// A report named after its source ("BBC Wales has learned") is named
// after what its lead says happens to the thing it keeps coming back to:
// "Water rates in Wales are set to rise" gives "Water Rates Rise".
func TestHeadlessHeadlineSourceLead(t *testing.T) {
	a := analyseText(t, `Water rates in Wales are set to rise by an average of about 5% next spring, BBC Wales has learned.

Water companies will publish the final water rates in March, when the rise is expected to be more than twice the rate of inflation.

The environment minister has asked the companies to keep the rise in water rates small, but they say the cost of new pipes leaves them little choice.

Customers' groups said water rates had already gone up faster than wages for five years, and that poorer homes would struggle.

BBC Wales understands that some companies may offer help to homes on low incomes.`)
	if got := a.plainCourseTitleForTest(); got != "BBC Wales" {
		t.Fatalf("the main-subject rules gave %q; the test expects the source", got)
	}
	if got := a.courseTitle(); got != "Water Rates Rise" {
		t.Fatalf("course title %q, want %q", got, "Water Rates Rise")
	}
}

// A lead whose subject is a pronoun or an indefinite phrase gives no
// title.
func TestHeadlessHeadlineUncleanLead(t *testing.T) {
	a := analyseText(t, `It has obtained an exemption from the treaty. A group has obtained an exemption too.

The exemption covers seals. The exemption was debated.

Seals are hunted in spring. The exemption lasts a year.`)
	if got := a.leadEventTitle(); got != "" {
		t.Fatalf("lead title %q from a pronoun or an indefinite subject", got)
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
