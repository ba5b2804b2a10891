package generate

import (
	"strings"
	"testing"
)

// The choice items the blind judges rejected on the development articles
// (testdata/judged/dev-blind-1.tsv), read in place: each rule of
// choicefit.go on the real sentence it answers. Skips where the corpus
// is absent; fails under CI=true.
func TestChoiceRulesOnRealSentences(t *testing.T) {
	noChoice := func(t *testing.T, x *article, sub, k string) {
		t.Helper()
		s, sp := spanIn(t, x, sub, k)
		if x.choiceKey(s, sp) {
			t.Errorf("%q in %q takes options", sp.text, s.text)
		}
	}
	offers := func(t *testing.T, x *article, sub, k string, bad func(option) bool) {
		t.Helper()
		s, sp := spanIn(t, x, sub, k)
		for _, d := range x.distractors(s, sp) {
			if bad(d) {
				t.Errorf("%q offered for %q in %q", d.text, sp.text, s.text)
			}
		}
	}
	t.Run("history-event", func(t *testing.T) {
		x := devArt(t, "history-event.txt")
		// "fur trapper _____", "President _____": nobody else has the role.
		offers(t, x, "fur trapper", "toussaint charbonneau", func(option) bool { return true })
		offers(t, x, "sending back to President", "thomas jefferson", func(option) bool { return true })
		// A tribe the model calls a place, a range to the west of
		// which every river lies, a river named after a person.
		noChoice(t, x, "very hospitable", "mandan indians")
		noChoice(t, x, "west of the Rockies", "rockies")
		noChoice(t, x, "The Madison, and The Jefferson", "jefferson")
		// No year from another age.
		offers(t, x, "In July of", "1805", func(d option) bool { return d.text == "1500" })
	})
	t.Run("policy-analysis", func(t *testing.T) {
		x := devArt(t, "policy-analysis.txt")
		offers(t, x, "draws attention to the reverse side", "ashford", func(d option) bool {
			return d.text == "Strategic" || strings.Contains(d.text, " for ")
		})
		offers(t, x, "founded after WWII", "wwii", func(d option) bool { return eventClass(d.key) != "conflict" })
		offers(t, x, "invasion of Ukraine has reworked", "ukraine", func(d option) bool { return abbreviation(d.text) })
	})
	t.Run("technology", func(t *testing.T) {
		x := devArt(t, "technology.txt")
		offers(t, x, "produces a staggering", "65 per cent", func(d option) bool { return !strings.HasSuffix(d.text, " per cent") })
	})
	t.Run("hanse-history", func(t *testing.T) {
		x := devArt(t, "hanse-history.txt")
		offers(t, x, "Sweden's Visby", "visby", func(d option) bool { return !x.upward(d.key)["sweden"] })
		noChoice(t, x, "German town of", "lübeck")
	})
	t.Run("floods-news", func(t *testing.T) {
		x := devArt(t, "floods-news.txt")
		offers(t, x, "more than 20 inches", "20 inches", func(d option) bool { return d.text == "22 inches" })
	})
}
