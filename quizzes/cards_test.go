package quizzes_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A learner reviews a card weeks later, without the article beside it:
// its front asks a question that stands on its own, naming no paragraph.
func TestFirstCourseCardFrontsAskOnTheirOwn(t *testing.T) {
	paragraph := regexp.MustCompile(`(?i)\bparagraphs? \d`)
	for _, cd := range mustBuiltin(t).Cards {
		front := strings.TrimSpace(cd.Front)
		if !strings.HasSuffix(front, "?") {
			t.Errorf("card %s: front %q asks no question", cd.ID, front)
		}
		if paragraph.MatchString(front) || paragraph.MatchString(cd.Back) {
			t.Errorf("card %s names a paragraph the learner cannot see: %q / %q", cd.ID, front, cd.Back)
		}
	}
}

// True/false statements are not all true nor all false: in every theme
// with four of them or more, and across the course, 40 to 60% are true.
func TestFirstCourseTrueFalseBalance(t *testing.T) {
	trues, all := map[string]int{}, map[string]int{}
	for _, q := range mustBuiltin(t).Questions {
		if q.Type != quiz.TrueFalse {
			continue
		}
		for _, o := range q.Options {
			if o.Correct && strings.EqualFold(o.Text, "true") {
				trues[q.Theme]++
				trues[""]++
			}
		}
		all[q.Theme]++
		all[""]++
	}
	for theme, n := range all {
		if n < 4 && theme != "" {
			continue
		}
		if share := float64(trues[theme]) / float64(n); share < 0.4 || share > 0.6 {
			t.Errorf("theme %q: %d of %d true/false statements are true, want 40 to 60%%", theme, trues[theme], n)
		}
	}
}
