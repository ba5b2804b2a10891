package generate

import "testing"

// Sentences of my own, on a wool town's looms.
func TestMultipleWorse(t *testing.T) {
	cases := []struct {
		text, w string
		want    bool
	}{
		{"The new loom runs up to eight times faster than the old one.", "faster", true},
		{"The new loom runs twice as fast as the old one.", "fast", false},
		{"The new loom runs faster than the old one.", "faster", false},
		{"Prices rose three times higher than wages.", "higher", false},
	}
	for _, c := range cases {
		st := indexWord(c.text, c.w)
		if got := multipleWorse(c.text, st, c.w); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}

func indexWord(text, w string) int {
	for i := 0; i+len(w) <= len(text); i++ {
		if text[i:i+len(w)] == w && (i == 0 || text[i-1] == ' ') {
			return i
		}
	}
	return -1
}
