package generate

import (
	"strings"
	"testing"
)

// An epithet a sports report calls its subject by ("The 27 year old", "The
// Ulsterman", "the former world champion") takes the name the lead gives
// where the last person named is the subject; one that follows another
// person is held back.
func TestSubjectEpithet(t *testing.T) {
	x, err := analyse([]string{
		"Northern Ireland man Tom Brady is sure he can win his first major title at the Indoor Games in Lyon.",
		"The 27 year old has run well this winter and goes in as one of the 1500 metres favourites. The Ulsterman beat the Olympic champion in Paris last month. New coach Ann Lee has helped Brady get his career back on track. The 27 year old 1500 metres runner has not always matched his early promise. But the former world champion would not say more about the race.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sub, old, want string // want "" when no name is put in
		back           bool
	}{
		{"The 27 year old has", "The 27 year old", "Tom Brady", false},
		{"The Ulsterman", "The Ulsterman", "Tom Brady", false},
		// The coach was named last: which one is meant is not plain.
		{"The 27 year old 1500", "The 27 year old 1500 metres runner", "", true},
		{"But the former", "the former world champion", "", true},
	} {
		s := sentenceWith(t, x, tc.sub)
		if d, ok := sportEpithet(s); !ok || d != tc.old {
			t.Errorf("%q: sportEpithet = %q, %v; want %q", s.text, d, ok, tc.old)
		}
		e, ok := x.describedSubject(s)
		if ok != (tc.want != "") || ok && (e.new != tc.want || e.old != tc.old) {
			t.Errorf("%q: describedSubject = %+v, %v; want %q", s.text, e, ok, tc.want)
		}
		if got := x.leansBack(s); got != tc.back {
			t.Errorf("%q: leansBack = %v, want %v", s.text, got, tc.back)
		}
	}
	// No epithet: a name, a body, a plural.
	for _, sub := range []string{"New coach Ann Lee"} {
		if d, ok := sportEpithet(sentenceWith(t, x, sub)); ok {
			t.Errorf("%q: sportEpithet = %q, want none", sub, d)
		}
	}
}

// A statement on a sentence opening on the epithet names the subject,
// false or true, and so does a question on its figure.
func TestSubjectEpithetItems(t *testing.T) {
	text := "Kenyan runner Mary Otieno is confident she can win a medal at the World Indoor Championships in Oslo next month.\n\n" +
		"The 26 year old has already broken the national record over 3000m twice this season, setting a new mark of 8 minutes 40 seconds to win the trials. " +
		"Otieno has won the national 3000m title for the past four years but has struggled abroad. " +
		"Otieno ran the fifth fastest time in the world this year at the Vienna meeting. " +
		"She left the European champion Ana Silva trailing in sixth place in Vienna."
	res, err := Generate(text, Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	named := false
	for _, d := range append(res.Drafts, res.Held...) {
		if d.Question == nil {
			continue
		}
		if strings.Contains(d.Question.Prompt, "26 year old") {
			t.Errorf("item leans on the epithet: %q", d.Question.Prompt)
		}
		if strings.Contains(d.Question.Prompt, "Mary Otieno has already broken") {
			named = true
		}
	}
	if !named {
		t.Errorf("no item on the epithet's sentence names Mary Otieno")
	}
}

// A sentence that leans back only for its epithet and the pronouns after
// it takes blanks, the name written in; the name loses the role the model
// took in with it.
func TestEpithetReads(t *testing.T) {
	x, err := analyse([]string{
		"Hurdler Mary Otieno has lodged an appeal against her four year doping ban with the sport's court.",
		"The 26 year old received the ban in March for her part in the Velka laboratory scandal. She said the ruling was unfair. Otieno has never failed a drugs test.",
	})
	if err != nil {
		t.Fatal(err)
	}
	s := sentenceWith(t, x, "The 26 year old")
	if !needsContext(s) {
		t.Fatalf("%q: reads alone on the code before; this test needs one that leans back", s.text)
	}
	if !x.epithetReads(s) {
		t.Errorf("%q: does not read once named", s.text)
	}
	if e, ok := x.subjectEpithet(s); !ok || e.new != "Mary Otieno" {
		t.Errorf("%q: subjectEpithet = %+v, %v; want Mary Otieno", s.text, e, ok)
	}
	if s := sentenceWith(t, x, "She said the ruling"); x.epithetReads(s) {
		t.Errorf("%q: a pronoun opening reads alone", s.text)
	}
}
