package generate

import (
	"strings"
	"testing"
)

// A short biography lead whose subject has post-nominal letters after
// the name and is named once, so that a pronoun is put right by the
// person's short name (shortPersonName).
const postNominalLead = "Sir Alden Hugh Fenwick KCB FRS (12 March 1821 – 4 June 1899) was an English surveyor, naturalist and writer. " +
	"He served in the Royal Navy from 1835 to 1843, and charted the northern coasts of Labrador for the Admiralty between 1844 and 1850.\n\n" +
	"In 1852 he travelled to Peru to collect seeds of the cinchona tree, the source of quinine. " +
	"The seeds were planted in India and Ceylon, where they grew into large plantations that supplied the drug to the British Empire.\n\n" +
	"He was secretary of the Royal Cartographic Society between 1855 and 1879, and later served as its president for a further 10 years. " +
	"In the latter capacity he was chiefly responsible for organising the expedition that mapped the interior of Labrador in 1884. " +
	"He also founded the Society's map library, which by his death held more than 40,000 sheets.\n\n" +
	"His own writings were many and varied, and included histories of Peru, travel accounts and a life of the navigator John Davis. " +
	"His reputation declined after his death, when critics questioned his support for the Labrador expedition's leader."

// TestPostNominalNotSurname: the letters after a name ("KCB FRS") are
// never the person's short name: a pronoun is put right by the surname
// before them, and "FRS" is no answer for the name.
func TestPostNominalNotSurname(t *testing.T) {
	res, err := Generate(postNominalLead, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Drafts {
		var texts []string
		if d.Question != nil {
			texts = append(texts, d.Question.Prompt)
			texts = append(texts, d.Question.Answers...)
			for _, o := range d.Question.Options {
				texts = append(texts, o.Text)
			}
		}
		if d.Card != nil {
			texts = append(texts, d.Card.Front, d.Card.Back)
		}
		for _, s := range texts {
			if s == "FRS" || s == "KCB" || strings.Contains(s, "FRS was") || strings.Contains(s, "FRS travelled") || strings.HasPrefix(s, "FRS ") || strings.Contains(s, " FRS ") && !strings.Contains(s, "Fenwick KCB FRS") {
				t.Errorf("post-nominal letters taken for the subject: %q", s)
			}
		}
	}
	x := analyseText(t, postNominalLead)
	s := sentenceWith(t, x, "Sir Alden Hugh Fenwick KCB FRS")
	found := false
	for _, sp := range s.spans {
		if sp.kind == kPerson && strings.HasSuffix(sp.text, "FRS") {
			found = true
			if got := x.personForms(sp.key, sp.text); len(got) != 1 || got[0] != "Fenwick" {
				t.Errorf("personForms(%q) = %q, want [Fenwick]", sp.text, got)
			}
		}
	}
	if !found {
		t.Error("no person named with the letters")
	}
}

// TestKinAppointmentDated: a relative's career in a biography is
// background however the sentence opens: "In 1836 Fenwick's father was
// appointed rector of Wellow", with no comma after the date, proposes
// no item.
func TestKinAppointmentDated(t *testing.T) {
	text := "Sir Alden Hugh Fenwick KCB FRS (12 March 1821 – 4 June 1899) was an English surveyor, naturalist and writer. He is best known for his survey of the northern coasts of Labrador and for his work with the Royal Cartographic Society.\n\n" +
		"Fenwick was born in Bath, the second son of a clergyman. In 1836 Fenwick's father was appointed rector of Wellow, a parish south of the city. Fenwick was educated at Harrow School and at Trinity College, Cambridge, where he studied mathematics and botany.\n\n" +
		"After leaving Cambridge, Fenwick joined the Admiralty survey service in 1844 and spent six years charting the coasts of Labrador and Newfoundland. His charts of the northern coast were used by whalers for half a century.\n\n" +
		"Fenwick was knighted in 1880 and elected a Fellow of the Royal Society in 1862. He died at his home in London in 1899."
	res, err := Generate(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Drafts {
		if d.Proposed && strings.Contains(d.Sentence, "father was appointed") {
			t.Errorf("proposed item on the father's appointment: %s", d.Rule)
		}
	}
	x := analyseText(t, text)
	for _, s := range []string{"In 1836 Fenwick's father was appointed rector of Wellow.", "In March 1836 his mother moved to Bath."} {
		if !x.bioKinSentence(s) {
			t.Errorf("bioKinSentence(%q) = false", s)
		}
	}
	if x.bioKinSentence("In 1836 Fenwick was appointed rector of Wellow.") {
		t.Error("the subject's own appointment read as a relative's")
	}
}

// TestSameYearBlankedTwice: two blanks over the same year in one
// article ask one answer twice, whatever their sentences; a blank over
// another year, or a false statement moving the year, is another item.
func TestSameYearBlankedTwice(t *testing.T) {
	x := analyseText(t, "Makers of mobile phones say handsets that play music are set to have a big year in 2006, as networks roll out faster connections. "+
		"Analysts expect sales of such phones to double.\n\n"+
		"The electronics fair in Las Vegas opens next week. Organisers say the fair showcases more than 40,000 new gadgets that will be hitting the shelves in 2006. "+
		"Battery makers say new cells are not expected in shops until 2007.")
	big := sentenceWith(t, x, "a big year in")
	shelves := sentenceWith(t, x, "hitting the shelves")
	batteries := sentenceWith(t, x, "Battery makers")
	card := &item{sent: big, rule: "cloze-card/year", answer: "2006"}
	single := &item{sent: shelves, rule: "cloze-single/year", answer: "2006"}
	if !x.sameFact(card, single) {
		t.Error("two blanks over 2006 not taken for one fact")
	}
	other := &item{sent: batteries, rule: "cloze-single/year", answer: "2007"}
	if x.sameFact(card, other) {
		t.Error("blanks over 2006 and 2007 taken for one fact")
	}
	swap := &item{sent: shelves, rule: "truefalse-swap/year", answer: "2006"}
	if x.sameFact(card, swap) {
		t.Error("a false statement on another sentence's year taken for the blank's fact")
	}
}
