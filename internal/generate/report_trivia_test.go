package generate

import "testing"

// A short report's speakers, tallies by site and market notes are not
// asked about; its lead and other figures are.
func TestReportTrivia(t *testing.T) {
	x, err := analyse([]string{
		"Corran Ferries has cut its winter timetable after a fall of 30% in passengers, the firm said on Monday.",
		"After the cuts, there were 60 crew at the Oban depot, with 14 at the Mallaig office and 9 on the island of Coll. The firm carried 800 passengers a day last winter.",
		"\"We regret the cuts,\" said Tom Reed of the port trust. Mr Reed said the trust hoped to restore the routes in the spring.",
		"Shares in Corran Ferries were down 2.5% at 41 pence in morning trade.",
	})
	if err != nil {
		t.Fatal(err)
	}
	if !x.shortReport() {
		t.Fatal("shortReport = false for a report of four paragraphs")
	}
	answer := func(sub, text string) (*sentence, *span) {
		s := sentenceWith(t, x, sub)
		for _, sp := range s.spans {
			if sp.text == text {
				return s, sp
			}
		}
		t.Fatalf("no answer %q in %q", text, s.text)
		return nil, nil
	}
	for _, tc := range []struct {
		sub, answer string
		want        bool
	}{
		{"there were 60 crew", "14", true},       // one count of a tally by site
		{"said Tom Reed", "Tom Reed", true},      // a speaker and nothing else
		{"Mr Reed said", "Reed", true},           // the same speaker again
		{"carried 800 passengers", "800", false}, // a figure of its own
		{"has cut its winter", "30%", false},     // the lead
	} {
		s, sp := answer(tc.sub, tc.answer)
		if got := x.reportTrivia(s, sp); got != tc.want {
			t.Errorf("%q in %q: reportTrivia = %v, want %v", tc.answer, s.text, got, tc.want)
		}
	}
	if !x.shareMove(sentenceWith(t, x, "Shares in Corran")) {
		t.Error("shareMove = false for the day's share move")
	}
	if x.shareMove(sentenceWith(t, x, "carried 800 passengers")) {
		t.Error("shareMove = true for a sentence on passengers")
	}
}

// A blank over words a short report uses once is not drafted; one over
// the report's own term, used again or in its headline, is.
func TestGenericBlank(t *testing.T) {
	x, err := analyse([]string{
		"Corran Ferries has cut its winter timetable after a fall in passengers.",
		"The firm said the winter timetable would keep two boats a day. Its next vessel will give passengers a quiet crossing to the islands.",
	})
	if err != nil {
		t.Fatal(err)
	}
	x.course = "Ferry firm cuts timetable"
	term := func(sub, text string) *item {
		s := sentenceWith(t, x, sub)
		for _, sp := range s.spans {
			if sp.text == text {
				return &item{sent: s, sp: sp, rule: "cloze-card/" + sp.kind.String()}
			}
		}
		t.Fatalf("no answer %q in %q", text, s.text)
		return nil
	}
	if it := term("Its next vessel", "quiet crossing"); !x.genericBlank(it) {
		t.Errorf("%q: genericBlank = false for words used once", it.sp.text)
	}
	if it := term("would keep two boats", "winter timetable"); x.genericBlank(it) {
		t.Errorf("%q: genericBlank = true for the report's own term", it.sp.text)
	}
}

// TestProgrammeName: the programme on which someone spoke, named once, is
// not asked; a programme the article comes back to, and the names around
// it, are.
func TestProgrammeName(t *testing.T) {
	x, err := analyse([]string{
		"Mayor Ann Lind has had paint thrown over her by a protester in Leeds.",
		"The attack took place as Ms Lind arrived at Hillside School for the recording of BBC Radio 4's Morning Hour. Ms Lind later told the Evening Line programme she would press charges.",
		"Police said the man ran off towards Kirkgate. He was seen by staff at Harwood Market.",
	})
	if err != nil {
		t.Fatal(err)
	}
	answer := func(sub, text string) (*sentence, *span) {
		s := sentenceWith(t, x, sub)
		for _, sp := range s.spans {
			if sp.text == text {
				return s, sp
			}
		}
		t.Skipf("no answer %q read in %q", text, s.text)
		return nil, nil
	}
	for _, tc := range []struct {
		sub, answer string
		want        bool
	}{
		{"for the recording", "Morning Hour", true},
		{"told the Evening", "Evening Line", true},
		{"for the recording", "Hillside School", false},
		{"ran off towards", "Kirkgate", false},
	} {
		s, sp := answer(tc.sub, tc.answer)
		if got := x.programmeName(s, sp); got != tc.want {
			t.Errorf("%q in %q: programmeName = %v, want %v", tc.answer, s.text, got, tc.want)
		}
	}
	// A show the article is about, named again and again, is asked.
	y, err := analyse([]string{
		"BBC Radio 4's Morning Hour is to end after forty years on air.",
		"Morning Hour was first broadcast in 1965. Its last host, Ann Lind, said Morning Hour had shaped radio news.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range y.sents {
		for _, sp := range s.spans {
			if sp.text == "Morning Hour" && y.programmeName(s, sp) {
				t.Errorf("programmeName = true for the show the article is about, in %q", s.text)
			}
		}
	}
}
