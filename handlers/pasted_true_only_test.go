package handlers_test

import (
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/lectern/lectern/handlers"
)

// TestNewCourseThemesNotAllTrue: an instructor pastes an article into New
// course and drafts it in the app; no theme's proposed true-or-false
// questions are all true, so a learner cannot pass a theme by answering
// True throughout. The app once drafted the tram article's two themes as
// three true statements each, though `lectern generate` made one of each
// theme's statements false: the app's drafting skipped that pass.
func TestNewCourseThemesNotAllTrue(t *testing.T) {
	raw, err := os.ReadFile("../internal/generate/testdata/pasted-tram.txt")
	if err != nil {
		t.Fatal(err)
	}
	article := string(raw)
	a := newApp(t, func(d *handlers.Deps) { d.MaxBodyBytes = 1 << 20 })
	b := teacherOn(t, a)
	p := b.proposed(t, url.Values{"slug": {"tram"}, "article": {article}, "then": {"drafts"}})
	wantStatus(t, p, http.StatusOK)
	themes := p.doc.Find("#themes").Text()
	title := p.doc.Find("#title").AttrOr("value", "")
	p = b.post("/teach/courses/new", url.Values{"title": {title}, "slug": {"tram"}, "article": {article}, "themes": {themes}, "then": {"drafts"}})
	wantStatus(t, p, http.StatusSeeOther)
	over := b.get(p.header.Get("Location"))
	wantStatus(t, over, http.StatusOK)
	var paths []string
	over.doc.Find(`[data-testid="draft-theme"] th a`).Each(func(_ int, s *goquery.Selection) { paths = append(paths, s.AttrOr("href", "")) })
	if len(paths) < 2 {
		t.Fatalf("%d themes drafted", len(paths))
	}
	kinds := map[string]bool{"Fact": true, "Who says what": true, "Interpretation": true, "Outlook": true}
	for _, path := range paths {
		qp, ds := queue(t, b, path)
		// The kinds are named as learners read them ("Who says what",
		// not "attribution").
		qp.doc.Find(`[data-testid="drafts"] .tags .tag[class*="kind-"]`).Each(func(_ int, s *goquery.Selection) {
			if !kinds[s.Text()] {
				t.Errorf("%s: a draft's kind reads %q", path, s.Text())
			}
		})
		trueOnes, falseOnes := 0, 0
		for _, d := range ds {
			if !strings.HasPrefix(d.prompt, "True or false?") {
				continue
			}
			if d.answer == "" {
				trueOnes++
			} else {
				falseOnes++
			}
		}
		if trueOnes+falseOnes >= 2 && falseOnes == 0 {
			t.Errorf("%s: %d true statements proposed and no false one", path, trueOnes)
		}
	}
}
