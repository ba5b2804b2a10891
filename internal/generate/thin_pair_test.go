package generate

import "testing"

// The chip-shortage report (893 words) was cut into three themes, of
// which the first proposed three items and its neighbour "Worker
// Shortages" (two paragraphs) two: neither could reach four, and the two
// join into one theme that does.
func TestThinNeighboursJoin(t *testing.T) {
	res, err := Generate(devArticle(t, "technology.txt"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, d := range res.Drafts {
		if d.Proposed {
			n[d.Theme]++
		}
	}
	if len(res.Course.Themes) < pairLeast {
		t.Errorf("%d themes, want at least %d", len(res.Course.Themes), pairLeast)
	}
	for _, th := range res.Course.Themes {
		if n[th.Slug] < minProposed {
			t.Errorf("theme %q (¶ %v) proposes %d items, want %d", th.Title, th.Paragraphs, n[th.Slug], minProposed)
		}
	}
}

// A theme with no thin neighbour has none to join.
func TestThinNeighbourNeedsTwoThin(t *testing.T) {
	a := analyseText(t, "Taiwan produces most of the world's chips.\n\nSeventeen auto factories have halted production.\n\nChip factories cost $10 billion to build.")
	themes := a.themes()
	for len(themes) < 3 {
		themes = append(themes, themes[0])
	}
	if got := a.thinNeighbour(themes[:3], []int{4, 2, 4}, 1); got != -1 {
		t.Errorf("thinNeighbour = %d, want -1", got)
	}
	if got := a.thinNeighbour(themes[:3], []int{3, 2, 4}, 1); got != 0 {
		t.Errorf("thinNeighbour = %d, want 0", got)
	}
}
