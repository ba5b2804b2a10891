package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A report that gives its main figure three times, the shape of a news
// report on a power limited to a number of hours, written for the test.
const figureReport = `Council leader Anna Berg said the current 48 hour parking ban did not deter the worst offenders.

After the hearing, Ms Berg said being able to ban cars for only 48 hours did not necessarily change anything.

The new transport rules will give wardens greater powers to tow cars, but only for 48 hour periods.

The city also plans to open three new car parks near the station next spring.`

func figureItems(t *testing.T) (x *article, tr, f1, f2, other *item) {
	t.Helper()
	x = analyseText(t, figureReport)
	tf := func(s *sentence, prompt string, isTrue bool, rule string, score float64) *item {
		q := &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? " + prompt,
			Options: []quiz.Option{{Text: "True", Correct: isTrue}, {Text: "False", Correct: !isTrue}}}
		it := &item{sent: s, q: q, rule: rule, score: score, proposed: true}
		if !isTrue {
			for _, sp := range s.spans {
				if sp.kind.numeric() && strings.HasPrefix(sp.text, "48") {
					it.sp, it.answer = sp, sp.text
				}
			}
			if it.sp == nil {
				t.Fatalf("no figure span in %q", s.text)
			}
		}
		return it
	}
	s1 := sentenceWith(t, x, "current 48 hour")
	s2 := sentenceWith(t, x, "only 48 hours")
	s3 := sentenceWith(t, x, "48 hour periods")
	s4 := sentenceWith(t, x, "three new car parks")
	tr = tf(s1, s1.text, true, "truefalse-true", 0.63)
	f1 = tf(s2, strings.Replace(s2.text, "48 hours", "12 hours", 1), false, "truefalse-swap/number", 0.36)
	f2 = tf(s3, strings.Replace(s3.text, "48 hour", "12 hour", 1), false, "truefalse-swap/number", 0.35)
	other = tf(s4, s4.text, true, "truefalse-true", 0.5)
	return
}

func TestFigureNouns(t *testing.T) {
	for _, text := range []string{"the current 48 hour ban", "for only 48 hours.", "a 48-hour ban"} {
		if !figureNouns(text)["48 hour"] {
			t.Errorf("figureNouns(%q) = %v, want 48 hour", text, figureNouns(text))
		}
	}
	if got := figureNouns("in 2004 elections"); len(got) != 0 {
		t.Errorf("a year read as a figure: %v", got)
	}
	if got := swappedIn("bans for only 48 hours did not work.", "bans for only 12 hours did not work."); got != "12" {
		t.Errorf("swappedIn = %q, want 12", got)
	}
}

func TestFigureRepeatFalseOnTestedFigure(t *testing.T) {
	x, tr, f1, f2, other := figureItems(t)
	// A false statement on the figure a true statement quotes repeats
	// it, whatever their scores; the true statement does not repeat it.
	if !x.figureRepeat(f1, tr) || x.figureRepeat(tr, f1) {
		t.Errorf("false statement on the quoted 48 hours: repeat %v, reverse %v", x.figureRepeat(f1, tr), x.figureRepeat(tr, f1))
	}
	f1.score = 0.9
	if !x.figureRepeat(f1, tr) {
		t.Error("a better scored false statement on the quoted figure is not a repeat")
	}
	// The same figure swapped twice: the weaker one repeats.
	f1.score = 0.36
	if !x.figureRepeat(f2, f1) || x.figureRepeat(f1, f2) {
		t.Errorf("the same swap twice: weaker repeats %v, better repeats %v", x.figureRepeat(f2, f1), x.figureRepeat(f1, f2))
	}
	// Another fact with no figure repeats nothing.
	for _, y := range []*item{tr, f1, f2} {
		if x.figureRepeat(other, y) || x.figureRepeat(y, other) {
			t.Errorf("%q and %q called a repeat", other.sent.text, y.sent.text)
		}
	}
}

func TestHoldFigureRepeatsKeepsBalance(t *testing.T) {
	x, tr, f1, f2, other := figureItems(t)
	// Two true, two false: holding both false statements leaves two
	// true/false items, which the 40-60% rule does not bind.
	kept := []*item{tr, other, f1, f2}
	tally := map[string]*[2]int{"": {2, 2}}
	kept = x.holdFigureRepeats(kept, tally)
	if len(kept) != 2 || f1.proposed || f2.proposed || !tr.proposed || !other.proposed {
		t.Fatalf("kept %d items; proposed: true %v, false %v %v", len(kept), tr.proposed, f1.proposed, f2.proposed)
	}
	// Three true and two false statements: holding one false statement
	// leaves three true in four, so it stays.
	_, tr, f1, _, other = figureItems(t)
	tally = map[string]*[2]int{"": {3, 2}}
	kept = x.holdFigureRepeats([]*item{tr, other, f1}, tally)
	if len(kept) != 3 || !f1.proposed {
		t.Errorf("a false statement held where it leaves the theme three true in four: kept %d", len(kept))
	}
}

func TestFigureRepeatSharedActor(t *testing.T) {
	x, tr, f1, _, _ := figureItems(t)
	// Two true statements on the key figure by the same person state one
	// fact: the weaker repeats the better.
	f1.rule, f1.sp, f1.answer = "truefalse-true", nil, "True"
	f1.q.Options[0].Correct, f1.q.Options[1].Correct = true, false
	if !x.figureRepeat(f1, tr) || x.figureRepeat(tr, f1) {
		t.Errorf("same figure, same person: weaker repeats %v, better repeats %v", x.figureRepeat(f1, tr), x.figureRepeat(tr, f1))
	}
}

// A short report in the shape of one whose two false statements both
// swapped the figure a true statement quotes, written for the test.
const wardensReport = `Wardens urge longer parking bans

New powers are needed to ban cars from crowded streets for up to a month or even for good, council leaders have told ministers.

Harbour Council leader Anna Berg said the current 48 hour parking ban did not have enough effect on repeat offenders. Ms Berg's remarks follow the row over plans to let delivery vans park in bus lanes. She rejected calls from traders for the change to be put off. Instead, the new Transport Act could help clear the streets, but only if it was properly funded, she argued.

The council made its case for longer bans in a paper for the Commons transport committee. After the hearing, Ms Berg said being able to ban cars for only 48 hours did not necessarily change anything. "If it's late on a Friday and you ban a car for 48 hours there's little cost to the driver because they would not drive on Sunday anyway."

Under the council's plan, the bans would be used only with the consent of the local roads board. The new transport rules will give wardens greater powers to tow cars, but only for 48 hour periods.

Ms Berg said the car hire trade was not policing itself. Transport Secretary Paul Reyes is looking at the idea of a charge on hire firms to pay for extra wardens. The changes have worried some drivers' groups, who fear they could push cars into quiet side streets. Mr Reyes said on Monday it was not his job to give in to the campaign against the rules.`

func TestGenerateAsksFigureOnce(t *testing.T) {
	res, err := Generate(wardensReport, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var on []string
	for _, d := range res.Drafts {
		if q := d.Question; q != nil && q.Type == quiz.TrueFalse && figureNouns(d.Sentence)["48 hour"] {
			on = append(on, q.Prompt)
		}
	}
	if len(on) > 1 {
		t.Errorf("%d true/false items on the 48 hour ban:\n%s", len(on), strings.Join(on, "\n"))
	}
	if len(res.Drafts) < minProposed {
		t.Errorf("proposed %d items, want at least %d: the held repeats' places are not taken", len(res.Drafts), minProposed)
	}
}

// The flood report names the governor who declared a state of emergency
// in 26 counties in two sentences; judges rejected a second item on it
// as a repeat. One blank on him stays, and the themes keep their items.
func TestFloodsGovernorAskedOnce(t *testing.T) {
	res, err := Generate(devArticle(t, "floods-news.txt"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range res.Drafts {
		if d.Question != nil && figureNouns(d.Sentence)["26 county"] && strings.Contains(d.Question.Prompt, "Gov. _____") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d blanks on the governor of the 26 counties, want 1", n)
	}
	if len(res.Drafts) < 15 {
		t.Errorf("proposed %d items, want the 15 left once the repeat is held", len(res.Drafts))
	}
}
