package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// unshownText is a report of our own whose sentences stand for what the
// sentences before them say, in the ways unshownReferent reads, beside
// sentences of the same shapes that read alone.
const unshownText = `Ferry batteries

Tarn Ferries bought its first electric boat in 2015. Fares rose by much the same as wages. In 2015, by one count, that battery sold for about £400 per kilowatt-hour. Lithium cells have since become much cheaper. Even before these were tested at sea, the firm ordered six boats.

Two things held the firm back. The first concerns the cost of the charging points, which the council must approve. The second obstacle was the island's weak power grid. On the second, longer-term plan, the boats will charge overnight.

The firm's diesel boats are old. A modern one can cross to Mirel in twenty minutes. As the skipper explains, heavy ones like the car ferry need a bigger charger at the pier.

The harbour council took a similar view of the plan, calling for a depot by 2027. Islanders need a similarly strong case for the new berths. A mere four years later the depot had opened. Its chairman subsequently left the council. The port of Skel could do the same. Harbour experts reckon that power might run short in winter. Big towns are building depots, and small ones are sharing them. To the extent that power runs short, the boats will wait.

Certainly, the harbour has room for two more boats. In fact the depot sits on the old coal wharf. Harbours in Oslo and Bergen have a similar layout to Tarn's. Skel, which opened a similar depot, charges its boats at night. The ferries and the buses both run on power from these turbines. New boats were bought, but these will not arrive until 2027. The first electric ferry in Europe sailed in Norway.`

func TestUnshownReferent(t *testing.T) {
	x := analyseText(t, unshownText)
	cases := []struct {
		sub, phrase string
		drop        bool
	}{
		{"that battery sold", "that battery", false},
		{"Even before these were", "these were", false},
		{"The first concerns", "The first concerns", false},
		{"The second obstacle", "The second obstacle", false},
		{"On the second, longer-term", "the second,", false},
		{"A modern one can", "A modern one", false},
		{"heavy ones like", "heavy ones", false},
		{"took a similar view", "a similar view", false},
		{"similarly strong case", "similarly strong", false},
		{"A mere four years later", "four years later", false},
		{"subsequently left", "", false},
		{"experts reckon that", "", false},
		{"small ones are sharing", "", false},
		{"To the extent that", "", false},
		{"could do the same", "do the same", false},
		{"Certainly, the harbour", "Certainly, ", true},
		{"In fact the depot", "In fact ", true},
		// Sentences of the same shapes that say what they speak of.
		{"Harbours in Oslo and Bergen", "", false},
		{"Skel, which opened", "", false},
		{"from these turbines", "", false},
		{"but these will not", "", false},
		{"The first electric ferry", "", false},
		{"Tarn Ferries bought", "", false},
		{"much the same as wages", "", false},
	}
	for _, c := range cases {
		s := sentenceWith(t, x, c.sub)
		phrase, drop := unshownReferent(s, "True or false? "+s.text)
		if phrase != c.phrase || drop != c.drop {
			t.Errorf("%q: got (%q, %v), want (%q, %v)", c.sub, phrase, drop, c.phrase, c.drop)
		}
	}
}

// TestWithUnshownReferents: a card whose front leans on what only the
// sentence before shows is held back; a true statement with the same
// lean is kept where the sentence before will lead it, and held back
// where it opens its paragraph; an opening that adds nothing is left out.
func TestWithUnshownReferents(t *testing.T) {
	x := analyseText(t, unshownText)
	statement := func(sub string) item {
		it := trueItem(sentenceWith(t, x, sub))
		it.proposed = true
		return *it
	}
	card := sentenceWith(t, x, "that battery sold")
	items := []item{
		{sent: card, c: &quiz.Card{Front: "In 2015, by one count, that battery sold for about _____ per kilowatt-hour.", Back: "£400"}, answer: "£400", rule: "cloze-card/money", proposed: true},
		statement("The first concerns"),
		statement("Certainly, the harbour"),
		statement("took a similar view"),
		// Two more the theme proposes: it can spare the items held.
		statement("Tarn Ferries bought"),
		statement("The first electric ferry"),
	}
	x.withUnshownReferents(items, Options{})
	if items[0].proposed {
		t.Errorf("card kept: %q", items[0].c.Front)
	}
	if !items[1].proposed {
		t.Errorf("statement with a lead held back: %q", items[1].q.Prompt)
	}
	if !items[2].proposed || items[2].q.Prompt != "True or false? The harbour has room for two more boats." {
		t.Errorf("opening not left out: proposed %v, %q", items[2].proposed, items[2].q.Prompt)
	}
	if items[3].proposed {
		t.Errorf("statement opening its paragraph, with no lead, kept: %q", items[3].q.Prompt)
	}
	// The lead the kept statement takes says what "The first" counts.
	x.withStatementLeads(items)
	if lead, _ := quiz.SplitLead(items[1].q.Prompt); lead != "Two things held the firm back." {
		t.Errorf("lead %q", lead)
	}
}

// TestUnshownReferentSpared: a theme that would fall under four items,
// with nothing to take the held item's place, keeps it as it is.
func TestUnshownReferentSpared(t *testing.T) {
	x := analyseText(t, unshownText)
	themed := func(sub string, proposed bool) item {
		it := trueItem(sentenceWith(t, x, sub))
		it.q.Theme, it.proposed, it.score = "ferries", proposed, 0.6
		return *it
	}
	var items []item
	for _, sub := range []string{"took a similar view", "Tarn Ferries bought", "The first electric ferry", "Lithium cells have since"} {
		items = append(items, themed(sub, true))
	}
	x.withUnshownReferents(items, Options{})
	if !items[0].proposed {
		t.Errorf("held back, leaving its theme three items and nothing to refill it: %q", items[0].q.Prompt)
	}
	// With a draft the refill could propose instead, it is held back.
	items = append(items, themed("The ferries and the buses", false))
	x.withUnshownReferents(items, Options{})
	if items[0].proposed {
		t.Errorf("kept although the theme has a draft to refill it: %q", items[0].q.Prompt)
	}
}

// TestNoLeadThatLeans: a sentence whose words stand for what only the
// sentences before show is no lead: "In 2015, by one count, that battery
// sold for …" does not say which battery.
func TestNoLeadThatLeans(t *testing.T) {
	x := analyseText(t, unshownText)
	it := trueItem(sentenceWith(t, x, "Lithium cells have since"))
	it.proposed = true
	items := []item{*it}
	x.withStatementLeads(items)
	if lead, _ := quiz.SplitLead(items[0].q.Prompt); lead != "" {
		t.Errorf("lead %q", lead)
	}
}
