package generate

import "testing"

// A service's tally of calls or cases and a count of what an act was done
// by make their sentence incidental past the lead; a toll, a count of
// the people moved and a vote's margin do not.
func TestTallyFigureSentence(t *testing.T) {
	x := analyseText(t, "Storms flooded the town of Varden on the coast.\n\nThe storms killed at least 12 people in the valley. In the harbour, 80 people in a hostel were evacuated by four boats run by the coastguard. The county fire service responded to 312 cases, while the town police responded to 150 cases. Crews have been dispatched to more than 900 calls for help since the rain began.\n\nThe council's flood plan was passed by 20 votes after a long debate. About 300 people were moved to a school hall.")
	for _, c := range []struct {
		sub  string
		want bool
	}{
		{"were evacuated by four boats", true},
		{"responded to 312 cases", true},
		{"dispatched to more than 900 calls", true},
		{"killed at least 12 people", false},
		{"passed by 20 votes", false},
		{"About 300 people were moved", false},
	} {
		s := sentenceWith(t, x, c.sub)
		if got := x.incidentalSentence(s); got != c.want {
			t.Errorf("incidentalSentence(%q) = %v, want %v", s.text, got, c.want)
		}
	}
}
