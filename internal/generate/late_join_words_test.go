package generate

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// hopefuls writes n sentences of twelve words each about a council's
// talent show, numbered so that no two repeat.
func hopefuls(n, from int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "Hopeful number %d told the panel about a plan for the town. ", from+i)
	}
	return strings.TrimSpace(b.String())
}

// A thin opening takes a bare neighbour where the two make a theme of
// up to 600 words (lateJoinWords), as a short report quizzed as one
// theme does; past that they stay apart.
func TestJoinBareNeighbourWords(t *testing.T) {
	report := func(second int) *article {
		x := analyseText(t, "A new talent show for would-be councillors starts on Monday night. "+hopefuls(9, 1)+"\n\n"+
			hopefuls(10, 20)+"\n\n"+
			"The panel is chaired by a former news editor. "+hopefuls(second, 40)+"\n\n"+
			hopefuls(second, 100)+"\n\n"+
			"The show runs all week, and viewers can vote one hopeful off every night.")
		x.headline = "Would-be councillors face the panel"
		x.course = x.headline
		return x
	}
	themes := func() []quiz.Theme {
		return []quiz.Theme{
			{Slug: "a", Title: "Would-be councillors face the panel", Paragraphs: []int{1, 2}},
			{Slug: "b", Title: "News Editor", Paragraphs: []int{3, 4}},
			{Slug: "c", Title: "Public Vote", Paragraphs: []int{5}},
		}
	}
	items := func() []item {
		var out []item
		for i := range 2 {
			out = append(out, item{proposed: true, q: &quiz.Question{Theme: "a", Prompt: "a" + string(rune('0'+i))}})
		}
		for i := range 4 {
			out = append(out, item{proposed: true, q: &quiz.Question{Theme: "b", Prompt: "b" + string(rune('0'+i))}})
		}
		return out
	}
	opts := Options{}.withDefaults()
	for _, c := range []struct {
		second int
		join   bool
	}{{5, true}, {10, true}, {16, false}} {
		x := report(c.second)
		th := themes()
		w := x.words([]int{1, 2, 3, 4})
		got := x.joinBareNeighbour(&th, items, opts)
		if got != c.join {
			t.Errorf("opening and bare neighbour of %d words: joined %v, want %v", w, got, c.join)
		}
		if got && (len(th) != 2 || th[0].Title != x.headline || len(th[0].Paragraphs) != 4) {
			t.Errorf("%d words: joined themes = %+v", w, th)
		}
		if c.second == 10 && (w <= 450 || w > lateJoinWords) || c.second == 16 && w <= lateJoinWords {
			t.Errorf("%d sentences a paragraph give %d words: the case tests the wrong bound", c.second, w)
		}
	}
}

// A thin opening and a bare last theme that are the whole report join
// into one theme under the headline (wholeHeadline), as a short report
// quizzed as one theme is titled; a heading that is a name is no
// headline, and they stay apart.
func TestJoinBareNeighbourWhole(t *testing.T) {
	text := "A new talent show for would-be councillors starts on Monday night. " + hopefuls(6, 1) + "\n\n" +
		hopefuls(6, 20) + "\n\n" +
		"The panel is chaired by a former news editor. " + hopefuls(6, 40) + "\n\n" +
		"The show runs all week, and viewers can vote one hopeful off every night."
	themes := []quiz.Theme{
		{Slug: "a", Title: "Talent Show", Paragraphs: []int{1, 2}},
		{Slug: "b", Title: "News Editor", Paragraphs: []int{3, 4}},
	}
	items := func() []item {
		var out []item
		for i := range 3 {
			out = append(out, item{proposed: true, q: &quiz.Question{Theme: "a", Prompt: "a" + string(rune('0'+i))}})
		}
		for i := range 4 {
			out = append(out, item{proposed: true, q: &quiz.Question{Theme: "b", Prompt: "b" + string(rune('0'+i))}})
		}
		return out
	}
	opts := Options{}.withDefaults()
	x := analyseText(t, text)
	x.headline = "Would-be councillors face the panel"
	x.course = x.headline
	th := slices.Clone(themes)
	if !x.joinBareNeighbour(&th, items, opts) {
		t.Fatalf("a thin opening and a bare last theme did not join")
	}
	if len(th) != 1 || th[0].Title != x.headline || len(th[0].Paragraphs) != 4 {
		t.Errorf("joined themes = %+v", th)
	}
	x = analyseText(t, text)
	x.headline = "Talent Show Hopefuls"
	x.course = x.headline
	th = slices.Clone(themes)
	if x.joinBareNeighbour(&th, items, opts) {
		t.Errorf("joined under a heading that is no sentence: %+v", th)
	}
}
