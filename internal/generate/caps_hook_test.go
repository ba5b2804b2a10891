package generate

import (
	"strings"
	"testing"
)

// A magazine's opening hook, in small capitals, gives no item; the
// sentences after it, and a news report's lead, do (texts of our own of
// the kinds the Economist sets' judges rejected: "The phone on Wang
// Xiaoying's desk rings incessantly …", TRIVIA, both judges).
func TestCapsHookHeldBack(t *testing.T) {
	magazine := strings.Join([]string{
		"Port Wenna's harbour is silting up",
		"The town may have to dredge it every year",
		"THE FERRY to the island sat on the mud for three hours in May 2019, with 200 passengers aboard. The harbour board says silt has raised the floor of the channel by two metres since 1990.",
		"Dredging the channel would cost the town about £4m a year, the board says. The council has asked the government to pay half of that cost.",
	}, "\n\n")
	x := analyseText(t, magazine)
	if s := sentenceWith(t, x, "The ferry to the island"); !x.capsHook(s) {
		t.Errorf("%q: the opening hook is not held back", s.text)
	}
	if s := sentenceWith(t, x, "The harbour board says silt"); x.capsHook(s) {
		t.Errorf("%q: the sentence after the hook is held back", s.text)
	}
	news := strings.Join([]string{
		"Ferry stranded in Port Wenna",
		"The ferry to the island sat on the mud for three hours on Tuesday after silt blocked the channel. The harbour board says silt has raised the floor of the channel by two metres since 1990.",
		"Dredging the channel would cost the town about £4m a year, the board says.",
	}, "\n\n")
	y := analyseText(t, news)
	if s := sentenceWith(t, y, "The ferry to the island"); y.capsHook(s) {
		t.Errorf("%q: a news report's lead is held back", s.text)
	}
	res, err := Generate(magazine, Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Drafts {
		if strings.Contains(d.Sentence, "sat on the mud") {
			t.Errorf("drafted from the hook: %s", promptOf(d))
		}
	}
}

// A hook whose capitals hold a date or a year, or close a quotation, is
// a hook too ("ON MARCH 11TH policymakers took decisive action …", "BY
// 1927 PEOPLE began to descend on …", "“MORE EUROPE” is the …": every
// verdict on such items in the Economist sets 146 to 165 rejected them);
// an abbreviation opening a news report's lead is not.
func TestCapsHookWithFigureOrQuote(t *testing.T) {
	for _, hook := range []string{
		"ON MAY 12TH the ferry to the island sat on the mud for three hours.",
		"BY 1990 FERRIES had stopped calling at the old quay on the island.",
		"“SILT HAPPENS” is the harbour master's motto, painted on his office door.",
	} {
		x := analyseText(t, "Port Wenna's harbour is silting up\n\n"+
			"The town may have to dredge it every year\n\n"+
			hook+" The harbour board says silt has raised the floor of the channel by two metres since 1990.\n\n"+
			"Dredging the channel would cost the town about £4m a year, the board says.")
		if s := x.paras[1].sents[0]; !x.capsHook(s) {
			t.Errorf("%q: the opening hook is not held back", s.text)
		}
		if s := sentenceWith(t, x, "The harbour board says silt"); x.capsHook(s) {
			t.Errorf("%q: the sentence after the hook is held back", s.text)
		}
	}
	x := analyseText(t, "Port Wenna's harbour is silting up\n\n"+
		"US GDP figures say little about Port Wenna, where silt has raised the floor of the channel by two metres since 1990.\n\n"+
		"Dredging the channel would cost the town about £4m a year, the board says.")
	if s := x.paras[0].sents[0]; x.capsHook(s) {
		t.Errorf("%q: an abbreviation was taken for a hook", s.text)
	}
}
