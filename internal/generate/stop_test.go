package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// DraftThemes stops early once Done is closed, and drafts as before on
// one worker.
func TestDraftThemesStopsAndBoundsWorkers(t *testing.T) {
	c := &quiz.Course{Course: quiz.CourseInfo{Slug: "t", Title: "Ostrava"}}
	text := "Ostrava has hosted the LUMA festival since 1990, when the city council founded it. The festival brings 40,000 visitors every August."
	for i := range 6 {
		c.Paragraphs = append(c.Paragraphs, quiz.Paragraph{N: i + 1, Text: text})
	}
	c.Themes = []quiz.Theme{{Slug: "all", Title: "All", Paragraphs: []int{1, 2, 3, 4, 5, 6}}}
	done := make(chan struct{})
	close(done)
	if _, err := DraftThemes(c, []string{"all"}, Options{Done: done}); err != ErrStopped {
		t.Fatalf("stopped drafting: %v, want ErrStopped", err)
	}
	every, err := DraftThemes(c, []string{"all"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	one, err := DraftThemes(c, []string{"all"}, Options{Workers: 1, Done: make(chan struct{})})
	if err != nil {
		t.Fatal(err)
	}
	if len(every) == 0 {
		t.Fatal("nothing drafted from the text")
	}
	if len(one) != len(every) {
		t.Fatalf("one worker drafted %d items, every core %d", len(one), len(every))
	}
	for i := range one {
		if !strings.EqualFold(one[i].Sentence, every[i].Sentence) || one[i].Answer != every[i].Answer {
			t.Errorf("item %d differs on one worker: %+v vs %+v", i, one[i], every[i])
		}
	}
}
