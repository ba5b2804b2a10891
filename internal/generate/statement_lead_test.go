package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// leadText is a report of our own whose statements from inside a
// paragraph say less alone than they do after the sentence before.
const leadText = `Tarn Ferries plans a new depot

Tarn Ferries has asked the harbour council for land to build a depot for its electric boats. The council owns the old coal wharf beside the station, which has stood empty since 1998. Councillors will vote on the request in June, after a public meeting in the town hall.

Tarn Ferries runs six boats between the town and the island of Mirel. Its two oldest boats still burn diesel, and both will be withdrawn by the end of next year. The electric boats need a charging point at each end of the crossing, which the depot would provide.

Islanders are divided over the new depot at Tarn harbour. Many of them work in the town and welcome a faster crossing. Mirel's fishing fleet uses the last free berths on the coal wharf. A survey by the island's council found that two in three islanders back the depot.`

// TestStatementLeads: a true statement from inside a paragraph is shown
// after the sentence before it, quoted whole; a statement that opens its
// paragraph is not, nor one whose sentence before is a question or a
// quotation; the page reads the lead apart from the question.
func TestStatementLeads(t *testing.T) {
	x := analyseText(t, leadText)
	items := trueStatements(x)
	x.withStatementLeads(items)
	byText := map[string]*item{}
	for i := range items {
		byText[items[i].sent.text] = &items[i]
	}
	check := func(stmt, lead string) {
		t.Helper()
		it := byText[stmt]
		if it == nil {
			t.Fatalf("no item on %q", stmt)
		}
		gotLead, q := quiz.SplitLead(it.q.Prompt)
		if gotLead != lead || q != "True or false? "+stmt {
			t.Errorf("%q:\n got lead %q, question %q\nwant lead %q", stmt, gotLead, q, lead)
		}
	}
	check("Councillors will vote on the request in June, after a public meeting in the town hall.",
		"The council owns the old coal wharf beside the station, which has stood empty since 1998.")
	check("Its two oldest boats still burn diesel, and both will be withdrawn by the end of next year.",
		"Tarn Ferries runs six boats between the town and the island of Mirel.")
	// The first sentence of a paragraph has no lead.
	check("Tarn Ferries runs six boats between the town and the island of Mirel.", "")
	check("Islanders are divided over the new depot at Tarn harbour.", "")

	// A proposed item on the sentence before: quoting it would answer
	// that item, and the statement keeps no lead.
	for i := range items {
		items[i].q.Prompt = "True or false? " + items[i].sent.text
		items[i].proposed = strings.HasPrefix(items[i].sent.text, "Many of them")
	}
	x.withStatementLeads(items)
	check("Mirel's fishing fleet uses the last free berths on the coal wharf.", "")
	check("Many of them work in the town and welcome a faster crossing.", "Islanders are divided over the new depot at Tarn harbour.")

	// A false statement, a card or a short answer takes no lead.
	neg := &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? The council does not own the old coal wharf beside the station.",
		Options: []quiz.Option{{Text: "True"}, {Text: "False", Correct: true}}}
	other := []item{{sent: byText["Councillors will vote on the request in June, after a public meeting in the town hall."].sent, q: neg, answer: "owns", rule: "truefalse-swap/negation-insert"}}
	x.withStatementLeads(other)
	if lead, _ := quiz.SplitLead(other[0].q.Prompt); lead != "" {
		t.Errorf("a false statement took a lead: %q", other[0].q.Prompt)
	}
}

// TestStatementLeadsInDrafts: drafting a report gives leads, each the
// whole sentence just before its statement in the paragraph, on true
// statements only, and a learner's page splits them off.
func TestStatementLeadsInDrafts(t *testing.T) {
	text := mustRead(t, "harbour-rail.txt")
	res := mustGenerate(t, text, Options{})
	n := 0
	for _, d := range res.Drafts {
		if d.Question == nil {
			continue
		}
		lead, q := quiz.SplitLead(d.Question.Prompt)
		if lead == "" {
			continue
		}
		n++
		if !strings.Contains(text, lead+" "+d.Sentence) || q != "True or false? "+d.Sentence || d.Rule != "truefalse-true" {
			t.Errorf("draft %s (%s): lead %q, question %q, sentence %q", d.Question.ID, d.Rule, lead, q, d.Sentence)
		}
	}
	if n == 0 {
		t.Errorf("no draft of %d took a lead", len(res.Drafts))
	}
}

// pairLeadText is a report of our own in which a statement's sentence
// before leans back itself, and one whose sentence before has a word in
// quotation marks.
const pairLeadText = `Mirel crossing

Fares on the Mirel crossing rose by a third last year. It says the rise paid for two new electric boats. The boats now cross in twenty minutes instead of forty.

The island's mayor calls the new depot a “lifeline” for the fishing fleet. Its boats will moor beside the ferries from next spring.

Tarn harbour was dredged in March. It says the work cost £2m. Tarn Ferries runs six boats between the town and Mirel.

Tarn Ferries will call its new depot the “Coal Wharf”. Mirel's fishing fleet has fourteen boats.`

// TestPairLeads: where the sentence before a statement that leans back
// leans back itself, the lead is the two sentences before it; a word in
// double quotation marks is quoted with single ones inside the lead. A
// statement that reads alone takes neither lead.
func TestPairLeads(t *testing.T) {
	x := analyseText(t, pairLeadText)
	var items []item
	for _, sub := range []string{"The boats now cross", "Its boats will moor", "Tarn Ferries runs six", "Mirel's fishing fleet has"} {
		it := trueItem(sentenceWith(t, x, sub))
		it.proposed = true
		items = append(items, *it)
	}
	x.withStatementLeads(items)
	want := []string{
		"Fares on the Mirel crossing rose by a third last year. It says the rise paid for two new electric boats.",
		"The island's mayor calls the new depot a ‘lifeline’ for the fishing fleet.",
		// A statement that reads alone takes neither: judges called
		// such leads padding.
		"",
		"",
	}
	for i, w := range want {
		if lead, _ := quiz.SplitLead(items[i].q.Prompt); lead != w {
			t.Errorf("%q:\n got lead %q\nwant %q", items[i].sent.text, lead, w)
		}
	}
}

// trueStatement is a true statement quoting sentence s whole.
func trueStatement(s *sentence) *item {
	return &item{sent: s, rule: "truefalse-true", answer: "True", q: &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? " + s.text,
		Options: []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}}}}
}

// trueStatements are true statements quoting each of x's sentences.
func trueStatements(x *article) []item {
	var items []item
	for _, s := range x.sents {
		items = append(items, *trueStatement(s))
	}
	return items
}
