package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// TestProposedThemeOfShortArticleTakesTitle: a short article is proposed
// as one theme, titled as the course the form names (typed, or the
// article's heading), not after one of its phrases.
func TestProposedThemeOfShortArticleTakesTitle(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	for title, want := range map[string]string{"Lake Baikal": "1-4 Lake Baikal", "": "1-4 The Keeping of Bees"} {
		article := lakeArticle
		if title == "" {
			article = headedArticle
		}
		p := b.post("/teach/courses/new", url.Values{"title": {title}, "article": {article}})
		wantStatus(t, p, http.StatusOK)
		if got := strings.TrimSpace(p.doc.Find("#themes").Text()); got != want {
			t.Errorf("title %q: proposed themes %q, want %q", title, got, want)
		}
	}
}
