package generate

import (
	"strings"
	"testing"
)

// A short report led by a person: whom they met is carded; a bystander
// named once, a speaker and the subject are not.
func TestReportPersonCard(t *testing.T) {
	paras := []string{
		"Foreign Minister Clara Vance has returned from a trade mission to South America to revive stalled talks.",
		"Ms Vance held talks with her Chilean counterpart, Michael Grant, in Santiago on Monday. She said a new agreement on copper exports would be signed at a summit in Lima in June. A driver named Paulo Reis waited outside the hall.",
		"Mr Grant said the visit was a useful step. Officials said the summit would also cover fishing rights, which Mr Grant raised last year.",
	}
	x, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	rankSentences(x.sents)
	it := x.reportPersonCard(x.sents, nil, key("Vance returns from trade mission"))
	if it == nil {
		t.Fatal("no card on the person the report's subject met")
	}
	if it.c.Back != "Michael Grant" || !strings.Contains(it.c.Front, "her Chilean counterpart, _____,") {
		t.Errorf("card %q -> %q, want the counterpart blanked", it.c.Front, it.c.Back)
	}
	// The sentence asked by a proposed item: no card on it.
	out := []item{{sent: it.sent, proposed: true}}
	if o := x.reportPersonCard(x.sents, out, key("Vance returns from trade mission")); o != nil {
		t.Errorf("card %q -> %q on a sentence a proposed item asks", o.c.Front, o.c.Back)
	}

	// The person named once (a bystander): no card.
	y, err := analyse([]string{
		"Foreign Minister Clara Vance has returned from a trade mission to South America to revive stalled talks.",
		"Ms Vance held talks with her Chilean counterpart, Michael Grant, in Santiago on Monday. She said a new agreement on copper exports would be signed at a summit in Lima in June.",
		"Officials said the summit would also cover fishing rights and port fees.",
	})
	if err != nil {
		t.Fatal(err)
	}
	rankSentences(y.sents)
	if o := y.reportPersonCard(y.sents, nil, key("Vance returns from trade mission")); o != nil {
		t.Errorf("card %q -> %q on a person named once", o.c.Front, o.c.Back)
	}

	// A biography: its other people are details of a life.
	z, err := analyse([]string{
		"Clara Vance (1931 – 2004) was a Chilean diplomat and writer. She met her husband, Michael Grant, in Santiago in 1955.",
		"Vance and Grant moved to Lima in 1960, where Grant taught at the university.",
	})
	if err != nil {
		t.Fatal(err)
	}
	rankSentences(z.sents)
	if o := z.reportPersonCard(z.sents, nil, key("Clara Vance")); o != nil {
		t.Errorf("card %q -> %q in a biography", o.c.Front, o.c.Back)
	}
}
