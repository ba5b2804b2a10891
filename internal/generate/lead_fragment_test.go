package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// Leads that are pieces of the sentences around them, and words that
// answer the sentence before, in sentences of our own of the kinds blind
// judges of held-out sets 346 to 365 asked to have dropped: a quoted lead
// whose demonstrative stands for what came before ("these bring", "that
// had risen", "Because this is …"), "the only one", a lead opening on
// "Including"; an "indeed" after an auxiliary and an "instead" between a
// subject and its verb; and a statement that opens "Contrast this with".

func TestLeadFragment(t *testing.T) {
	x := analyseText(t, "The harbour board sells berths to yacht owners. "+
		"A consultancy, Tide Research, estimates that these bring the board twice as much as its ferries. "+
		"The board's income from berths was 2% of its total in 2015. "+
		"By 2024 that had risen to 9%. "+
		"Gulls nest on most of the island's cliffs. "+
		"The puffin is the only one to nest on the north stack. "+
		"Several qualities set the stack apart. "+
		"Including, as the warden told the council, its steep and crumbling rock. "+
		"Because this is not about money. "+
		"The warden counted 310 puffin burrows in May. "+
		"These figures please the board. "+
		"The board says those berths will be sold by June. "+
		"Yacht owners who moor there pay by the night.")
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"estimates that these bring", true},
		{"By 2024 that had risen", true},
		{"the only one to nest", true},
		{"Including, as the warden", true},
		{"Because this is not", true},
		// A demonstrative before its noun, or "that" opening a
		// clause, is no piece of another sentence.
		{"The warden counted 310", false},
		{"The board says those berths", false},
		{"Yacht owners who moor there", false},
		{"Gulls nest on most", false},
	} {
		s := sentenceWith(t, x, c.sent)
		if got := leadFragment(s); got != c.want {
			t.Errorf("leadFragment(%q) = %v, want %v", s.text, got, c.want)
		}
	}

	// Drafting: in the report TestStatementLeads drafts, the statement
	// on the council's vote is led by the sentence on the wharf; where
	// that sentence stands for the one before it ("By 1998 that had stood
	// empty …"), the statement takes no lead.
	leadFor := func(text, stmt string) string {
		t.Helper()
		x := analyseText(t, text)
		items := trueStatements(x)
		x.withStatementLeads(items)
		for i := range items {
			if items[i].sent.text == stmt {
				lead, _ := quiz.SplitLead(items[i].q.Prompt)
				return lead
			}
		}
		t.Fatalf("no item on %q", stmt)
		return ""
	}
	vote := "Councillors will vote on the request in June, after a public meeting in the town hall."
	wharf := "The council owns the old coal wharf beside the station, which has stood empty since 1998."
	if got := leadFor(leadText, vote); got != wharf {
		t.Errorf("lead before the vote = %q, want %q", got, wharf)
	}
	fragment := strings.Replace(leadText, wharf, "By 1998 that had stood empty for a decade.", 1)
	if got := leadFor(fragment, vote); got != "" {
		t.Errorf("lead before the vote = %q, want none after a fragment", got)
	}
}

func TestIndeedInsteadLeftOut(t *testing.T) {
	x := analyseText(t, "Critics say the island's ferry is slow and dear.\n\n"+
		"The ferry does indeed take longer than the bus. "+
		"Fares should indeed fall once the new boat arrives. "+
		"When the storm closed the harbour, the council instead hired a fishing boat. "+
		"The council hired a fishing boat instead of a tug. "+
		"Indeed the harbour master has said so.")
	for _, c := range []struct{ sent, want string }{
		{"does indeed take", "The ferry does take longer than the bus."},
		{"should indeed fall", "Fares should fall once the new boat arrives."},
		{"council instead hired", "When the storm closed the harbour, the council hired a fishing boat."},
	} {
		s := sentenceWith(t, x, c.sent)
		it := trueStatement(s)
		if !x.standAlone(it) {
			t.Errorf("%q does not stand alone", s.text)
			continue
		}
		if it.q.Prompt != "True or false? "+c.want {
			t.Errorf("prompt = %q, want %q", it.q.Prompt, "True or false? "+c.want)
		}
	}
	if e := dulyEdit(sentenceWith(t, x, "instead of a tug")); len(e) != 0 {
		t.Errorf("dulyEdit on \"instead of\" = %v", e)
	}
}

func TestContrastThisTurnsBack(t *testing.T) {
	x := analyseText(t, "The board wants one big marina. "+
		"Contrast this with the council's plan, which spreads berths along the coast. "+
		"The council's plan contrasts with the board's.")
	if !turnBack(sentenceWith(t, x, "Contrast this with")) {
		t.Error("\"Contrast this with …\" read as standing alone")
	}
	if turnBack(sentenceWith(t, x, "plan contrasts with")) {
		t.Error("\"… contrasts with …\" read as turning back")
	}
}
