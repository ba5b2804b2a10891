package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// trueTheme analyses three sentences (the last one weakest) and returns
// the article with a theme's items: the three proposed as true
// statements.
func trueTheme(t *testing.T, sents string, n int) (*article, []item) {
	t.Helper()
	x, err := analyse([]string{sents})
	if err != nil {
		t.Fatal(err)
	}
	if len(x.sents) != n {
		t.Fatalf("want %d sentences, got %d", n, len(x.sents))
	}
	rankSentences(x.sents)
	var items []item
	for i, s := range x.sents {
		q := &quiz.Question{Type: quiz.TrueFalse, Theme: "delius-life", Prompt: "True or false? " + s.text,
			Options: []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}}}
		items = append(items, item{sent: s, q: q, answer: "True", rule: "truefalse-true", score: 0.7 - 0.05*float64(i), proposed: true})
	}
	return x, items
}

// TestTrueAskedAnotherWay: a theme of three true statements and no false
// one keeps its two best and asks the third's fact by the held-back cloze
// card on its key figure. The third sentence is Frederick Delius's biography's; the
// code before proposed three true statements, passed by answering True.
func TestTrueAskedAnotherWay(t *testing.T) {
	x, items := trueTheme(t, "Frederick Delius was an English composer born in Bradford in 1862. "+
		"He was sent to Florida to manage an orange plantation, where he was influenced by African-American music. "+
		"Delius's first successes came in Germany, where Hans Haym and other conductors promoted his music from the late 1890s.", 3)
	// The cloze card the generator drafts on the third sentence, held
	// back.
	c := x.figureCard(&items[2], "Frederick Delius")
	if c == nil {
		t.Fatal("no cloze card drafted on the third sentence")
	}
	c.c.Theme = "delius-life"
	items = append(items, *c)
	out := x.askTrueOtherWayThemes(items, []quiz.Theme{{Slug: "delius-life", Title: "Delius's Life"}}, "Frederick Delius", Options{MaxQuestionsPerTheme: 8, MaxCardsPerTheme: 6})
	_, _, tr, _, _ := tallyProposed(out)
	if tr != 2 {
		t.Errorf("want two true statements proposed, got %d: %v", tr, proposedRules(out))
	}
	if out[2].proposed {
		t.Errorf("the weakest true statement is still proposed")
	}
	var card *item
	for i := range out {
		if out[i].c != nil && out[i].proposed {
			card = &out[i]
		}
	}
	if card == nil || card.c.Back != "1890s" || card.c.Theme != "delius-life" {
		t.Fatalf("want a proposed card on the 1890s in delius-life, got %+v", proposedRules(out))
	}
}

// TestRoleAnswer: a person's job title is no blank to ask a third
// statement's fact by (the tech170 report's "Greg Mills, program
// director at AOL, said …" and politics192's "The shadow foreign
// secretary, Michael Ancram, welcomed the return of the four
// detainees."); a key term is ("container gardening").
func TestRoleAnswer(t *testing.T) {
	for answer, want := range map[string]bool{
		"program director":         true,
		"shadow foreign secretary": true,
		"container gardening":      false,
		"1890s":                    false,
	} {
		if got := roleAnswer(answer); got != want {
			t.Errorf("roleAnswer(%q) = %v, want %v", answer, got, want)
		}
	}
}

// TestOtherWayCardDrafted: the cloze card on a true statement's key
// figure is drafted in every run, held back as a repeat, and listed as
// proposed with All; in a theme of three true statements and no false
// one it is proposed in place of the weakest. The sentences are Frederick
// Delius's biography's; the code before drafted no card on the 1890s, so
// the theme stayed three true statements.
func TestOtherWayCardDrafted(t *testing.T) {
	x, items := trueTheme(t, "Frederick Delius was an English composer born in Bradford in 1862. "+
		"He was sent to Florida to manage an orange plantation, where he was influenced by African-American music. "+
		"Delius's first successes came in Germany, where Hans Haym and other conductors promoted his music from the late 1890s.", 3)
	card := func(its []item) *item {
		for i := range its {
			if its[i].c != nil && its[i].c.Back == "1890s" {
				return &its[i]
			}
		}
		return nil
	}
	if c := card(x.withOtherWayCards(items, "Frederick Delius", true)); c == nil || !c.proposed {
		t.Errorf("with All: want the 1890s card proposed, got %+v", c)
	}
	drafted := x.withOtherWayCards(items, "Frederick Delius", false)
	c := card(drafted)
	if c == nil || c.proposed || !c.repeat || c.c.Theme != "delius-life" {
		t.Fatalf("want the 1890s card drafted, held back as a repeat, in delius-life, got %+v", c)
	}
	for i := 1; i < len(drafted); i++ {
		if drafted[i].score > drafted[i-1].score {
			t.Errorf("drafts not best first: %.3f after %.3f", drafted[i].score, drafted[i-1].score)
		}
	}
	out := x.askTrueOtherWayThemes(drafted, []quiz.Theme{{Slug: "delius-life", Title: "Delius's Life"}}, "Frederick Delius", Options{MaxQuestionsPerTheme: 8, MaxCardsPerTheme: 6})
	if p := card(out); p == nil || !p.proposed {
		t.Errorf("want the 1890s card proposed, got %v", proposedRules(out))
	}
	if _, _, tr, _, _ := tallyProposed(out); tr != 2 {
		t.Errorf("want two true statements proposed, got %d", tr)
	}
}
