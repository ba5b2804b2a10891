package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A rise given as a share and as the two counts it runs between is one
// rise; other figures are not.
func TestSameRise(t *testing.T) {
	share := "The survey found that the number of homes with solar panels had risen by 60% over the past year."
	for _, c := range []struct {
		other string
		want  bool
	}{
		{"Just over 32 million homes now have panels on their roofs, up from 20 million a year ago.", true},
		{"The number of homes with panels grew from 20 million to 32 million in a year.", true},
		{"Just over 32 million homes now have panels on their roofs, up from 16 million a year ago.", false},
		{"The number of homes with panels grew from 20 million to 24 million in a year.", false},
		{"Just over 32 million homes now have panels on their roofs.", false},
	} {
		if got := sameRise(share, c.other); got != c.want {
			t.Errorf("sameRise(%q, %q) = %v, want %v", share, c.other, got, c.want)
		}
		if got := sameRise(c.other, share); got != c.want {
			t.Errorf("sameRise(%q, %q) = %v, want %v", c.other, share, got, c.want)
		}
	}
}

// Of two statements on one rise in other figures, one is proposed: the
// better scored where its theme's statements stay honest without the
// other, else the other.
func TestHoldGrowthRepeats(t *testing.T) {
	x, err := analyse([]string{
		"The survey found that the number of homes with solar panels had risen by 60% over the past year. " +
			"Just over 32 million homes now have panels on their roofs, up from 20 million a year ago.",
		"The biggest jump was in Spain, where sales of panels rose by 120%. " +
			"Installers in the north of the country could not find enough roofers. " +
			"Most of the panels sold in the south were made in China.",
	})
	if err != nil {
		t.Fatal(err)
	}
	tf := func(sub string, isTrue bool, score float64) item {
		s := sentenceWith(t, x, sub)
		rule, answer := "truefalse-true", "True"
		if !isTrue {
			rule, answer = "truefalse-swap/number", "False"
		}
		return item{sent: s, answer: answer, rule: rule, score: score, proposed: true,
			q: &quiz.Question{Theme: "solar", Type: quiz.TrueFalse, Options: []quiz.Option{{Text: "True", Correct: isTrue}, {Text: "False", Correct: !isTrue}}}}
	}
	for _, c := range []struct {
		name  string
		items []item
		want  []bool
	}{
		{"better kept", []item{
			tf("had risen by 60%", true, 0.6),
			tf("up from 20 million", false, 0.4),
			tf("could not find", false, 0.35),
		}, []bool{true, false, true}},
		{"other kept for balance", []item{
			tf("had risen by 60%", true, 0.6),
			tf("biggest jump", true, 0.5),
			tf("could not find", true, 0.45),
			tf("up from 20 million", false, 0.4),
			tf("Most of the panels", false, 0.3),
		}, []bool{false, true, true, true, true}},
	} {
		x.holdRepeats(c.items, Options{MaxQuestionsPerTheme: 8, MaxCardsPerTheme: 6})
		for i, it := range c.items {
			if it.proposed != c.want[i] {
				t.Errorf("%s: item %d (%q): proposed %v, want %v", c.name, i, it.sent.text, it.proposed, c.want[i])
			}
		}
		n, f := 0, 0
		for _, it := range c.items {
			if it.proposed {
				n++
				if !strings.HasPrefix(it.rule, "truefalse-true") {
					f++
				}
			}
		}
		if !fairTrueFalse(n-f, f) {
			t.Errorf("%s: %d true and %d false proposed", c.name, n-f, f)
		}
	}
}
