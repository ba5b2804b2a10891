package generate

import "testing"

// A report headlined by its subject names it in every theme; a theme's
// key phrase names what is beside it: a rival named in passing, a source
// cited, a phrase of one sentence. Such a theme is titled by what it
// says of the subject: the lead by what the headline says
// ("Dunmore's Housing Goals"), another by a noun the subject owns
// ("Dunmore's Budget"), a compound it repeats ("Rent Controls").
func TestSubjectTopicTitle(t *testing.T) {
	paras := []string{
		"Housing will be the test of the year, Peter Dunmore will say as he sets out the council's housing goals for the coming term.",
		"Mr Dunmore is due to outline a series of housing goals the council will be judged on. They include doubling the number of new homes and ending the waiting list for family flats. Mr Dunmore also wants neighbouring councils to match his target for social housing.",
		"Mr Dunmore said rent controls had helped tenants in the last five years. But rent controls alone were not enough, he said. The Tenants Union will host Mr Dunmore's speech on Friday. The charity wants the city to pressure landlords.",
		"Opposition leader Sara Quist accused Mr Dunmore of cutting his budget for repairs. His budget was half what it had been in 1990, she said. Mr Dunmore said the budget would grow once the new homes were built. Mr Dunmore's critics also mentioned climate change.",
	}
	x, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	x.course = "Dunmore to outline housing goals"
	groups := [][]int{{1, 2}, {3}, {4}}
	subject := x.headlineSubject(groups)
	if subject != "Dunmore" {
		t.Fatalf("headlineSubject: got %q, want Dunmore", subject)
	}
	used := map[string]bool{}
	for _, c := range []struct {
		g     []int
		title string
		want  string
	}{
		{[]int{1, 2}, "Neighbouring Councils", "Dunmore's Housing Goals"},
		{[]int{3}, "Tenants Union", "Rent Controls"},
		{[]int{4}, "Climate Change", "Dunmore's Budget"},
	} {
		got := x.subjectTopicTitle(c.g, c.title, subject, used)
		if got != c.want {
			t.Errorf("%v %q: got %q, want %q", c.g, c.title, got, c.want)
		}
		used[got] = true
	}
	// A title that says the subject, or a term the theme says twice,
	// stays.
	for _, title := range []string{"Dunmore's Speech", "Rent Controls"} {
		if got := x.subjectTopicTitle([]int{3}, title, subject, map[string]bool{}); got != title {
			t.Errorf("%q: got %q, want it kept", title, got)
		}
	}
	// Without a headline (the course titled from the text), or with the
	// subject missing from a theme, there is no report subject.
	x.course = x.courseTitle()
	if got := x.headlineSubject(groups); got != "" {
		t.Errorf("headlineSubject of a course titled from the text: got %q", got)
	}
	x.course = "Quist attacks housing plans"
	if got := x.headlineSubject(groups); got != "" {
		t.Errorf("headlineSubject of a name in one theme: got %q", got)
	}
}

// What a report says its subject is ("Skyrunner is … an offline game")
// names no theme of it: "Skyrunner's Game" says nothing.
func TestSubjectKinds(t *testing.T) {
	x, err := analyse([]string{
		"Skyrunner is actually a fine offline game for one player. The levels are short.",
		"Skyrunner's levels are short, but the game has thirty of them.",
	})
	if err != nil {
		t.Fatal(err)
	}
	k := x.subjectKinds("Skyrunner")
	if !k[stem("game")] {
		t.Errorf("subjectKinds: %v lacks game", k)
	}
	if k[stem("levels")] || k[stem("player")] {
		t.Errorf("subjectKinds: %v holds a noun past the predicate's phrase or of a possessive", k)
	}
}

// A topic noun the article says with what it is for ("his target for
// overseas aid") or whom it counts ("the population of people using the
// ferry") is titled by that phrase where the theme says the other noun
// too: "Aid Targets", "Ferry Users", not "Dunmore's Target" or
// "Dunmore's Growing Population", words of one phrase. A noun "for" the
// headline's own word ("extensions for the ferry") stays the subject's.
func TestTopicModifier(t *testing.T) {
	paras := []string{
		"The ferry must run all year, Peter Dunmore will say as he sets out his target for overseas aid and his plans for the harbour.",
		"Mr Dunmore wants other councils to match his target for overseas aid. Mr Dunmore said the ferry was ready.",
		"No council has reached this target, and aid budgets are half their old levels. Critics accused Mr Dunmore of missing his target on harbour repairs. There is no point in setting a raft of targets, they said, while the ferry is late.",
		"A survey has charted the growing population of people using the harbour ferry. In July the car using population fell. Mr Dunmore said the ferry would add a night crossing.",
	}
	x, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	x.course = "Dunmore to outline harbour plans"
	subject := x.headlineSubject([][]int{{1, 2}, {3}, {4}})
	if subject != "Dunmore" {
		t.Fatalf("headlineSubject: got %q, want Dunmore", subject)
	}
	used := map[string]bool{}
	for _, c := range []struct {
		g     []int
		title string
		want  string
	}{
		{[]int{3}, "Aid Budgets", "Aid Targets"},
		{[]int{4}, "Night Crossing", "Ferry Users"},
	} {
		got := x.subjectTopicTitle(c.g, c.title, subject, used)
		if got != c.want {
			t.Errorf("%v %q: got %q, want %q", c.g, c.title, got, c.want)
		}
		used[got] = true
	}
	stems := map[string]bool{stem("aid"): true, stem("ferry"): true}
	if got := x.topicModifier(stem("target"), "target", map[string]bool{}); got != "" {
		t.Errorf("topicModifier with the modifier unsaid in the theme: got %q", got)
	}
	if got := x.topicModifier(stem("target"), "targets", stems); got != "aid targets" {
		t.Errorf("topicModifier(targets): got %q, want aid targets", got)
	}
	x2, err := analyse([]string{"Hundreds of extensions for the ferry have been made."})
	if err != nil {
		t.Fatal(err)
	}
	x2.course = "Dunmore ferry to run all year"
	if got := x2.topicModifier(stem("extensions"), "extensions", stems); got != "" {
		t.Errorf("topicModifier of a noun for the headline's word: got %q", got)
	}
}

// A theme that names two of a kind the subject does not own ("the
// Slammer worm", "the Welchia worm") is titled by them, not
// "<Subject>'s Worm".
func TestNamedInstances(t *testing.T) {
	paras := []string{
		"Flood barriers on the Dunmore river could soon fail more often, engineers have warned. Mr Dunmore's council owns the barriers.",
		"In March the Ketter storm closed the Dunmore barriers for a week. In May the Ashby storm did the same, and Mr Dunmore said the barriers would be raised.",
		"Peter Dunmore said the barriers were safe. Mr Dunmore said the river was lower than it had been.",
	}
	x, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	x.course = "Dunmore barriers to be raised"
	got := namedInstances(x.sentencesOf([]int{2}), stem("storm"), "Dunmore")
	if len(got) != 2 || got[0] != "Ketter" || got[1] != "Ashby" {
		t.Errorf("namedInstances: got %v, want [Ketter Ashby]", got)
	}
	if got := namedInstances(x.sentencesOf([]int{2}), stem("barriers"), "Dunmore"); len(got) != 0 {
		t.Errorf("namedInstances of the subject's barriers: got %v, want none", got)
	}
	for w, want := range map[string]string{"worm": "worms", "policy": "policies", "box": "boxes", "glass": "glasses", "days": "days"} {
		if got := pluralOf(w); got != want {
			t.Errorf("pluralOf(%q): got %q, want %q", w, got, want)
		}
	}
}
