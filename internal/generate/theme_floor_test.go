package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// TestSelfResolved: a pronoun after a person the sentence names reads
// alone; one before any name, or a sentence opening on one, does not.
func TestSelfResolved(t *testing.T) {
	x, err := analyse([]string{
		"The harbour of Wenlow closed in 1990. " +
			"Maria Oster said she would reopen the harbour within five years of the election. " +
			"She kept the promise when the harbour reopened to ships in 1994. " +
			"The council gave her a medal for the harbour works in 1995.",
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{
		"Maria Oster said she would reopen the harbour within five years of the election.": true,
		"She kept the promise when the harbour reopened to ships in 1994.":                 false,
		"The council gave her a medal for the harbour works in 1995.":                      false,
	}
	for _, s := range x.sents {
		w, ok := want[s.text]
		if !ok {
			continue
		}
		delete(want, s.text)
		if got := x.selfResolved(s); got != w {
			t.Errorf("%q: selfResolved = %v, want %v", s.text, got, w)
		}
	}
	for s := range want {
		t.Errorf("sentence not found: %q", s)
	}
}

func TestOnlyShortQuotes(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{`The mayor described the 1990s as a "lost decade" for the harbour town.`, true},
		{`The mayor said: "We will reopen the harbour within five years."`, false},
		{`"We will reopen the harbour," the mayor said.`, false},
		{`The mayor called the plan “bold” and “overdue” at the meeting.`, true},
		{`The mayor said the plan was "bold and long overdue for the town.`, false}, // left open
	} {
		if got := onlyShortQuotes(&sentence{text: c.text}); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}

// TestBracketKeepsSentence: a full stop inside a bracketed date ("c.")
// does not end the sentence.
func TestBracketKeepsSentence(t *testing.T) {
	x, err := analyse([]string{
		"Ada Brenner was born to the glassmaker Josef Brenner (c. 1801–1870) in the town of Haida in 1834. " +
			"Brenner (born 1834) ran the family glassworks for forty years after her father's death.",
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(x.sents) != 2 {
		var got []string
		for _, s := range x.sents {
			got = append(got, s.text)
		}
		t.Fatalf("got %d sentences, want 2: %q", len(x.sents), got)
	}
	if !strings.HasSuffix(x.sents[0].text, "in 1834.") || leftOpen(x.sents[0].text) {
		t.Errorf("first sentence cut: %q", x.sents[0].text)
	}
}

// TestKeyTermCardWithStatement: a cloze card on a term the article
// repeats is no repeat of the true statement quoting its sentence; a
// card on a term it does not repeat, or a second question, is.
func TestKeyTermCardWithStatement(t *testing.T) {
	x, err := analyse([]string{
		"A tidal mill turns its wheel with the water of a mill pond that fills at high tide.",
		"The mill pond of the Carrow tidal mill covered four acres of salt marsh.",
	})
	if err != nil {
		t.Fatal(err)
	}
	s := x.sents[0]
	var pond *span
	for _, sp := range s.spans {
		if sp.key == "mill pond" {
			pond = sp
		}
	}
	if pond == nil {
		t.Fatalf("no span for the mill pond in %q", s.text)
	}
	statement := &item{sent: s, rule: "truefalse-true", answer: "True", q: &quiz.Question{Type: quiz.TrueFalse}}
	card := &item{sent: s, rule: "cloze-card/term", answer: pond.answer(), sp: pond, c: &quiz.Card{Front: "x", Back: pond.answer()}}
	if x.sameFact(card, statement) || x.sameFact(statement, card) {
		t.Errorf("a card on the repeated term %q repeats the statement", pond.answer())
	}
	other := &item{sent: s, rule: "single", answer: pond.answer(), sp: pond, q: &quiz.Question{Type: quiz.Single}}
	if !x.sameFact(other, statement) {
		t.Error("a question on the quoted sentence does not repeat the statement")
	}
}

// TestHeldQuestionFreesSentence: a sentence whose only question is held
// back whatever its score may still be quoted whole.
func TestHeldQuestionFreesSentence(t *testing.T) {
	s1, s2 := &sentence{idx: 1}, &sentence{idx: 2}
	qs := []item{
		{sent: s1, rule: "single", weak: true},
		{sent: s2, rule: "single"},
		{sent: s2, rule: "truefalse-true"},
	}
	got := liveQuestionsPerSentence(qs)
	if got[1] != 0 || got[2] != 3 {
		t.Errorf("got %v, want sentence 1 free and sentence 2 taken thrice", got)
	}
}

// TestFewestThemes: merging thin themes leaves three themes or more from
// mergeDownWords (750) words; a text of 600 to 750 words may become one
// theme.
func TestFewestThemes(t *testing.T) {
	text := strings.Repeat("The harbour town grew around its mill and its market. ", 10)
	for _, c := range []struct {
		paras, want int
	}{
		{5, 1},  // 500 words
		{6, 1},  // 600 words
		{7, 1},  // 700 words
		{8, 3},  // 800 words
		{20, 3}, // 2,000 words
	} {
		ps := make([]string, c.paras)
		for i := range ps {
			ps[i] = text
		}
		a := &article{}
		for i, p := range ps {
			a.paras = append(a.paras, &para{n: i + 1, text: p})
		}
		if got := a.fewestThemes(); got != c.want {
			t.Errorf("%d paragraphs of 100 words: fewestThemes = %d, want %d", c.paras, got, c.want)
		}
	}
}

// TestMergeKeeps: in a text of 600 to 750 words, a merge past three themes
// must lose no items, or make one theme of four from two thin ones; in a
// shorter or longer text, or among more themes, every merge of a thin
// theme stands (a biography of 500 to 600 words: TestMergeKeepsShortLife). The counts are those of a 622-word biography lead (themes
// of 3, 1 and 1 items) and a 676-word report (3, 2 and 3).
func TestMergeKeeps(t *testing.T) {
	sentence := "Rimsky-Korsakov left a considerable body of original Russian nationalist compositions. "
	build := func(paras int) *article {
		a := &article{}
		for i := range paras {
			a.paras = append(a.paras, &para{n: i + 1, text: strings.Repeat(sentence, 10)})
		}
		return a
	}
	for _, c := range []struct {
		paras      int // of 100 words
		x, y, n, k int
		want       bool
	}{
		{6, 1, 1, 2, 3, true},  // no item lost
		{6, 3, 2, 4, 2, true},  // two thin themes make one of four
		{7, 3, 2, 4, 3, true},  // the report's first merge
		{7, 4, 3, 4, 2, false}, // the report's 4 and 3 would make one of 4
		{7, 3, 2, 3, 3, false}, // still thin, and items lost
		{7, 4, 3, 4, 4, true},  // among four themes
		{5, 4, 1, 4, 2, true},  // under 600 words, a part of one joins
		{5, 4, 3, 4, 2, true},  // under 600 words, not a biography
		{8, 4, 1, 4, 3, true},  // 800 words: never past three themes anyway
	} {
		if got := build(c.paras).mergeKeeps(c.x, c.y, c.n, c.k); got != c.want {
			t.Errorf("%d00 words, %d and %d items making %d among %d themes: mergeKeeps = %v, want %v", c.paras, c.x, c.y, c.n, c.k, got, c.want)
		}
	}
}

// TestMergeKeepsShortLife: in a biography of 500 to 600 words, a theme
// of three beside one of four or more stays where the merge would lose
// items (Woodes Rogers: 4 and 3 made one theme of 4); a part of two or
// fewer joins, and two thin parts join into a theme of four. Our own
// sentences, of the shape of a biography's lead and family paragraphs.
func TestMergeKeepsShortLife(t *testing.T) {
	life := func(paras int) *article {
		ps := []string{"Elias Marwood (1684–1741) was a Welsh merchant captain and the first harbour commissioner of Tenby. " +
			strings.Repeat("Marwood charted the southern coast on a voyage that lasted four long years. ", 6)}
		for len(ps) < paras {
			ps = append(ps, strings.Repeat("Marwood sailed his father's ships to Lisbon and to the Baltic ports. ", 8))
		}
		a, err := analyse(ps)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	for _, c := range []struct {
		paras      int // of about 100 words
		x, y, n, k int
		want       bool
	}{
		{6, 4, 3, 4, 2, false}, // a theme of three stays (Woodes Rogers)
		{6, 4, 3, 7, 2, true},  // nothing lost
		{6, 4, 2, 5, 2, true},  // a part of two joins
		{6, 3, 3, 4, 2, true},  // two thin parts make one of four
		{4, 4, 3, 4, 2, true},  // under 500 words: one theme from the start
	} {
		a := life(c.paras)
		if !a.isBiography() {
			t.Fatalf("%d paragraphs: not taken for a biography", c.paras)
		}
		if got := a.mergeKeeps(c.x, c.y, c.n, c.k); got != c.want {
			t.Errorf("about %d words, %d and %d items making %d among %d themes: mergeKeeps = %v, want %v", c.paras*95, c.x, c.y, c.n, c.k, got, c.want)
		}
	}
}
