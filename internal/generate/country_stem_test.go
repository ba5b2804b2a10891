package generate

import "testing"

// A blank over a country whose other name, or its people's word, the
// stem keeps gives the answer away ("… the GREAT Britain campaign,
// backed by … the British Council, using it to promote _____" for "the
// UK", rejected by a blind judge); a blank with neither in its stem is
// fair.
func TestCountryNamedInStem(t *testing.T) {
	x, err := analyse([]string{
		"The singer now works for the Visit Britain board, which uses her songs to promote the UK to tourists around the world.",
		"American officials said the deal would bring new jobs to the US within two years of the vote.",
		"The harbour in Dunmore sends most of its fish to the UK, the council's figures show.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"named-in-stem", "named-in-stem", ""} {
		s := x.sents[i]
		text := "UK"
		if i == 1 {
			text = "US"
		}
		sp := spanOfSent(t, s, text)
		if got := x.blankFault(s, sp); (got == "named-in-stem") != (want == "named-in-stem") {
			t.Errorf("blankFault(%q, %q) = %q, want %q", s.text, sp.text, got, want)
		}
	}
}
