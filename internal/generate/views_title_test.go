package generate

import "testing"

const viewsTitleText = `Wren ferry gets mixed welcome

The new Wren ferry has been welcomed by islanders, traders and visiting walkers.

The crossing takes twenty minutes and runs every hour from the harbour. The Wren ferry carries forty cars and three hundred people on each trip.

"It is the best thing to happen to the island in years," said Ann Bell, a shop owner. Local analysts say the Wren ferry will bring more visitors in the summer months. They believe the fares are fair for a crossing of that length.

"I think the timetable is too thin in winter," said Tom Reed, an analyst at Coast Research. He argued that the Wren ferry should run later in the evening. According to Mr Reed, the old boat was often full by noon.

One critic told the council the Wren ferry was too large for the old slipway. "It will need work on the pier within five years," he said.`

func TestViewsTitle(t *testing.T) {
	x := analyseText(t, viewsTitleText)
	x.headline = "Wren ferry gets mixed welcome"
	if got := x.viewsTitle([]int{3, 4, 5}, map[string]bool{}); got != "Analysts on the Wren ferry" {
		t.Errorf("viewsTitle = %q, want %q", got, "Analysts on the Wren ferry")
	}
	// The crossing's facts are no one's views.
	if got := x.viewsTitle([]int{2}, map[string]bool{}); got != "" {
		t.Errorf("viewsTitle of facts = %q, want none", got)
	}
	// "Reed's Slipway": the slipway is said in one sentence of nine.
	if !x.coverageWeakTitle("Reed's Slipway", []int{3, 4, 5}) {
		t.Error(`"Reed's Slipway" not weak`)
	}
	if x.coverageWeakTitle("Wren Ferry", []int{3, 4, 5}) {
		t.Error(`"Wren Ferry", said in four sentences, called weak`)
	}
}

const subjectNounText = `Harbour's long memory

The harbour office keeps its old papers in a tower by the quay.

Among the ledgers are the names of every boat that paid a mooring fee since 1790. The ledgers also record storms, wrecks and the price of fish.

The ledgers are kept in a cool room on the top floor of the Harbour tower. A clerk looks after the ledgers and answers letters from people tracing their families. She says that most visitors want to find a grandfather's boat. Some of the oldest ledgers are too fragile to open. Copies of them are now kept on film.`

func TestSubjectNounTitle(t *testing.T) {
	x := analyseText(t, subjectNounText)
	x.headline = "Harbour's long memory"
	if got := x.subjectNounTitle([]int{2, 3}, map[string]bool{}); got != "Harbour's Ledgers" {
		t.Errorf("subjectNounTitle = %q, want %q", got, "Harbour's Ledgers")
	}
	if got := x.subjectNounTitle([]int{2, 3}, map[string]bool{"harbour's ledgers": true}); got != "" {
		t.Errorf("subjectNounTitle with the title used = %q, want none", got)
	}
	// A sentence-case headline's first word is capitalised whatever it
	// is: "Some" opens a sentence of the text but is never written there
	// as a name, so it names no subject ("Some's Ledgers").
	x.headline = "Some ledgers are too old"
	if got := x.subjectNounTitle([]int{2, 3}, map[string]bool{}); got != "" {
		t.Errorf("subjectNounTitle under %q = %q, want none", x.headline, got)
	}
}

const coverageText = `Glass lamps light up the north

A new lamp maker has opened in the north.

The lamps are made of glass from the old works. Each lamp takes a day to blow. The firm sells them in its own shop. Buyers often want a lamp for a new home. The glass is cut by hand. Prices start at forty pounds.

A lamp can be fitted in any home with a plain socket. The firm hopes to sell a thousand lamps this year. It plans a second shop in the spring. Some buyers give the lamps as gifts for a home.`

// A title's head said in a fifth of its theme's sentences or more runs
// through the theme; one said in a single sentence of ten does not.
func TestCoverageWeakTitleShare(t *testing.T) {
	x := analyseText(t, coverageText)
	if n := len(x.sentencesOf([]int{2, 3})); n != 10 {
		t.Fatalf("%d sentences in the theme, want 10", n)
	}
	if x.coverageWeakTitle("Family Homes", []int{2, 3}) {
		t.Error(`"Family Homes", its head in three sentences of ten, called weak`)
	}
	if !x.coverageWeakTitle("Spring Plans", []int{2, 3}) {
		t.Error(`"Spring Plans", its head in one sentence of ten, not weak`)
	}
}
