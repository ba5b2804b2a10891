package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A sentence in the middle of a chairman's quotation that says "we" is
// not asked as a true statement, nor as a card: it states someone's words
// as fact with no speaker. The narrator's "we"-less sentence after the
// quotation closes, and a sentence that opens its own quotation, are
// asked as before.
func TestContinuedQuotationFirstPerson(t *testing.T) {
	x := analyseText(t, "Young people held in prison are too often failed by the system, a committee of MPs has said.\n\n"+
		"The committee looked at the cases of 14 young people who died in custody between 2000 and 2004. "+
		"Committee chairman Anne Rowe said: \"Sending vulnerable teenagers to prison is a costly mistake. "+
		"The misplaced reliance on the prison system for young people with mental illness is at the heart of the problems that we found. "+
		"Many of them needed care in hospital.\" The report calls for more secure hospital places for young people with mental illness.")
	s := sentenceWith(t, x, "problems that we found")
	tf := &item{sent: s, rule: "truefalse-true", answer: "True", q: &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? " + s.text}}
	if x.standAlone(tf) {
		t.Errorf("statement drafted with no speaker: %q", tf.q.Prompt)
	}
	card := &item{sent: s, rule: "cloze-card/term", answer: "mental illness", c: &quiz.Card{Front: "The misplaced reliance on the prison system for young people with _____ is at the heart of the problems that we found.", Back: "mental illness"}}
	if x.standAlone(card) {
		t.Errorf("card drafted with no speaker: %q", card.c.Front)
	}
	if continuedFirstPerson(sentenceWith(t, x, "The report calls")) {
		t.Error("the sentence after the quotation closes is read as inside it")
	}
	y := analyseText(t, "The committee looked at the cases of 14 young people who died in custody.\n\n\"We found problems in almost every case we looked at,\" said committee chairman Anne Rowe.")
	if continuedFirstPerson(sentenceWith(t, y, "We found problems")) {
		t.Error("a sentence opening its own quotation is read as continuing one")
	}
}

// Through Generate: no item, proposed or held back, quotes the chairman's
// "we" sentence.
func TestContinuedQuotationNotDrafted(t *testing.T) {
	text := "Young people held in prison are too often failed by the system, a committee of MPs has said.\n\n" +
		"The committee looked at the cases of 14 young people who died in custody between 2000 and 2004. " +
		"It found that most of them had a history of mental illness before they were sent to prison. " +
		"Committee chairman Anne Rowe said: \"Sending vulnerable teenagers to prison is a costly mistake. " +
		"The misplaced reliance on the prison system for young people with mental illness is at the heart of the problems that we found. " +
		"Many of them needed care in hospital.\"\n\n" +
		"The report calls for more secure hospital places for young people with mental illness and for better training for prison staff. " +
		"The government said it would study the findings of the report on the prison system and respond within two months."
	res, err := Generate(text, Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range append(res.Drafts, res.Held...) {
		if strings.Contains(d.Sentence, "we found") {
			t.Errorf("drafted from the quotation: %s %s", d.Rule, promptOf(d))
		}
	}
}

// A sentence inside a quotation that speaks to "you" (the speaker's
// audience, not the learner) is not asked either.
func TestContinuedQuotationAddressee(t *testing.T) {
	x := analyseText(t, "The lighthouse keeper of Brelling retired on Friday after forty years.\n\n"+
		"In a letter to the town, Oskar Vendel wrote: \"I have loved every winter on the rock. "+
		"The kindness you have shown the keepers over the years has been humbling. "+
		"I will miss the light.\" The town council said it would name the new pier after him.")
	s := sentenceWith(t, x, "The kindness you have shown")
	if !continuedFirstPerson(s) {
		t.Errorf("a quotation's \"you\" read as standing alone: %q", s.text)
	}
	tf := &item{sent: s, rule: "truefalse-true", answer: "True", q: &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? " + s.text}}
	if x.standAlone(tf) {
		t.Errorf("statement drafted with no speaker and no addressee: %q", tf.q.Prompt)
	}
}

// A quotation that runs over from the paragraph before and has lost its
// opening mark still holds the sentences before its closing mark.
func TestContinuedQuotationLostOpening(t *testing.T) {
	x := analyseText(t, "The lighthouse keeper of Brelling retired on Friday after forty years.\n\n"+
		"In a letter to the town, Oskar Vendel wrote: \u201cI have loved every winter on the rock.\u201d\n\n"+
		"To the town, thank you. The kindness you have shown the keepers over the years has been humbling. It was an honour.\u201d\n\n"+
		"The town council said it would name the new pier after him.")
	if s := sentenceWith(t, x, "The kindness you have shown"); !continuedFirstPerson(s) {
		t.Errorf("a sentence before an unopened closing mark read as standing alone: %q", s.text)
	}
	if s := sentenceWith(t, x, "The town council said"); continuedFirstPerson(s) {
		t.Errorf("a sentence of a paragraph with no quotation read as inside one: %q", s.text)
	}
}
