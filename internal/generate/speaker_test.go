package generate

import "testing"

// Who said it is no question; what was said, and a speaker the article
// is about, are.
func TestSpeakerAnswer(t *testing.T) {
	x, err := analyse([]string{
		"Harbour trust cuts jobs at Kestrel",
		"The Kestrel Harbour Trust is to cut 120 jobs after a fall in cargo, Marta Quill of the trust has said.",
		"A spokesman for the Shipping Council, which represents Norway's ferry owners, said the cuts were small. Dock workers in Bergen will strike in June, union leader Tom Varga said. The cuts are deep, said Anna Pole, head of the Seafarers Guild.",
		"The records led historian Peter Lund to date the docks to 1620. The trust said it would sell its yard in Hamburg. According to the Port Authority, cargo fell by a third.",
		"The Kestrel Harbour Trust also owns docks in Leith.",
	})
	if err != nil {
		t.Fatal(err)
	}
	answer := func(sub, text string) (*sentence, *span) { return answerIn(t, x, sub, text) }
	title := key("Harbour trust cuts jobs at Kestrel")
	for _, tc := range []struct {
		sub, answer string
		want        bool
	}{
		{"A spokesman for the Shipping Council", "Norway", true}, // in the speaker's description
		{"union leader Tom Varga", "Tom Varga", true},            // the closing speaker
		{"said Anna Pole", "Anna Pole", true},                    // after an inverted verb
		{"led historian Peter Lund", "Peter Lund", true},         // a name known by a role of comment
		{"According to the Port Authority", "Port Authority", true},
		{"Dock workers in Bergen", "Bergen", false},          // what was said
		{"would sell its yard in Hamburg", "Hamburg", false}, // the same
		{"Marta Quill of the trust", "Marta Quill", false},   // the lead's news
	} {
		s, sp := answer(tc.sub, tc.answer)
		if got := x.speakerAnswer(s, sp, title); got != tc.want {
			t.Errorf("%q in %q: speakerAnswer = %v, want %v", tc.answer, s.text, got, tc.want)
		}
	}
}

// A commentator's words quoted are no true statement to test.
func TestCommentQuote(t *testing.T) {
	x, err := analyse([]string{
		"Port analyst Jo Roe, from the Kestrel Institute, called the new limits \"fairly bold\".",
		"The trust said the limits were \"final\" and would stand until 2030.",
		"Analysts expect cargo to recover by 2027 as the new docks open.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sub  string
		want bool
	}{
		{"Port analyst Jo Roe", true},
		{"The trust said", false},  // the body the report is about
		{"Analysts expect", false}, // no words quoted
	} {
		s := sentenceWith(t, x, tc.sub)
		if got := commentQuote(s); got != tc.want {
			t.Errorf("%q: commentQuote = %v, want %v", s.text, got, tc.want)
		}
	}
}

// The source of the lead's claim ("…, according to industry experts") is
// who said it, not the news: the lead's exemption does not cover it.
func TestSpeakerAnswerLeadSource(t *testing.T) {
	x, err := analyse([]string{
		"Casual gaming to 'take off'",
		"Games aimed at \"casual players\" are set to be even bigger in 2005, according to industry experts.",
		"Casual games like poker, pool and bridge were \"gender neutral\", a panel of experts said.",
		"Games like bridge tended to attract the over 50 demographic of gamers.",
	})
	if err != nil {
		t.Fatal(err)
	}
	title := key("Casual gaming to 'take off'")
	for _, tc := range []struct {
		sub, answer string
		want        bool
	}{
		{"according to industry experts", "industry experts", true},
		{"set to be even bigger in 2005", "2005", false}, // the lead's news
	} {
		s, sp := answerIn(t, x, tc.sub, tc.answer)
		if got := x.speakerAnswer(s, sp, title); got != tc.want {
			t.Errorf("%q in %q: speakerAnswer = %v, want %v", tc.answer, s.text, got, tc.want)
		}
	}
}
