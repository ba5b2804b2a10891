package generate

import "testing"

// The writer speaking as "I" states a taste, not a fact to judge; a
// king's or a war's numeral is no pronoun.
func TestWriterSpeaks(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Personally, I can't wait for the next Orb game, the series that has kept handheld players busy for years.", true},
		{"I have played every game in the series since its first release in 1998.", true},
		{"King Henry I was crowned at Westminster in 1100 after his brother's death.", false},
		{"World War I ended with the armistice signed in November 1918.", false},
		{"\"I can't wait for the next game,\" said the studio's director at the launch.", false},
		{"The studio's director said the next game would be released in the spring.", false},
	} {
		x := analyseText(t, c.text+" It sold well.\n\nIt sold again later.")
		s := sentenceWith(t, x, c.text[:20])
		if got := writerSpeaks(s); got != c.want {
			t.Errorf("writerSpeaks(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
