package generate

import "testing"

// A blank over a name of several capitalised words accepts its initials,
// and a name given with its letters in brackets accepts the letters (and
// the letters the name): set 53's "At the recent _____ in Las Vegas …"
// left out "CES" for "Consumer Electronics Show".
func TestAcronymAnswerForms(t *testing.T) {
	x, err := analyse([]string{
		"At the recent Garden Machinery Expo in Leeds the new quiet mowers were shown to buyers.",
		"The Council of Northern Harbour Pilots (CNHP) is studying the new rules for the port.",
		"The Association of Coastal Ferry Operators (ACFO) has asked for lower fees.",
		"Some members of the ACFO think the fees are fair and the harbour is well run.",
		"The Ferry Board met on Tuesday and the board agreed to wait until spring.",
		"In April the EC is due to start its own study of the fees.",
		"The ferries carried troops in World War II and the US District Court later seized two of them.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		key   string
		typed []string
		not   []string
	}{
		// Three capitalised words ending on an event's word: their initials,
		// written or not; and "Expo" is no surname of a person.
		{"garden machinery expo", []string{"Garden Machinery Expo", "GME", "gme"}, []string{"GM", "Expo"}},
		// The letters the article gives in brackets after the name.
		{"council of northern harbour pilots", []string{"CNHP"}, nil},
		// The name written before the letters, where the blank is the letters.
		{"acfo", []string{"ACFO", "Association of Coastal Ferry Operators"}, nil},
		// The European Commission by its letters, which the article alone writes.
		{"ec", []string{"EC", "the EC", "European Commission", "the European Commission"}, nil},
		// A numeral or letters in the name: no initials of its own.
		{"world war ii", []string{"World War II"}, []string{"WWI"}},
		{"us district court", []string{"US District Court"}, []string{"UDC"}},
		// Two capitalised words the article never writes as letters: no initials.
		{"ferry board", []string{"Ferry Board"}, []string{"FB"}},
	} {
		sps := x.byKey[tc.key]
		if len(sps) == 0 {
			t.Errorf("%q not found; have %v", tc.key, x.keys)
			continue
		}
		got := x.answerForms(sps[len(sps)-1])
		for _, s := range tc.typed {
			if !accepts(got, s) {
				t.Errorf("%q: %q refused; accepted %q", tc.key, s, got)
			}
		}
		for _, s := range tc.not {
			if accepts(got, s) {
				t.Errorf("%q: %q accepted; accepted %q", tc.key, s, got)
			}
		}
	}
}

// Letters in brackets after a plural name are written with a plural "s"
// ("Park Safety Wardens (PSWs)"): the name accepts the letters in both
// numbers, as a card over "Community Support Officers (CSOs)" must.
func TestPluralAcronymAnswerForms(t *testing.T) {
	x, err := analyse([]string{
		"The union says it opposes giving Park Safety Wardens (PSWs) the power to fine dog owners.",
		"The council wants more of them on its parks by next year.",
	})
	if err != nil {
		t.Fatal(err)
	}
	sps := x.byKey["park safety wardens"]
	if len(sps) == 0 {
		t.Fatalf("park safety wardens not found; have %v", x.keys)
	}
	got := x.answerForms(sps[0])
	for _, s := range []string{"Park Safety Wardens", "PSWs", "PSW"} {
		if !accepts(got, s) {
			t.Errorf("%q refused; accepted %q", s, got)
		}
	}
	// A blank over the plural letters accepts the name.
	sps = x.byKey["psws"]
	if len(sps) == 0 {
		t.Fatalf("psws not found; have %v", x.keys)
	}
	got = x.answerForms(sps[0])
	for _, s := range []string{"PSWs", "Park Safety Wardens"} {
		if !accepts(got, s) {
			t.Errorf("letters: %q refused; accepted %q", s, got)
		}
	}
}
