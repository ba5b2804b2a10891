package generate

import "testing"

// One member of a list of three or more is no answer; one of a pair is.
func TestLongList(t *testing.T) {
	x, err := analyse([]string{
		"At the age of ten, Ada Kell played songs by Purcell, Arne, Boyce and Stanley at a concert in Bath.",
		"She later taught in Leeds and York before moving to Durham.",
		"The choir sang in Exeter, Wells and Ely that summer.",
	})
	if err != nil {
		t.Fatal(err)
	}
	answer := func(sub, text string) (*sentence, *span) { return answerIn(t, x, sub, text) }
	for _, tc := range []struct {
		sub, answer string
		want        bool
	}{
		{"songs by Purcell", "Arne", true},    // inside a list of four
		{"songs by Purcell", "Stanley", true}, // its last member
		{"The choir sang", "Wells", true},     // a list of three places
		{"taught in Leeds", "York", false},    // one of a pair
		{"taught in Leeds", "Durham", false},  // not in a list
	} {
		s, sp := answer(tc.sub, tc.answer)
		if got := longList(s, sp); got != tc.want {
			t.Errorf("%q in %q: longList = %v, want %v", tc.answer, s.text, got, tc.want)
		}
	}
}

// answerIn returns the sentence of x holding sub and its span whose text
// is text, failing the test when there is none.
func answerIn(t *testing.T, x *article, sub, text string) (*sentence, *span) {
	t.Helper()
	s := sentenceWith(t, x, sub)
	for _, sp := range s.spans {
		if sp.text == text {
			return s, sp
		}
	}
	t.Fatalf("no answer %q in %q", text, s.text)
	return nil, nil
}
