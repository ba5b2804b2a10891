package generate

import (
	"os"
	"strings"
	"testing"
)

// A short biography (about 530 words, cut into two themes) whose lead
// theme proposes four items and whose family theme proposes three true
// statements keeps its two themes: merged, the one theme of the whole
// text balances its true statements as a short report's and holds back
// the family statements (the eldest son and heir, the father's death),
// proposing four items where the two proposed seven. The text is our
// own, of the shape of the extract on Woodes Rogers.
func TestShortTextKeepsThemeOfThree(t *testing.T) {
	b, err := os.ReadFile("testdata/own-captain.txt")
	if err != nil {
		t.Fatal(err)
	}
	res := mustGenerate(t, string(b), Options{})
	if len(res.Course.Themes) != 2 {
		t.Fatalf("want the lead and the family themes, got %d themes", len(res.Course.Themes))
	}
	family := res.Course.Themes[1].Slug
	var inFamily []string
	for _, d := range res.Drafts {
		if d.Proposed && d.Question != nil && d.Theme == family {
			inFamily = append(inFamily, d.Question.Prompt)
		}
	}
	for _, want := range []string{"eldest son and heir", "died of a fever"} {
		found := false
		for _, p := range inFamily {
			found = found || strings.Contains(p, want)
		}
		if !found {
			t.Errorf("the family theme does not propose the statement on %q: %q", want, inFamily)
		}
	}
	if n := len(res.Course.Questions) + len(res.Course.Cards); n < 7 {
		t.Errorf("the course proposes %d items, want the seven the two themes propose apart", n)
	}
}
