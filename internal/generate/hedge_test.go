package generate

import "testing"

// A guess with no one to hold it is no fact to test; one with its holder
// named is.
func TestHedged(t *testing.T) {
	x, err := analyse([]string{
		"Two guild members were arrested after a raid on a hall allegedly used to forge organ pipes.",
		"Ada Kell apparently returned to Leeds with her sister in 1921.",
		"The organ was probably built in York by a local maker.",
		"The hall is thought to date from 1620, when the guild was founded.",
		"Historian Peter Lund believes the hall probably dates from 1620.",
		"According to Lund, the guild perhaps met there twice a year.",
		"Kell returned to Leeds with her sister in 1921 and opened a school.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sub  string
		want bool
	}{
		{"allegedly used", false}, // the lead's own caution
		{"apparently returned", true},
		{"was probably built", true},
		{"is thought to date", true},
		{"Lund believes", false},     // the holder named
		{"According to Lund", false}, // the same
		{"opened a school", false},   // no guess
	} {
		s := sentenceWith(t, x, tc.sub)
		if got := hedged(s); got != tc.want {
			t.Errorf("%q: hedged = %v, want %v", s.text, got, tc.want)
		}
	}
}
