package generate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

func TestRepeatStatement(t *testing.T) {
	x, err := analyse([]string{
		"At a ceremony in Varo, the Brelling Museum became the first museum in the country to return a carved door to the island of Kessa. " +
			"The door had been taken from the island's chapel by a naval officer in 1884. " +
			"Kessa's council will show the door in its own museum from next spring.",
	})
	if err != nil {
		t.Fatal(err)
	}
	rankSentences(x.sents)
	short := func(i int, repeat bool) *item {
		return &item{sent: x.sents[i], q: &quiz.Question{Type: quiz.Short, Theme: "return", Prompt: "Fill in the blank"}, rule: "cloze-short/place", repeat: repeat, answer: "Varo"}
	}
	st := x.repeatStatement(short(0, true))
	if st == nil {
		t.Fatal("a repeated short answer's sentence: want a true statement")
	}
	if want := "True or false? " + x.sents[0].text; st.q.Prompt != want || st.q.Theme != "return" || st.rule != "truefalse-true" {
		t.Errorf("got %q (theme %q, rule %q), want %q in theme return", st.q.Prompt, st.q.Theme, st.rule, want)
	}
	// A short answer held back for another reason, or a question of
	// another kind, keeps its place.
	if st := x.repeatStatement(short(0, false)); st != nil {
		t.Errorf("not a repeat: want none, got %q", st.q.Prompt)
	}
	card := short(0, true)
	card.q.Type = quiz.TrueFalse
	if st := x.repeatStatement(card); st != nil {
		t.Errorf("not a short answer: want none, got %q", st.q.Prompt)
	}
}

// TestRepeatStatementReal: in the development article on the Benin
// Bronzes, the handover by Jesus College was asked only by a short answer
// that repeats another theme's item; its sentence is now proposed whole.
func TestRepeatStatementReal(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(evalDir(t), "culture-society.txt"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Generate(string(b), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range res.Course.Questions {
		if q.Type == quiz.TrueFalse && strings.Contains(q.Prompt, "became the first institution in the world to return a looted Benin Bronze") {
			return
		}
	}
	t.Error("the handover sentence is not proposed as a true statement")
}
