package generate

import "testing"

func TestAttributedClaim(t *testing.T) {
	text := `The harbour board met in Carrow on Monday to decide the future of the old ferry pier.

Lena Marsh, the board's chief engineer, said: "The pier's timber piles have rotted below the waterline and cannot carry the weight of a loaded ferry."

"Repairing the pier would cost more than building a new concrete landing beside the old one," said Tomas Berg.

Responding to the report, the mayor of Carrow, Ida Lund, said: "The town council will pay for a survey of the seabed. "A new landing could open within two years of the survey."

"We will listen to every fisherman before we decide," said Hal Quist.

Ida Lund said: "They have waited long enough."`
	a := analyseText(t, text)
	want := map[string]string{
		"Lena Marsh":  "According to Lena Marsh, the pier's timber piles have rotted below the waterline and cannot carry the weight of a loaded ferry.",
		"Tomas Berg":  "According to Tomas Berg, repairing the pier would cost more than building a new concrete landing beside the old one.",
		"Ida Lund":    "According to Ida Lund, the town council will pay for a survey of the seabed.",
		"Ida Lund, 2": "According to Ida Lund, a new landing could open within two years of the survey.",
	}
	got := map[string]bool{}
	for _, s := range a.sents {
		c := attributedClaim(s)
		t.Logf("%q -> %q", s.text, c)
		if c != "" {
			got[c] = true
		}
	}
	for _, w := range want {
		if !got[w] {
			t.Errorf("missing %q", w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d claims, want %d (first person and pronouns left out)", len(got), len(want))
	}
}
