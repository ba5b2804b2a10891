package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// cardSpanIn finds the span of s whose text is phrase.
func cardSpanIn(t *testing.T, s *sentence, phrase string) *span {
	t.Helper()
	for _, o := range s.spans {
		if o.text == phrase {
			return o
		}
	}
	var have []string
	for _, o := range s.spans {
		have = append(have, o.text+"/"+o.kind.String())
	}
	t.Fatalf("no span %q in %q; have %q", phrase, s.text, have)
	return nil
}

func TestCardBlankShapes(t *testing.T) {
	x := analyseText(t, "Mayor Ruth Okafor and council leader Dev Patel clashed over the new tram line on Tuesday. "+
		"Several rowing clubs had sincere hopes of reaching the regional final, but only the Avon crew made it. "+
		"Ms Okafor will again be in the spotlight at the tram depot opening next week. "+
		"Critics say the dispute has strengthened the mayor's hand against the council.\n\n"+
		"Ms Okafor and Mr Patel met again on Friday to discuss the costs. "+
		"The city's transport chief said Ms Okafor and Mr Patel could only settle the row by agreeing a budget. "+
		"The mayor told reporters the line would open in 2027. "+
		"A former mayor called the plan a costly mistake.\n\n"+
		"Engineers described the line as a sturdy piece of modern design. "+
		"The depot will house 40 trams, and the tram depot will employ 300 staff.")
	for _, c := range []struct {
		sub, phrase string
		want        bool
	}{
		{"Several rowing clubs", "sincere hopes", true}, // emotiveBlank
		{"Engineers described", "sturdy piece", true},   // a describing word and a noun of quantity
		{"will again be in the", "spotlight", true},     // idiomBlank
		{"dispute has strengthened", "mayor", true},     // officeBlank: the mayor, named in two other sentences
		{"transport chief said", "Patel", true},         // pairGiveaway
		{"The depot will house", "40", false},           // a figure
		{"Mayor Ruth Okafor and", "tram line", false},   // a term the sentence is about
		{"will again be in the", "tram depot", false},   // not the idiom
		{"Several rowing clubs", "crew", false},         // a plain term
	} {
		s := sentenceWith(t, x, c.sub)
		sp := cardSpanIn(t, s, c.phrase)
		got := x.emotiveBlank(s, sp) || idiomBlank(s, sp) || x.officeBlank(s, sp) || x.pairGiveaway(s, sp)
		if got != c.want {
			t.Errorf("%q in %q: held %v, want %v", c.phrase, s.text, got, c.want)
		}
	}
}

func TestInstanceDefinition(t *testing.T) {
	x := analyseText(t, "Harbour town elects new council\n\n"+
		"The council race, a contest won by Maria Duarte in both 2014 and 2019, opened on Monday. "+
		"The ferry levy, a charge on every crossing to the island, will rise in May.")
	mk := func(sub, term, back string) *item {
		s := sentenceWith(t, x, sub)
		it := &item{sent: s, answer: term, rule: "definition-appositive"}
		it.c = &quiz.Card{Front: upperFirst(term), Back: back}
		return it
	}
	if !instanceDefinition(mk("The council race", "council race", "A contest won by Maria Duarte in both 2014 and 2019")) {
		t.Error("a back telling what one person did should be held")
	}
	if instanceDefinition(mk("The ferry levy", "ferry levy", "A charge on every crossing to the island")) {
		t.Error("a back saying what the term is should stay")
	}
}

func TestCardBlankHeldInDrafts(t *testing.T) {
	text := "Rowing clubs look to the regional final\n\n" +
		"Several rowing clubs had sincere hopes of reaching the regional final this spring, but a flooded river cut the season short. " +
		"The Avon crew won the county regatta in April and will race in the final in June. " +
		"Coach Hana Mori said the crew trained on the river six days a week.\n\n" +
		"The regatta drew 40 crews from across the county, the most since 1998. " +
		"Organisers said the flooded river had cost the clubs about £20,000 in repairs. " +
		"The county council has promised a new boathouse by 2026."
	res := mustGenerate(t, text, Options{})
	for _, c := range res.Course.Cards {
		if strings.EqualFold(c.Back, "sincere hopes") {
			t.Errorf("card over a word of praise proposed: %q", c.Front)
		}
	}
}
