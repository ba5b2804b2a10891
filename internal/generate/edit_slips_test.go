package generate

import (
	"strings"
	"testing"
)

// Sentences of my own on a port's recovery, each with a word or phrase
// an item leaves out, checked for what the leaving out leaves behind.

func TestInnerConnectiveBeforeObject(t *testing.T) {
	x := analyseText(t, "The port of Wenna reopened in May after the storm. "+
		"Suppose, for example, that every trawler in the harbour paid a fee into a repair fund. "+
		"The board showed caution when deciding, for example, whether to rebuild the north pier. "+
		"The storm changed public opinion in, for instance, the county town. "+
		"In the county town, for example, the council raised its harbour tax.")
	cases := map[string]string{
		"Suppose, for example,": "Suppose that every trawler in the harbour paid a fee into a repair fund.",
		"when deciding":         "The board showed caution when deciding whether to rebuild the north pier.",
		"opinion in":            "The storm changed public opinion in the county town.",
		// An opening phrase keeps its comma.
		"In the county town": "In the county town, the council raised its harbour tax.",
	}
	for sub, want := range cases {
		s := sentenceWith(t, x, sub)
		got, ok := applyEdits(s.text, innerConnectiveEdits(s))
		if !ok || got != want {
			t.Errorf("%q:\n got %q (%v)\nwant %q", sub, got, ok, want)
		}
	}
}

func TestRelativeTimeLeavesNoSlip(t *testing.T) {
	cases := map[string]string{
		// One of a pair of times stays with its pair.
		"The harbour board hopes for £2m in grants to get through this year and next.": "The harbour board hopes for £2m in grants to get through this year and next.",
		// The possessive goes with the time.
		"Among trawler crews, 28% doubt they can pay next month’s mooring fees.": "Among trawler crews, 28% doubt they can pay the mooring fees.",
		// Set off by commas, it takes one of them.
		"Because of the storm and, since last year, higher fuel prices, the fleet has shrunk.": "Because of the storm and higher fuel prices, the fleet has shrunk.",
		// The participle it dated goes with it.
		"In a report published this month, the harbour board counted 40 boats lost.": "In a report, the harbour board counted 40 boats lost.",
		// An opening time without its comma: the next word opens.
		"Last year the harbour board surveyed 200 boats.": "The harbour board surveyed 200 boats.",
		// A plain time still goes alone.
		"The board said this week that the pier would reopen.": "The board said that the pier would reopen.",
	}
	for in, want := range cases {
		got, _ := applyEdits(in, relativeTimes(in))
		if got != want {
			t.Errorf("%q:\n got %q\nwant %q", in, got, want)
		}
	}
}

func TestNamedKindNotGuessed(t *testing.T) {
	x := analyseText(t, "Researchers at the Wenna Centre for Marine Climate Research studied the storm. "+
		"Jan Oke, a Cornish opposition leader, blamed the harbour board. "+
		"A storm battered Tresco Island in 2018. "+
		"Boat owners with moorings in Penzance moved their boats off the island before the storm. "+
		"Part of the damage came from natural swings in the climate. "+
		"Broadcasters linked to the opposition were fined.")
	for _, sub := range []string{"off the island", "swings in the climate", "linked to the opposition"} {
		s := sentenceWith(t, x, sub)
		if e := x.namedKindEdits(s); len(e) != 0 {
			t.Errorf("%q: edits %v", sub, e)
		}
	}
	s := sentenceWith(t, x, "off the island")
	if _, full, _ := x.earlierIntroFix(x.subjectIntros(), s, s.text); full != "" {
		t.Errorf("island named %q in a sentence naming Penzance", full)
	}
	// The one island named before, with no place in the sentence, is
	// still put in.
	y := analyseText(t, "A storm battered Tresco Island in 2018. Boat owners moved their boats off the island before the storm.")
	s = sentenceWith(t, y, "off the island")
	if got, _ := applyEdits(s.text, y.namedKindEdits(s)); got != "Boat owners moved their boats off Tresco Island before the storm." {
		t.Errorf("island not named: %q", got)
	}
}

func TestVerbTailBlank(t *testing.T) {
	x := analyseText(t, "The port of Wenna lost half its fleet in the storm. "+
		"Harbour fees at the smaller ports vary widely, and rates of infection vary wildly among the crews. "+
		"The strongest boats stayed at sea while the rest fall by the wayside. "+
		"Trade shows in Truro drew buyers from the whole county. "+
		"Councillors across the county doubt its value, and the harbour board gave the fishing fleet its own berths.")
	for _, c := range []struct {
		sub, answer string
		half        bool
	}{
		{"rates of infection", "infection vary", true},
		{"the rest fall", "rest fall", true},
		{"Trade shows in Truro", "Trade shows", false},
		// A noun read after a noun, with a possessive after it, is a
		// verb; a verb's first object before its second is not.
		{"Councillors across", "county doubt", true},
		{"the fishing fleet its", "fishing fleet", false},
	} {
		s := sentenceWith(t, x, c.sub)
		sp := &span{sent: s, kind: kTerm, text: c.answer}
		sp.start = strings.Index(s.text, c.answer)
		sp.end = sp.start + len(c.answer)
		if got := verbTail(s, sp); got != c.half {
			t.Errorf("%q: verbTail %v, want %v", c.answer, got, c.half)
		}
	}
}

func TestRoleNotCutInsideItsClause(t *testing.T) {
	x := analyseText(t, "Jan Oke, a harbour master who, as head of the board, awarded the pier contract, resigned in May. "+
		"Mr Oke has denied any wrongdoing. "+
		"Ana Reis, head of the fishermen's union, welcomed the news.")
	if r := x.roleOf("Jan Oke"); r != "" {
		t.Errorf("role %q cut inside its clause", r)
	}
	if r := x.roleOf("Ana Reis"); r != "head of the fishermen's union" {
		t.Errorf("role of Ana Reis: %q", r)
	}
}

func TestTitledSurnameFirst(t *testing.T) {
	x := analyseText(t, "Takeda Aiko became Japan's trade minister in March. "+
		"Ms Takeda has promised to cut tariffs on rice. "+
		"Mr Howard said the plan would fail. "+
		"The Ford Foundation paid for the study, and Mr Ford welcomed it.")
	if x.unnamedTitled("Ms Takeda has promised to cut tariffs on rice.") {
		t.Errorf("Ms Takeda read as unnamed after Takeda Aiko")
	}
	if !x.unnamedTitled("Mr Howard said the plan would fail.") {
		t.Errorf("Mr Howard read as named")
	}
	if !x.unnamedTitled("Mr Ford welcomed it.") {
		t.Errorf("Mr Ford named by the Ford Foundation")
	}
}
