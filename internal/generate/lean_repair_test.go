package generate

import (
	"strings"
	"testing"
)

// leanShown runs withLeanContext on a true statement of the sentence
// last of text and returns its prompt and whether it is proposed.
func leanShown(t *testing.T, text, last string) (string, bool) {
	t.Helper()
	x := analyseText(t, text)
	items := []item{*trueItem(sentenceWith(t, x, last))}
	items[0].proposed = true
	x.withLeanContext(items, Options{})
	return items[0].q.Prompt, items[0].proposed
}

// "Ms Marsh said the survey …" after "Gadget Weekly's printer survey
// ran …": the survey is given its fuller description and the speaker
// her full name and role, where a quotation of the sentence before was
// put before the statement.
func TestLeanRepairDescriptionAndSpeaker(t *testing.T) {
	intro := "Lena Marsh, chief tester at Gadget Weekly, compared twelve home printers."
	survey := "Gadget Weekly's printer survey ran for six months."
	said := "Ms Marsh said the survey found that cheap inks faded within a year."
	got, proposed := leanShown(t, intro+" "+survey+" "+said, said)
	want := "True or false? Lena Marsh, chief tester at Gadget Weekly, said Gadget Weekly's printer survey found that cheap inks faded within a year."
	if got != want || !proposed {
		t.Errorf("got %q (proposed %v)\nwant %q", got, proposed, want)
	}
	if strings.Contains(got, "The article says") {
		t.Errorf("quoted preamble: %q", got)
	}
}

// "…, it organised a _____" after a sentence opening on a group's name
// with its short form: the card names the group.
func TestLeanRepairPronounGroup(t *testing.T) {
	group := "Riverside Tenants Against Eviction (RTAE) met on Monday to agree a plan."
	march := "After the closure of the library, it organised a silent vigil outside the town hall."
	x := analyseText(t, "A council has voted to sell two public buildings. "+group+" "+march)
	items := []item{clozeItem(sentenceWith(t, x, march), "silent vigil")}
	x.withLeanContext(items, Options{})
	if got, want := items[0].c.Front, "After the closure of the library, Riverside Tenants Against Eviction organised a _____ outside the town hall."; got != want || !items[0].proposed {
		t.Errorf("got %q (proposed %v)\nwant %q", got, items[0].proposed, want)
	}
}

// "the plans" after "The proposals, …": no safe fuller description,
// so the statement is held back rather than given the sentence before.
func TestLeanRepairHeldWithoutRepair(t *testing.T) {
	plans := "The proposals, which the Green Party drew up last spring, would not apply to short visits."
	said := "Mr Grant said the plans were modelled on rules already used in Norway."
	got, proposed := leanShown(t, "Alan Grant, the party's transport spokesman, spoke in Leeds. "+plans+" "+said, said)
	if proposed || strings.Contains(got, "The article says") {
		t.Errorf("got %q (proposed %v), want it held back unquoted", got, proposed)
	}
}

// "Mr Penrose" whom the article never names in full: a statement about
// him cannot be understood, and is held back; once the article gives
// his full name, it is not.
func TestLeanRepairHeldForUnnamedTitle(t *testing.T) {
	plan := "The minister set out a points system for skilled workers on Monday."
	said := "Mr Penrose said engineers and nurses would gain most from points."
	for _, c := range []struct {
		opening string
		want    bool
	}{
		{"Ministers want fewer unskilled migrants. ", false},
		{"Hugo Penrose spoke for the opposition. ", true},
	} {
		got, proposed := leanShown(t, c.opening+plan+" "+said, said)
		if proposed != c.want {
			t.Errorf("after %q: %q proposed %v, want %v", c.opening, got, proposed, c.want)
		}
	}
}

// Openers that count or set aside what the sentences before raised:
// "On the second question, …", "Legends aside, …". Not an opener that
// says which ("On the question of cost, …") or "aside" later on.
func TestNeedsContextCountingOpeners(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"On the second question, most scholars now agree that the landing was planned.", true},
		{"As to the other point, the council said the road would stay open.", true},
		{"Legends aside, the sailor left Lisbon with thirteen ships in March.", true},
		{"All the old rumours aside, the mill closed in 1921.", true},
		{"On the question of cost, the council said the road would stay open.", false},
		{"Dunmore council set the bridge plan aside in 1998 and built a school.", false},
	} {
		x := analyseText(t, c.text)
		if got := needsContext(x.sents[0]); got != c.want {
			t.Errorf("needsContext(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// "Mrs Quinn's son" where the article gives "publisher Kimberly Quinn",
// and "Mr Justice Harrison", a judge named by the office: neither is a
// person the article never names.
func TestUnnamedTitledPossessiveAndOffice(t *testing.T) {
	x := analyseText(t, "The case was brought by publisher Maria Tolland against a former partner. A hearing on Mrs Tolland's claim was set for May.")
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The court heard Mrs Tolland's lawyers on Monday.", false},
		{"Mr Justice Harrison refused the appeal.", false},
		{"Mr Okafor refused the appeal.", true},
	} {
		if got := x.unnamedTitled(c.text); got != c.want {
			t.Errorf("unnamedTitled(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// With All, the repair is written as without it, and an item with no
// repair is proposed as it was, unquoted.
func TestLeanRepairWithAll(t *testing.T) {
	intro := "Lena Marsh, chief tester at Gadget Weekly, compared twelve home printers."
	survey := "Gadget Weekly's printer survey ran for six months."
	said := "Ms Marsh said the survey found that cheap inks faded within a year."
	x := analyseText(t, intro+" "+survey+" "+said)
	items := []item{*trueItem(sentenceWith(t, x, said))}
	items[0].proposed = true
	x.withLeanContext(items, Options{All: true})
	if got, want := items[0].q.Prompt, "True or false? Lena Marsh, chief tester at Gadget Weekly, said Gadget Weekly's printer survey found that cheap inks faded within a year."; got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	plans := "The proposals, which the Green Party drew up last spring, would not apply to short visits."
	rules := "Mr Grant said the plans were modelled on rules already used in Norway."
	x = analyseText(t, "Alan Grant, the party's transport spokesman, spoke in Leeds. "+plans+" "+rules)
	items = []item{*trueItem(sentenceWith(t, x, rules))}
	items[0].proposed = true
	x.withLeanContext(items, Options{All: true})
	if got := items[0].q.Prompt; got != "True or false? "+rules || !items[0].proposed {
		t.Errorf("got %q (proposed %v), want it as it was", got, items[0].proposed)
	}
}

// "there" standing for a place the sentence before named leans on it;
// an existential "There is" does not (a blind judge: "'Ends up there'
// needs the previous sentence").
func TestNeedsContextThere(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"A third of the town's waste ends up there, according to the council in Dunmore.", true},
		{"Most of the volunteers working there are retired teachers from the villages around Dunmore.", true},
		{"In Dunmore there is a large rubbish dump beside the river, the council's maps show.", false},
		{"Since the floods of 1998 there have been no barges on the canal to Dunmore.", false},
	} {
		x := analyseText(t, c.text)
		if got := needsContext(x.sents[0]); got != c.want {
			t.Errorf("needsContext(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// "that's" standing for what the sentence before said leans on it; after
// a noun it may open a relative clause.
func TestNeedsContextThatIs(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The head of the ferry company in Dunmore believes that's about to change within five years.", true},
		{"That’s comparable to the number of barges that used the canal to Dunmore in 1998.", true},
		{"The ferry to Dunmore is the one route that's still run by the council every winter.", false},
		{"The ferry runs twice a day in winter – that’s half as often as in the summer months.", false},
		{"With a ticket costing around £3, that means a family of four pays £12 to cross to Dunmore.", true},
		{"That meant the ferry to Dunmore could run only twice a day in the winter months.", true},
		{"The council said that means testing would decide who crosses to Dunmore for free.", false},
	} {
		x := analyseText(t, c.text)
		if got := needsContext(x.sents[0]); got != c.want {
			t.Errorf("needsContext(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
