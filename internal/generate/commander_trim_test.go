package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

const r54Officer = `Karol Lisowski

Karol Lisowski (1899 – 1951) was a Polish cavalry officer and a founder of a resistance group.

In 1918 Lisowski joined a scout troop of the town guard under General Adam Wirski in the Lida area. Lisowski then joined the regular army and fought in the war of 1919–1920, serving under Major Piotr Sokal. In 1921 Lisowski served under Colonel Jan Brzoza. Later Lisowski trained horses for the army at Grodno.

Lisowski was arrested in 1947 and died in prison in 1951.`

// A statement drops an officer named once under whom the subject served,
// where the officer modifies what the subject did; where serving under
// him is the point ("served under Colonel …"), the statement keeps him.
func TestCommanderEdit(t *testing.T) {
	x := analyseText(t, r54Officer)
	for _, tc := range []struct{ sub, want string }{
		{"serving under", ", serving under Major Piotr Sokal"},
		{"scout troop", " under General Adam Wirski"},
		{"served under", ""},
	} {
		s := r52Find(t, x, tc.sub)
		got := ""
		if e := x.commanderEdit(s); len(e) == 1 {
			got = e[0].old
		}
		if got != tc.want {
			t.Errorf("%q: dropped %q, want %q", s.text, got, tc.want)
		}
	}
}

// Drafted, the life's statements say what Lisowski did without the
// officers named once.
func TestCommanderLeftOutOfStatements(t *testing.T) {
	res, err := Generate(r54Officer, Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, d := range res.Drafts {
		if d.Question == nil || d.Question.Type != quiz.TrueFalse {
			continue
		}
		p := d.Question.Prompt
		if strings.Contains(p, "Sokal") || strings.Contains(p, "Wirski") {
			t.Errorf("statement keeps an officer named once: %q", p)
		}
		if strings.Contains(p, "fought in the war of 1919–1920.") || strings.Contains(p, "town guard in the Lida area.") {
			found++
		}
	}
	if found != 2 {
		t.Errorf("%d of the two trimmed statements drafted", found)
	}
}

// A false statement that swaps the officer left out would ask about
// him: it is not asked.
func TestCommanderSwapNotAsked(t *testing.T) {
	x := analyseText(t, r54Officer)
	s := r52Find(t, x, "serving under")
	it := &item{sent: s, rule: "truefalse-swap/person", q: &quiz.Question{Type: quiz.TrueFalse,
		Prompt: strings.Replace(s.text, "Piotr Sokal", "Adam Wirski", 1)}}
	if x.standAlone(it) {
		t.Errorf("a statement swapping the officer left out is asked: %q", it.q.Prompt)
	}
	ok := &item{sent: s, rule: "truefalse-swap/year", q: &quiz.Question{Type: quiz.TrueFalse,
		Prompt: strings.Replace(s.text, "1919–1920", "1925–1926", 1)}}
	if !x.standAlone(ok) || strings.Contains(ok.q.Prompt, "Sokal") {
		t.Errorf("a statement swapping the war's years: asked %v as %q", x.standAlone(ok), ok.q.Prompt)
	}
}
