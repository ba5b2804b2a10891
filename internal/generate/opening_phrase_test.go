package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// openingReport is a short report written for the tests: its central
// sentence puts its speaker's pronoun after an opening participle's
// phrase without a comma.
var openingReport = []string{
	"Central bank governor Maria Lopes has warned that rising household debt could have serious consequences for the economy.",
	"Speaking to the Senate Finance Committee she urged Parliament to act to cut household debt, such as by limiting loans. Parliament has debated the loans for a year, and Parliament will vote in March.",
}

// TestOpeningPhraseSubject: the pronoun right after an opening phrase
// without a comma is the main clause's subject; after a subordinator, a
// comma, a verb or a person, it is not read so.
func TestOpeningPhraseSubject(t *testing.T) {
	x, err := analyse(append(openingReport,
		"Although she urged Parliament to act, the vote was lost. In March she spoke again. Asked by Tom Hale she said no."))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		sub  string
		want bool
	}{
		{"Speaking to the Senate", true},
		{"In March she spoke", true},
		{"Although she urged", false},
		{"Asked by Tom Hale", false},
	} {
		s := sentenceWith(t, x, c.sub)
		if got := openingPhraseSubject(s, "she"); got != c.want {
			t.Errorf("openingPhraseSubject(%q) = %v, want %v", s.text, got, c.want)
		}
	}
}

// TestThinCardNamedOpeningPhrase: a thin theme's card may blank a name in
// such a sentence, with the speaker named for the pronoun.
func TestThinCardNamedOpeningPhrase(t *testing.T) {
	x, err := analyse(openingReport)
	if err != nil {
		t.Fatal(err)
	}
	rankSentences(x.sents)
	title := "Bank chief warning on household debt"
	known := " " + key(title) + " " + key(x.paras[0].text) + " "
	it := x.thinCardNamed(x.sents, nil, known, key(title))
	if it == nil {
		t.Fatal("no card")
	}
	// The pronoun is named; the blank is one of the sentence's key
	// phrases.
	const named = "Speaking to the Senate Finance Committee Lopes urged "
	if !strings.HasPrefix(it.c.Front, named) || !strings.Contains(it.c.Front, blank) || strings.Contains(it.c.Front, " she ") {
		t.Errorf("card %q -> %q, want it to open %q", it.c.Front, it.c.Back, named)
	}
	if it.c.Back != "Parliament" && it.c.Back != "household debt" {
		t.Errorf("back %q, want Parliament or household debt", it.c.Back)
	}
}

// TestCountProposedRepeat: a proposed card on the sentence a proposed
// true statement quotes whole is not counted towards a thin theme's four;
// a card on another sentence is.
func TestCountProposedRepeat(t *testing.T) {
	x, err := analyse(openingReport)
	if err != nil {
		t.Fatal(err)
	}
	s0, s1 := x.sents[0], sentenceWith(t, x, "Parliament has debated")
	tr := *thinTrueItem(s0, s0.text)
	tr.proposed, tr.score = true, 0.8
	same := item{sent: s0, c: &quiz.Card{Front: "Central bank governor _____ has warned …", Back: "Maria Lopes"}, answer: "Maria Lopes", rule: "cloze-card/person", proposed: true, score: 0.5}
	other := item{sent: s1, c: &quiz.Card{Front: "_____ has debated the loans for a year …", Back: "Parliament"}, answer: "Parliament", rule: "cloze-card/name", proposed: true, score: 0.5}
	if n := x.countProposed([]item{tr, same}); n != 1 {
		t.Errorf("statement and a card on its sentence counted %d, want 1", n)
	}
	if n := x.countProposed([]item{tr, other}); n != 2 {
		t.Errorf("statement and a card on another sentence counted %d, want 2", n)
	}
	low := other
	low.score = thinFloor / 2
	if n := x.countProposed([]item{tr, low}); n != 1 {
		t.Errorf("an item under thinFloor counted: %d, want 1", n)
	}
}
