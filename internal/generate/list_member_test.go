package generate

import "testing"

// One member of a list of three or more is no answer; one of a pair is.
func TestLongList(t *testing.T) {
	checkSpans(t, []string{
		"At the age of ten, Ada Kell played songs by Purcell, Arne, Boyce and Stanley at a concert in Bath.",
		"She later taught in Leeds and York before moving to Durham.",
		"The choir sang in Exeter, Wells and Ely that summer.",
	}, "longList", func(x *article, s *sentence, sp *span) bool { return longList(s, sp) }, []spanCase{
		{"songs by Purcell", "Arne", true},    // inside a list of four
		{"songs by Purcell", "Stanley", true}, // its last member
		{"The choir sang", "Wells", true},     // a list of three places
		{"taught in Leeds", "York", false},    // one of a pair
		{"taught in Leeds", "Durham", false},  // not in a list
	})
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

// spanCase names a sentence by a piece of it, an answer span in it and
// what a check on that span should say.
type spanCase struct {
	sub, answer string
	want        bool
}

// checkSpans analyses paragraphs and runs check, named name in messages,
// on each case's span.
func checkSpans(t *testing.T, paragraphs []string, name string, check func(x *article, s *sentence, sp *span) bool, cases []spanCase) {
	t.Helper()
	x, err := analyse(paragraphs)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		s, sp := answerIn(t, x, tc.sub, tc.answer)
		if got := check(x, s, sp); got != tc.want {
			t.Errorf("%q in %q: %s = %v, want %v", tc.answer, s.text, name, got, tc.want)
		}
	}
}
