package generate

import "testing"

// "The transport secretary said …" after the lead names the person who
// holds the office: the blank over the office is not asked. The same
// words as the object of a verb are.
func TestOfficeSpeakerBlank(t *testing.T) {
	x := analyseText(t, "Fares frozen under rail plan\n\nRail fares could be frozen for two years under a plan for England unveiled by Ann Hale.\n\nThe plan includes new trains for each region and a ten point passenger charter. The transport secretary said targets would be set to make sure that trains ran on time. Critics wrote to the transport secretary about the cost of the trains.")
	check := func(sub, ans string, want bool) {
		t.Helper()
		s := sentenceWith(t, x, sub)
		for _, sp := range s.spans {
			if sp.text != ans {
				continue
			}
			if got := x.blankFault(s, sp) == "office-holder"; got != want {
				t.Errorf("%q over %q: office-holder %v, want %v", s.text, ans, got, want)
			}
			return
		}
		t.Errorf("%q: no span %q (spans %v)", s.text, ans, spanTexts(s))
	}
	check("The transport secretary said", "transport secretary", true)
	check("Critics wrote", "transport secretary", false)
}

// A relative time after "than" is what the sentence compares against:
// it stays, where "on Tuesday" goes.
func TestComparedTimeKept(t *testing.T) {
	got := relativeTimes("An extra fund was promised on Tuesday so 300 new nurses can be hired now rather than next year.")
	if len(got) != 1 || got[0].old != " on Tuesday" {
		t.Errorf("relativeTimes = %v, want only \" on Tuesday\" left out", got)
	}
}
