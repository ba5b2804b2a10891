package generate

import (
	"strings"
	"testing"
)

// TestRealArticleLeadAndPossessiveTitles checks, on real articles, the
// titles a reader found wrong before the lead and possessive rules: the
// course named after a fragment ("Diem and Buddhist" style: "Cathedral
// and Paris") or a place ("Financial Crisis in Thailand"), a theme on a
// life's start named after a town ("Baltimore"), a theme on an invasion
// named after a person ("Vladimir Putin"). No theme title is made of the
// course title's words, and none ends on a function word.
func TestRealArticleLeadAndPossessiveTitles(t *testing.T) {
	cases := []struct {
		name, course, firstTheme string
	}{
		{"economics.txt", "Asian Financial Crisis", ""},
		{"news-event.txt", "Fire at the Cathedral of Notre-Dame", ""},
		{"biography.txt", "Frederick Douglass", "Douglass's Early Life"},
		{"policy-analysis.txt", "NATO Membership", "’s Invasion of Ukraine"},
	}
	for _, c := range cases {
		res, err := Generate(readReal(t, c.name), Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		co := res.Course
		if co.Course.Title != c.course {
			t.Errorf("%s: course title %q, want %q", c.name, co.Course.Title, c.course)
		}
		// A leading "’s" asks for any possessive of the act: "Putin’s" or
		// "Russia’s Invasion of Ukraine".
		if c.firstTheme != "" && co.Themes[0].Title != c.firstTheme && !(strings.HasPrefix(c.firstTheme, "’s") && strings.HasSuffix(co.Themes[0].Title, c.firstTheme)) {
			t.Errorf("%s: first theme %v titled %q, want %q", c.name, co.Themes[0].Paragraphs, co.Themes[0].Title, c.firstTheme)
		}
		for _, th := range co.Themes {
			if len(co.Themes) > 1 && inTitle(key(th.Title), co.Course.Title) {
				t.Errorf("%s: theme %v titled %q, words of the course's title", c.name, th.Paragraphs, th.Title)
			}
			if !titleShaped(th.Title) {
				t.Errorf("%s: theme %v titled %q", c.name, th.Paragraphs, th.Title)
			}
		}
	}
}

// TestRealArticleNoStrayTitleWords: across the twelve real articles, no
// theme title ends on a function word or repeats a theme title.
func TestRealArticleNoStrayTitleWords(t *testing.T) {
	for _, name := range []string{"floods-news.txt", "webb-science.txt", "hanse-history.txt", "history-event.txt",
		"policy-analysis.txt", "technology.txt", "howto.txt", "news-event.txt", "science-explainer.txt",
		"biography.txt", "economics.txt", "culture-society.txt"} {
		themes := Themes(SplitParagraphs(readReal(t, name)))
		seen := map[string]bool{}
		for _, th := range themes {
			if !titleShaped(th.Title) || seen[strings.ToLower(th.Title)] {
				t.Errorf("%s: theme %v titled %q", name, th.Paragraphs, th.Title)
			}
			seen[strings.ToLower(th.Title)] = true
		}
	}
}
