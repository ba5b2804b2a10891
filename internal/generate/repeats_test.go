package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

func TestHoldRepeats(t *testing.T) {
	x, err := analyse([]string{
		"The harbour council opened the Saltmarsh ferry line in 1987 to carry 900 riders a day.",
		"The Saltmarsh ferry line was opened by the harbour council in 1987 and carries 900 riders a day.",
		"Fishing boats still land most of their catch at the northern quay of the old harbour.",
		"The northern quay was rebuilt in stone after the great storm of 1953 destroyed its timber piers.",
	})
	if err != nil {
		t.Fatal(err)
	}
	find := func(sub string) *sentence {
		for _, s := range x.sents {
			if strings.Contains(s.text, sub) {
				return s
			}
		}
		t.Fatalf("no sentence with %q", sub)
		return nil
	}
	q := func(sub, answer, rule string, score float64) item {
		return item{sent: find(sub), answer: answer, rule: rule, score: score, proposed: true,
			q: &quiz.Question{Theme: "harbour", Type: quiz.Short}}
	}
	card := func(sub, answer string, score float64) item {
		return item{sent: find(sub), answer: answer, rule: "cloze-card/year", score: score, proposed: true,
			c: &quiz.Card{Theme: "harbour"}}
	}
	items := []item{
		q("The harbour council opened", "1987", "cloze-short/year", 0.6),
		// The same fact told again, with the same answer.
		q("The Saltmarsh ferry line was opened", "1987", "cloze-short/year", 0.5),
		// Another question on the first sentence: the first one's stem
		// answers it.
		q("The harbour council opened", "900 riders", "cloze-single/number", 0.4),
		// A card on the same sentence and answer as a question.
		card("The harbour council opened", "1987", 0.3),
		// Other facts.
		q("Fishing boats", "northern quay", "cloze-short/place", 0.45),
		q("The northern quay was rebuilt", "1953", "cloze-short/year", 0.35),
		// Held back by the ranker: a theme left short takes it back, as
		// it repeats nothing.
		card("Fishing boats", "old harbour", 0.2),
		// Held back, and a second question on a sentence asked already.
		q("The northern quay was rebuilt", "great storm", "cloze-single/term", 0.3),
	}
	items[6].proposed, items[7].proposed = false, false
	x.holdRepeats(items, Options{MaxQuestionsPerTheme: 8, MaxCardsPerTheme: 6})
	want := []bool{true, false, false, false, true, true, true, false}
	for i, it := range items {
		if it.proposed != want[i] {
			t.Errorf("item %d (%q in %q): proposed %v, want %v", i, it.answer, it.sent.text, it.proposed, want[i])
		}
	}
}

// A true statement that states a blank's answer with the blank's own
// words gives it away; one that merely names the answer does not.
func TestStatedAnswer(t *testing.T) {
	x, err := analyse([]string{
		"Ada Kell was an English organist who served as the deputy cathedral organist during the Leeds Festival.",
		"As deputy organist, Kell did not play at the Leeds Festival, but her choice of music shaped the concerts.",
		"Kell later visited the Leeds Festival as a guest of the mayor.",
	})
	if err != nil {
		t.Fatal(err)
	}
	blank, _ := answerIn(t, x, "who served as the deputy", "Leeds Festival")
	var sp *span
	for _, o := range blank.spans {
		if o.text == "Leeds Festival" {
			sp = o
		}
	}
	bl := &item{sent: blank, sp: sp, answer: sp.answer(), rule: "cloze-short/name"}
	statement := func(sub string) *item {
		return &item{sent: sentenceWith(t, x, sub), answer: "True", rule: "truefalse-true"}
	}
	if !x.statedAnswer(statement("As deputy organist"), bl) {
		t.Errorf("a statement of the same fact does not give the blank away")
	}
	if x.statedAnswer(statement("later visited"), bl) {
		t.Errorf("a statement naming the answer on another fact gives the blank away")
	}
	if !x.sameFact(statement("As deputy organist"), bl) {
		t.Errorf("sameFact misses the statement that states the blank's answer")
	}
}
