package generate

import "testing"

// A description standing for the person or firm the lead opens on takes
// the name; one the sentence before does not name plainly is held back.
func TestDescribedSubject(t *testing.T) {
	x, err := analyse([]string{
		"Ann Dale, the woman behind the Rowan games group which collapsed last month, has bought back most of the company.",
		"The veteran games designer has taken over the Leeds studio and the Bristol subsidiary Kestrel. The Rowan group collapsed after a cash crisis, firing half of its staff.",
		"Mark Hill met Sarah Jones in Paris to discuss the merger. The former bank executive has agreed to lead the new board.",
		"Corran Shipping Company said on Monday it would buy the ferry routes of the port trust. The Welsh shipping group will pay 20m pounds for the shares.",
		"Profits rose sharply at the port. The retired harbour engineer has warned that the quay needs repair.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sub, want string // want "" when no name is put in
		back      bool   // held back when no name is put in
	}{
		// The lead's one person, described: the name goes in.
		{"The veteran games designer", "Ann Dale", false},
		// Two people named before: which one is not plain.
		{"The former bank executive", "", true},
		// The lead's firm, described: the name goes in.
		{"The Welsh shipping group", "Corran Shipping Company", false},
		// No one named before: held back.
		{"The retired harbour engineer", "", true},
	} {
		s := sentenceWith(t, x, tc.sub)
		e, ok := x.describedSubject(s)
		if got := e.new; !ok && got != "" || ok && got != tc.want || !ok && tc.want != "" {
			t.Errorf("%q: describedSubject = %q, %v; want %q", s.text, e.new, ok, tc.want)
		}
		if got := x.leansBack(s); got != tc.back {
			t.Errorf("%q: leansBack = %v, want %v", s.text, got, tc.back)
		}
	}
	s := sentenceWith(t, x, "The veteran games designer")
	if got, want := x.describedStatement(s), "Ann Dale has taken over the Leeds studio and the Bristol subsidiary Kestrel."; got != want {
		t.Errorf("describedStatement = %q, want %q", got, want)
	}
}
