package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// mergedSurvey is an expedition's story in the shape of a history text
// whose short first theme (the treaty that prompted the survey) takes in
// the four paragraphs after it (a winter at a fort).
const mergedSurvey = `President Adams ordered a survey of the river valley after the Harbour Treaty of 1810. The Harbour Treaty doubled the land of the young republic.

Adams chose two officers to lead the survey once the Harbour Treaty was signed. They were told to map the rivers and to meet the peoples of the valley.

The surveyors spent their first winter at Fort Keel on the upper river. Fort Keel was built from cottonwood cut on the banks.

At Fort Keel the officers wrote long reports and packed specimens for the capital.

Traders visited Fort Keel through the cold months and sold furs and corn to the party.

In spring the party left Fort Keel and rowed north against the current.

The return journey took the party down the great river in the autumn of 1812. The officers reached the capital in November and gave their maps to the president.

Their journals were printed two years after the return journey, with drawings of birds and plants.`

func TestRetitleMergedNamesTheWholeTheme(t *testing.T) {
	a := analyseText(t, mergedSurvey)
	head := []int{1, 2}
	before := []quiz.Theme{
		{Slug: "head", Title: a.themeTitle(head, map[string]bool{}, ""), Paragraphs: head},
		{Slug: "fort", Title: "Fort Keel", Paragraphs: []int{3, 4, 5, 6}},
		{Slug: "return", Title: "Return Journey", Paragraphs: []int{7, 8}},
	}
	if !strings.Contains(before[0].Title, "Harbour Treaty") {
		t.Fatalf("first two paragraphs titled %q, want the treaty", before[0].Title)
	}
	// The fort's theme joined the first one, which kept its title.
	after := []quiz.Theme{
		{Slug: "head", Title: before[0].Title, Paragraphs: []int{1, 2, 3, 4, 5, 6}},
		before[2],
	}
	got := a.retitleMerged(before, after)
	if len(got) != 1 || got[0] != 0 {
		t.Fatalf("retitled %v, want the merged theme", got)
	}
	if after[0].Title != "Fort Keel" || after[0].Slug != "fort-keel" {
		t.Errorf("merged theme titled %q (%s), want Fort Keel", after[0].Title, after[0].Slug)
	}
	if after[1].Title != "Return Journey" {
		t.Errorf("untouched theme retitled %q", after[1].Title)
	}
}

// A title made by a rule of its own (an office, a life stage), and a kept
// title that still speaks of more than a third of the merged theme, stay.
func TestRetitleMergedKeepsFittingTitles(t *testing.T) {
	a := analyseText(t, mergedSurvey)
	for _, kept := range []string{"Adams's Early Life"} {
		before := []quiz.Theme{{Slug: "head", Title: kept, Paragraphs: []int{1, 2}}, {Slug: "return", Title: "Return Journey", Paragraphs: []int{7, 8}}}
		after := []quiz.Theme{{Slug: "head", Title: kept, Paragraphs: []int{1, 2, 3, 4, 5, 6}}, before[1]}
		if got := a.retitleMerged(before, after); len(got) != 0 || after[0].Title != kept {
			t.Errorf("%q retitled %q", kept, after[0].Title)
		}
	}
	// The fort's theme took in the next paragraph: "Fort Keel" is in four
	// of its five paragraphs.
	fort := []int{3, 4, 5, 6}
	title := a.themeTitle(fort, map[string]bool{}, "")
	before := []quiz.Theme{{Slug: "fort", Title: title, Paragraphs: fort}, {Slug: "return", Title: "Return Journey", Paragraphs: []int{7, 8}}}
	after := []quiz.Theme{{Slug: "fort", Title: title, Paragraphs: []int{3, 4, 5, 6, 7}}, {Slug: "return", Title: "Return Journey", Paragraphs: []int{8}}}
	if got := a.retitleMerged(before, after); len(got) != 0 {
		t.Errorf("%q, said through the theme, retitled %q", title, after[0].Title)
	}
}

// TestRealArticleMergedThemeTitle: in the Lewis and Clark text the
// paragraphs on the winter at Fort Mandan join the two on the
// expedition's commissioning; the theme was titled "Louisiana Purchase",
// said in two of its six paragraphs.
func TestRealArticleMergedThemeTitle(t *testing.T) {
	res, err := Generate(readReal(t, "history-event.txt"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, th := range res.Course.Themes {
		if th.Paragraphs[0] == 1 && len(th.Paragraphs) > 2 && th.Title != "Fort Mandan" {
			t.Errorf("theme %v titled %q, want Fort Mandan", th.Paragraphs, th.Title)
		}
	}
}
