package generate

import (
	"testing"
)

// "Lib Dems" is accepted for "the Liberal Democrats" in a report that
// never writes it (lib_dems.go); "Tories" still only where written.
func TestLibDemsAccepted(t *testing.T) {
	x, err := analyse([]string{
		"The Conservatives say the two ministers are acting like rival schoolboys and the Liberal Democrats claim vanity is blocking good government.",
		"The council will vote on the harbour plan in the spring.",
	})
	if err != nil {
		t.Fatal(err)
	}
	sps := x.byKey["liberal democrats"]
	if len(sps) == 0 {
		t.Fatalf("no span for the Liberal Democrats; have %v", x.keys)
	}
	got := x.answerForms(sps[0])
	for _, s := range []string{"Liberal Democrats", "Lib Dems", "the Lib Dems"} {
		if !accepts(got, s) {
			t.Errorf("%q refused; accepted %q", s, got)
		}
	}
	if sps := x.byKey["conservatives"]; len(sps) > 0 {
		if got := x.answerForms(sps[0]); accepts(got, "Tories") {
			t.Errorf("\"Tories\" accepted in a report that never writes it: %q", got)
		}
	}
	if got := x.partyForms("Lib Dems"); !accepts(got, "Liberal Democrats") {
		t.Errorf("partyForms(\"Lib Dems\") = %q, want \"Liberal Democrats\" among them", got)
	}
}
