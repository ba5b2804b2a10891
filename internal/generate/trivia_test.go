package generate

import (
	"testing"
)

func TestIncidental(t *testing.T) {
	x, err := analyse([]string{
		"The Saltmarsh ferry line opened in 1987 and now carries 9,000 riders a day between Varden and Ostby. " +
			"The ferry line cost €40 million, paid by the harbour council of Varden. " +
			"Ridership grew fastest after the council cut fares in 1995, according to Brightwell Analytics. " +
			"Engines from several makers, including Corran Marine, power the newer boats.",
		"Ferries on the Saltmarsh line were first built of timber. In 1995 the harbour council replaced them with steel boats, said Anna Holt, who runs the ferry museum.",
		"The Varden ferry boats still carry 9,000 riders a day in summer.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range x.sents {
		s.score = 0.6 // every sentence central: only the position in the sentence counts here
	}
	for _, tc := range []struct {
		key  string
		want bool
	}{
		{"9 000", false},               // the article comes back to it
		{"1987", false},                // the main clause of a central sentence
		{"brightwell analytics", true}, // the source of a report
		{"corran marine", true},        // named once in a list after "including"
		{"anna holt", true},            // the person quoted
		{"40 million", false},          // a figure with a scale word, in the main clause
	} {
		sps := x.byKey[tc.key]
		if len(sps) == 0 {
			t.Errorf("%q not found; have %v", tc.key, x.keys)
			continue
		}
		if got := x.incidental(sps[0].sent, sps[0]); got != tc.want {
			t.Errorf("incidental(%q in %q) = %v, want %v", tc.key, sps[0].sent.text, got, tc.want)
		}
	}
	// A figure named once in the least central sentence of its theme is
	// a detail.
	sp := x.byKey["1987"][0]
	sp.sent.score = 0.1
	if !x.incidental(sp.sent, sp) {
		t.Errorf("1987 in a peripheral sentence is not incidental")
	}
}

// The pet name of a thing told once ("Pip the crab") is incidental; a
// name the sentence is about is not.
func TestEpithetNameIncidental(t *testing.T) {
	x, err := analyse([]string{
		"The Leeds team is already working on the robot's next version, which will replace the human face with a friendlier creature: Pip the crab. " +
			"Maria Holt leads the Leeds team, which built the first robot face in 2003.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range x.sents {
		s.score = 0.6
	}
	var pip, holt *span
	for _, s := range x.sents {
		for _, sp := range s.spans {
			switch sp.text {
			case "Pip":
				pip = sp
			case "Maria Holt":
				holt = sp
			}
		}
	}
	if pip == nil || holt == nil {
		t.Fatalf("names not found: %v", x.keys)
	}
	if !x.incidental(pip.sent, pip) {
		t.Errorf("the crab's name in %q is not incidental", pip.sent.text)
	}
	if x.incidental(holt.sent, holt) {
		t.Errorf("Maria Holt in %q is incidental", holt.sent.text)
	}
}

// A name set between dashes is an aside, as one in brackets is: one of
// two sites named once in a report's closing sentence.
func TestDashAsideIncidental(t *testing.T) {
	x, err := analyse([]string{
		"Councils 'must find Gypsy sites'",
		"Ministers are telling councils to find more sites for travellers, amid continuing rows concerning a string of unauthorised encampments.",
		"Two of the most controversial traveller sites — Cottenham in Cambridgeshire and Minety in Wiltshire — remain embroiled in an ongoing legal battle. " +
			"The council of Swindon — which runs six sites — will build two more in Chippenham.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range x.sents {
		s.score = 0.6 // every sentence central: only the position in the sentence counts here
	}
	for _, tc := range []struct {
		sub, answer string
		want        bool
	}{
		{"Two of the most controversial", "Cottenham", true},
		{"The council of Swindon", "Chippenham", false}, // after the closing dash
	} {
		s, sp := answerIn(t, x, tc.sub, tc.answer)
		if got := x.incidental(s, sp); got != tc.want {
			t.Errorf("incidental(%q in %q) = %v, want %v", tc.answer, s.text, got, tc.want)
		}
	}
}

// The length of a span counted from now is no answer to blank: "6
// months" or "5 years" would be as true as the article's figure.
func TestElapsedSpanIncidental(t *testing.T) {
	x := analyseText(t, "The web looks very different today than it did 10 years ago.\n\n"+
		"The number of Europeans with broadband has exploded over the past 12 months, with the web eating into TV viewing habits, research suggests.")
	for _, s := range x.sents {
		s.score = 0.6
	}
	for _, c := range []struct{ sub, ans string }{{"10 years ago", "10 years"}, {"the past 12 months", "12 months"}} {
		s, sp := answerIn(t, x, c.sub, c.ans)
		if !x.incidental(s, sp) {
			t.Errorf("%q in %q: not incidental", c.ans, s.text)
		}
	}
}
