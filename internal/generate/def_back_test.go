package generate

import (
	"strings"
	"testing"
)

func TestDefBackOK(t *testing.T) {
	for _, c := range []struct {
		term, def, rule string
		want            bool
	}{
		{"Anna Reed", "A schoolteacher from the northern valley", "appositive", true},
		{"Kontor", "A trading post with its own laws", "appositive", true},
		{"Lena Berg", "Germany’s top diplomat", "role", true},
		{"Paul Hart", "'s father", "role", false},
		{"Paul Hart", "’s father", "role", false},
		{"Ivan Petrov", "Иван Петров", "appositive", false},
		{"Ivan Petrov", "Ivan Ivanovich Petrov", "appositive", false},
		{"Mill", "The founder of that institute", "is-a", false},
		{"Mill", "His elder brother", "role", false},
		{"Big problem", "“a lack of money”", "is-a", false},
		{"Grain tax", "A tax that farmers paid on every harvest", "is-a", true},
		{"UN", "United Nations", "acronym", true},
		{"Tom Vale", "The mayor of Westport", "role", true},
	} {
		if got := defBackOK(nil, c.term, c.def, c.rule); got != c.want {
			t.Errorf("defBackOK(%q, %q) = %v, want %v", c.term, c.def, got, c.want)
		}
	}
}

// Definition cards through the whole analysis, on sentences written for
// the test.
func TestDefinitionBacksDefine(t *testing.T) {
	x := analyseText(t, "Maria Lind was born in a small fishing town in 1850 and became a famous painter of the sea.\n\n"+
		"Her father, Johan Lind, was a boat builder who taught her to draw ships.\n\n"+
		"Maria Lind's brother, Karl Lind, sailed to Brazil with the fleet in 1871.\n\n"+
		"The Harbour Society, a group made up of the town's fishermen, delegates of the church, and painters from the capital, bought her first canvas.\n\n"+
		"The Lind Prize, a medal for painters including young students, is given each year in the town.\n\n"+
		"The critic said that \"the real problem is a lack of light\" in her late work.\n\n"+
		"Tom Vale, a spokesman for the town museum, said that the cause of the damage to her paintings remained unknown, and there was no sign of theft.")
	got := map[string]string{}
	for _, d := range x.definitions(x.sents) {
		got[d.c.Front] = d.c.Back
	}
	for front, back := range got {
		if strings.HasPrefix(back, "'") || strings.HasPrefix(back, "’") || strings.HasPrefix(strings.ToLower(back), "her ") {
			t.Errorf("card %q → %q: the back does not define", front, back)
		}
	}
	if b, ok := got["The Harbour Society"]; ok {
		t.Errorf("card on a list cut short: %q", b)
	}
	if b, ok := got["Harbour Society"]; ok {
		t.Errorf("card on a list cut short: %q", b)
	}
	if b := got["Lind Prize"] + got["The Lind Prize"]; strings.Contains(b, "including") {
		t.Errorf("card keeps a list of examples: %q", b)
	}
	for front := range got {
		if strings.Contains(strings.ToLower(front), "problem") {
			t.Errorf("card from quoted words: %q → %q", front, got[front])
		}
	}
	if got["Tom Vale"] == "" {
		t.Errorf("the appositive before a clause was lost: %v", got)
	}
}

func TestCutList(t *testing.T) {
	x := analyseText(t, "The Harbour Society, a group of local fishermen, delegates of the church, and painters from the capital, bought her first canvas.\n\n"+
		"Tom Vale, a spokesman for the museum, said that the cause remained unknown, and there was no sign of theft.")
	for _, c := range []struct {
		sub, after string
		want       bool
	}{
		{"Harbour Society", "local fishermen,", true},
		{"Tom Vale", "the museum,", false},
	} {
		s := sentenceWith(t, x, c.sub)
		at := strings.Index(s.text, c.after) + len(c.after)
		if got := cutList(s, at); got != c.want {
			t.Errorf("cutList(%q after %q) = %v, want %v", s.text, c.after, got, c.want)
		}
	}
}

// A card on a person whose back is not what the person is: a place or a
// body before the name ("At the Café Lumière, Paul Martin, …" drafted
// "Paul Martin" / "The Café Lumière") or a group the person belongs to
// (Kate Bush's biography: "One of the instructors, Dave Hazard, …"
// drafted "Dave Hazard" / "The instructors"). A role before the name
// still gives its card.
func TestRoleNotPlaceOrGroup(t *testing.T) {
	for _, c := range []struct {
		text, back string // back "" wants no role card
	}{
		{"At the Café Lumière, Paul Martin, the owner, said the new menu had doubled the number of customers.", ""},
		{"She spent her evenings at the Café Lumière, Paul Martin, the owner, recalled years later.", ""},
		{"One of the instructors, Dave Hazard, later noted in his autobiography that her dance moves seemed to owe something to karate.", ""},
		{"The bank's chief economist, Paul Martin, said the rise in rates would slow spending.", "The bank's chief economist"},
	} {
		x := analyseText(t, c.text)
		got := ""
		for _, d := range x.definitions(x.sents) {
			if d.rule == "definition-role" {
				got = d.c.Back
			}
		}
		if got != c.back {
			t.Errorf("role card of %q: back %q, want %q", c.text, got, c.back)
		}
	}
}
