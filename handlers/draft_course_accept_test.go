package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/handlers"
)

// Accepting a question draft in a course that is itself still a draft
// does not say learners take it now: they see nothing of the course until
// it is published. Once it is, the queue says they do.
func TestAcceptDraftInDraftCourse(t *testing.T) {
	a := newApp(t, func(d *handlers.Deps) { d.MaxBodyBytes = 1 << 20 })
	b := teacherOn(t, a)
	article := newsArticle(t)
	p := b.proposed(t, url.Values{"title": {"Valmora rail link"}, "slug": {"valmora"}, "article": {article}, "then": {"drafts"}})
	wantStatus(t, p, http.StatusOK)
	themes := p.doc.Find("#themes").Text()
	p = b.post("/teach/courses/new", url.Values{"title": {"Valmora rail link"}, "slug": {"valmora"}, "article": {article}, "themes": {themes}, "then": {"drafts"}})
	wantStatus(t, p, http.StatusSeeOther)
	over := b.get(p.header.Get("Location"))
	var path string
	over.doc.Find(`[data-testid="draft-theme"] th a`).Each(func(_ int, s *goquery.Selection) {
		if path == "" {
			path, _ = s.Attr("href")
		}
	})
	// Accept drafts, in order, until one is a question and a set holds it.
	var after page
	_, ds := queue(t, b, path)
	for _, d := range ds {
		wantStatus(t, b.post("/teach/drafts/"+d.id+"/accept", nil), http.StatusSeeOther)
		if after, _ = queue(t, b, path); after.doc.Find(`[data-testid="drafts-set"]`).Length() > 0 {
			break
		}
	}
	if after.doc == nil || after.doc.Find(`[data-testid="drafts-set"]`).Length() == 0 {
		t.Fatal("no question draft was accepted into a set")
	}
	text := after.doc.Find("main").Text()
	if strings.Contains(text, "which learners take now") || !strings.Contains(text, "once the course is published") {
		t.Errorf("in a draft course, the queue says %q", after.doc.Find(`[data-testid="drafts-set"]`).Parent().Text())
	}
	b.publishCourse("valmora")
	if text := b.get(path).doc.Find(`[data-testid="drafts-set"]`).Parent().Text(); !strings.Contains(text, "which learners take now") {
		t.Errorf("in a published course, the queue says %q", text)
	}
}
