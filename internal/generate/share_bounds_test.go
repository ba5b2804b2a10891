package generate

import "testing"

// A percentage that is a share of a whole is never offered above 100%,
// nor as "more than 100%": "more than 100% of all the studio's films" is
// wrong at sight. A change ("rose by more than _____") may exceed 100%.
func TestPercentShareOptions(t *testing.T) {
	x := analyseText(t, "Mr Grant said that more than 60% of all the studio's films were watched at home. He said its sales rose by more than 40% last year.")
	find := func(si int, text string) (*sentence, *span) {
		s := x.paras[0].sents[si]
		for _, o := range s.spans {
			if o.text == text {
				return s, o
			}
		}
		t.Fatalf("no span %q in %q", text, s.text)
		return nil, nil
	}
	s, sp := find(0, "60%")
	if sp.kind != kPercent {
		t.Fatalf("60%% is %v, not a percentage", sp.kind)
	}
	for opt, want := range map[string]bool{"90%": true, "100%": false, "120%": false} {
		if got := numberOptionOK(s, sp, opt); got != want {
			t.Errorf("share option %s: ok = %v, want %v", opt, got, want)
		}
	}
	// The options a choice question is offered keep to it too.
	for _, o := range x.distractors(s, sp) {
		if v, _ := amountOf(o.text); v >= 100 {
			t.Errorf("distractor %q offered for a share after \"more than\"", o.text)
		}
	}
	s, sp = find(1, "40%")
	if got := numberOptionOK(s, sp, "120%"); !got {
		t.Errorf("a rise of more than 120%% was ruled out; only shares are bounded")
	}
}
