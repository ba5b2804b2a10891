package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// The fifty-third round's incidental names, on sentences of their shape
// written for the tests.

func r53Marked(t *testing.T, x *article, sub, k, answer string) bool {
	t.Helper()
	s := r52Find(t, x, sub)
	items := []item{{sent: s, sp: r52Span(t, s, k), answer: answer, rule: "cloze-short/name", score: 0.3,
		q: &quiz.Question{Theme: "t", Type: quiz.Short}}}
	for _, p := range x.paras {
		rankSentences(p.sents)
	}
	x.markIncidental(items, "")
	return items[0].incidental
}

const r53Firms = `Cable firms fight floods of junk traffic

Web hosts are fitting filters that drop floods of junk traffic before it reaches their customers.

Tomas Hardy, network engineer at Westlink, said the filters watch every stream of data. Often Northway and other hosting firms hear of an attack before it starts.

Northway now blocks the traffic at its edge. Westlink took the same route, said Mr Hardy. Northway said its customers had seen fewer outages.`

// A blank over the firm the quoted speaker works for is held back; a
// blank over a firm the sentence states a fact of is not.
func TestIncidentalFirmBlank(t *testing.T) {
	x := analyseText(t, r53Firms)
	if !r53Marked(t, x, "took the same route", "westlink", "Westlink") {
		t.Errorf("a blank over the speaker's own firm is not held back")
	}
	if r53Marked(t, x, "now blocks", "northway", "Northway") {
		t.Errorf("a blank over the firm a sentence is about is held back")
	}
	// A firm the article opens on is its subject, not the speaker's
	// employer in passing.
	lead := strings.Replace(r53Firms, "Web hosts are fitting", "Westlink and other web hosts are fitting", 1)
	y := analyseText(t, lead)
	if r53Marked(t, y, "took the same route", "westlink", "Westlink") {
		t.Errorf("a blank over the firm the article opens on is held back")
	}
}

const r53Life = `Edmund Varley

Edmund Varley (1702 – 1770) was an English ship's master and later governor of the Leeward Islands. Varley grew up in Lyme and Plymouth, and went to sea young.

Varley was born in Plymouth to a family of rope makers. Varley spent part of his boyhood in Lyme, where he went to the town school. In 1716 Varley was apprenticed to Plymouth shipwright Amos Kerr, to learn the building of ships. At 17, Varley was rather old to be starting such an apprenticeship. Varley later worked in Kerr's yard for a year.

In 1730 Varley sailed from Plymouth for the Indies. Plymouth merchants paid for his voyage, and in 1740 Varley was made governor of the Leeward Islands.`

// In a life, a blank over a town the subject grew up in that the life
// barely comes back to, or over the master of an apprenticeship, is held
// back, and so is the biographer's remark on an age; the life's main
// town is not.
func TestIncidentalLifeNames(t *testing.T) {
	x := analyseText(t, r53Life)
	if !r53Marked(t, x, "grew up in", "lyme", "Lyme") {
		t.Errorf("a blank over a childhood town named twice is not held back")
	}
	if r53Marked(t, x, "grew up in", "plymouth", "Plymouth") {
		t.Errorf("a blank over the life's main town is held back")
	}
	if !r53Marked(t, x, "apprenticed to", "amos kerr", "Amos Kerr") {
		t.Errorf("a blank over an apprenticeship's master is not held back")
	}
	if s := r52Find(t, x, "rather old"); !x.incidentalSentence(s) {
		t.Errorf("the remark on an age is not incidental: %q", s.text)
	}
	if s := r52Find(t, x, "sailed from"); x.incidentalSentence(s) {
		t.Errorf("the voyage is taken for an aside: %q", s.text)
	}
}
