package generate

import "testing"

func TestLeansBack(t *testing.T) {
	x, err := analyse([]string{
		"Harbour Lines has agreed to buy 40% of Corran Ferries, the largest ferry operator in the north.",
		"Corran said in a statement that Harbour Lines will pay 20m pounds once the council approves the deal. The Welsh shipping group will take the shares from the port trust. Ticket sales rose 12% last year, the port trust said.",
		"The new ferries need a small crew and a diesel engine. The engine drives two propellers at the stern of the boat.",
		"The port trust expects the first new route to open in May, it noted.",
		"Fares rose to 14 pounds in the spring. A year ago, fares were 3 pounds lower.",
		"The trust launched a new catamaran in June. Some 300 people queued at dawn for the catamaran's first crossing.",
		"Corran Ferries carries more passengers than any other operator on the coast.",
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
