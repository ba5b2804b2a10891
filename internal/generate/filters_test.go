package generate

import "testing"

func spanOf(t *testing.T, x *article, k string) *span {
	t.Helper()
	sps := x.byKey[k]
	if len(sps) == 0 {
		t.Fatalf("%q not found; have %v", k, x.keys)
	}
	return sps[0]
}

func TestFilters(t *testing.T) {
	x, err := analyse([]string{
		"On Monday, President Xi and Putin met in Moscow to discuss the new trade agreement.",
		"In May, Xi and Putin spoke again about energy exports and the pipeline contracts.",
		"Europe and the United States imposed sanctions on the banks after the summit.",
		"The ministers said the deal offered a competitive option to Western suppliers of gas.",
		"Gas prices across Europe rose sharply during the cold winter months of that year.",
		"Officials therefore expect the two countries to sign further deals in the coming years.",
	})
	if err != nil {
		t.Fatal(err)
	}
	xi := spanOf(t, x, "xi")
	if !x.inseparable(xi.sent, xi) {
		t.Errorf("Xi, always paired with Putin, is not inseparable")
	}
	if c := x.blankable(xi.sent, xi); c != nil {
		t.Errorf("blank on Xi in %q kept", xi.sent.text)
	}
	eu := spanOf(t, x, "europe")
	if x.inseparable(eu.sent, eu) {
		t.Errorf("Europe, paired once with the United States, is inseparable")
	}
	if !x.peers("europe", "united states") || x.peers("europe", "moscow") {
		t.Errorf("peers: Europe/United States should be peers, Europe/Moscow not")
	}
	opt := spanOf(t, x, "competitive option")
	if c := x.blankable(opt.sent, opt); c != nil {
		t.Errorf("blank on the vague %q kept", opt.text)
	}
	for _, s := range x.sents {
		want := s.idx != 5 && s.idx != 4 // "therefore"; "that year" points back
		if got := selfContained(s); got != want {
			t.Errorf("selfContained(%q) = %v, want %v", s.text, got, want)
		}
	}
}

func TestSwapNumberOK(t *testing.T) {
	pct := &span{kind: kPercent, num: numInfo{value: 71, suffix: "%"}}
	money := &span{kind: kMoney, num: numInfo{value: 2.7, prefix: "€", scale: " billion"}}
	for _, tc := range []struct {
		sp   *span
		text string
		want bool
	}{
		{pct, "69%", false}, // "about 71%" covers it
		{pct, "36%", true},
		{pct, "7%", false}, // absurd
		{money, "€1.1 billion", true},
		{money, "€800 million", true},
		{money, "€400 million", false},
		{money, "€2.5 billion", false},
		{&span{kind: kYear, num: numInfo{value: 2013}}, "2018", true},
	} {
		if got := swapNumberOK(tc.sp, tc.text); got != tc.want {
			t.Errorf("swapNumberOK(%v, %q) = %v, want %v", tc.sp.num.value, tc.text, got, tc.want)
		}
	}
}

func TestDefinedDistractors(t *testing.T) {
	x := a(t, "water-cycle.txt")
	for _, d := range mustGenerate(t, mustRead(t, "water-cycle.txt"), Options{}).Drafts {
		q := d.Question
		if q == nil || d.Rule != "cloze-single/term" {
			continue
		}
		for _, o := range q.Options {
			if !x.definedTerms()[key(o.Text)] {
				t.Errorf("question %s: option %q is not a term the article defines", q.ID, o.Text)
			}
		}
	}
}
