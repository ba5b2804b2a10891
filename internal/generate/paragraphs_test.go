package generate

import "testing"

// TestHeadingLine: a short line opening with a capital and ending without
// sentence punctuation is a heading; prose, a lead-in, a list and a line
// in lower case are not.
func TestHeadingLine(t *testing.T) {
	for _, c := range []struct {
		p    string
		want bool
	}{
		{"How the line was built", true},
		{"Why the harbour silted", true},
		{"The line was built in two years.", false},
		{"Passengers should follow these steps:", false},
		{"and perhaps interfering", false},
		{"Buy a ticket\nValidate it", false},
		{"A line of prose that runs on well past a dozen words without any full stop at its end", false},
		{"", false},
	} {
		if got := HeadingLine(c.p); got != c.want {
			t.Errorf("HeadingLine(%q) = %v, want %v", c.p, got, c.want)
		}
	}
}
