package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

func TestLeansBack(t *testing.T) {
	x, err := analyse([]string{
		"Harbour Lines has agreed to buy 40% of Corran Ferries, the largest ferry operator in the north.",
		"Corran said in a statement that Harbour Lines will pay 20m pounds once the council approves the deal. The Welsh shipping group will take the shares from the port trust. Ticket sales rose 12% last year, the port trust said.",
		"The new ferries need a small crew and a diesel engine. The engine drives two propellers at the stern of the boat.",
		"The port trust expects the first new route to open in May, it noted.",
		"Fares rose to 14 pounds in the spring. A year ago, fares were 3 pounds lower.",
		"The trust launched a new catamaran in June. Some 300 people queued at dawn for the catamaran's first crossing.",
		"Corran Ferries carries more passengers than any other operator on the coast. Meanwhile, 40% of riders said the fares were too high.",
		"The Cardiff based company has cut its winter timetable.",
		"The ferry operator carried 2 million people in its first year of trading.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sub  string
		want bool
	}{
		// A description of a firm named before, with a modifier.
		{"The Welsh shipping group", true},
		// A noun the sentence before brought in with "a".
		{"The engine drives", true},
		// A closing "it noted": the speaker is named earlier.
		{"it noted", true},
		// A comparison whose base is in the sentence before.
		{"3 pounds lower", true},
		// "the catamaran's" for the catamaran of the sentence before.
		{"the catamaran's first", true},
		// A sentence set beside the one before.
		{"Meanwhile, 40%", true},
		// "The Cardiff based company": a firm named before, described.
		{"The Cardiff based company", true},
		// The sentences that say what they are about read alone.
		{"Harbour Lines has agreed", false},
		{"Ticket sales rose 12%", false},
		{"more passengers than any", false},
		{"The new ferries need", false},
	} {
		s := sentenceWith(t, x, tc.sub)
		if got := x.leansBack(s); got != tc.want {
			var tags []string
			for _, k := range s.toks {
				tags = append(tags, k.text+"/"+k.tag)
			}
			t.Errorf("%q: leansBack = %v, want %v (%v)", s.text, got, tc.want, tags)
		}
	}
}

// A report's topic, named in most paragraphs, is known to the reader:
// "the chapel's roof" reads alone in a report on a chapel.
func TestLeansBackTopic(t *testing.T) {
	x, err := analyse([]string{
		"A fire broke out at the old chapel in Varden on Monday evening.",
		"Crowds gathered outside the chapel as smoke rose over the town.",
		"Firefighters said the chapel's roof had collapsed before midnight.",
	})
	if err != nil {
		t.Fatal(err)
	}
	s := sentenceWith(t, x, "the chapel's roof")
	if x.leansBack(s) {
		t.Errorf("%q: leansBack = true on the report's topic", s.text)
	}
}

// In a theme that is a whole short report, a false statement a little
// under the threshold balances a true statement over it, so that the
// true statement stays proposed.
func TestBalanceByFalse(t *testing.T) {
	tf := func(truth bool, score float64, idx int, ans string) item {
		s := &sentence{idx: idx, score: 0.6}
		q := &quiz.Question{Type: quiz.TrueFalse, Options: []quiz.Option{{Text: "True", Correct: truth}, {Text: "False", Correct: !truth}}}
		rule := "truefalse-true"
		if !truth {
			rule = "truefalse-swap/number"
		}
		return item{sent: s, q: q, score: score, rule: rule, answer: ans}
	}
	items := []item{
		tf(true, 0.8, 0, ""), tf(true, 0.7, 1, ""), tf(true, 0.6, 2, ""), tf(true, 0.55, 3, ""),
		tf(false, 0.45, 4, "12"), tf(false, 0.38, 5, "40"), tf(false, 0.2, 6, "9"),
	}
	for i := 0; i < 4; i++ {
		items[i].proposed = true
	}
	balanceByFalse(items, Options{}.withDefaults())
	got := []bool{}
	for _, it := range items {
		got = append(got, it.proposed)
	}
	want := []bool{true, true, true, true, true, true, false}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("proposed = %v, want %v", got, want)
		}
	}
	// Four true and two false are not fair: the weakest true statement
	// goes, and three true and two false are proposed, where without a
	// false statement under the threshold two true and one false were.
	balanceTrueFalse(items, Options{}.withDefaults())
	n := 0
	for _, it := range items {
		if it.proposed {
			n++
		}
	}
	if n != 5 || items[3].proposed {
		t.Errorf("after balancing, %d proposed (fourth true statement proposed: %v), want 5 and false", n, items[3].proposed)
	}
}
