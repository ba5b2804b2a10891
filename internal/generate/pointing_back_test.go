package generate

import (
	"testing"
)

// "Few in the council actually believe that, simply because …": "that"
// stands for the sentence before (pointing_back.go). "said that" before
// what was said, even after a comma, reads alone.
func TestObjectThatNeedsContext(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Few in the town hall actually believe that, simply because the figures appear to contradict it.", true},
		{"Most of the traders on the quay did not believe that.", true},
		{"The mayor said that the harbour would reopen in the spring.", false},
		{"The mayor said that, because of the storms, the harbour would stay shut.", false},
		{"The mayor said that, because the storms had passed, the harbour would reopen.", false},
	} {
		x := analyseText(t, c.text)
		if got := needsContext(x.sents[0]); got != c.want {
			t.Errorf("needsContext(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
