package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// smallCapsArticle opens, as a magazine's page copied as text does, on
// words in capitals.
const smallCapsArticle = `The new conservatism of Westminster

BORIS JOHNSON is well placed to become one of the most powerful prime ministers in modern times. Margaret Thatcher had to contend with a strong internal opposition of moderate members in her own party. Tony Blair had to contend with Gordon Brown, his chancellor, who ran the Treasury as a rival court for a decade.

Mr Johnson has purged the internal opposition and reduced his cabinet colleagues to a loyal and quiet group. During the election campaign Mr Johnson repeatedly promised to lead a one-nation Conservative government. The phrase was coined by Benjamin Disraeli in the nineteenth century to describe a country united across its classes.

Lord Salisbury understood the phrase to mean uniting the kingdom by defeating the forces of Irish nationalism. Harold Macmillan used the phrase to mean mixing the welfare state with a democracy of property owners. Edward Heath thought it meant joining the European common market in the early seventies.

Mr Johnson is hoping to close the regional gap that sees the state subsidising the already prosperous south. Spending on transport is twice as high per person in London as in the rest of the country. He has already announced that he will change a Treasury formula that makes it hard to target spending at poorer regions.
`

// An article whose opening words are in capitals: the drafts read them
// in normal case, and the review queue marks each sentence in the
// paragraph as the instructor pasted it.
func TestSmallCapsOpeningDrafts(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	form := url.Values{"title": {"One-nation Conservatism"}, "slug": {"one-nation"}, "article": {smallCapsArticle}, "then": {"drafts"}}
	p := b.proposed(t, form)
	themes := p.doc.Find("#themes").Text()
	if themes == "" {
		t.Fatal("no themes proposed")
	}
	form.Set("themes", themes)
	p = b.post("/teach/courses/new", form)
	wantStatus(t, p, http.StatusSeeOther)
	over := b.get(p.header.Get("Location"))
	wantStatus(t, over, http.StatusOK)
	var paths []string
	over.doc.Find(`[data-testid="draft-theme"] th a`).Each(func(_ int, s *goquery.Selection) {
		href, _ := s.Attr("href")
		paths = append(paths, href)
	})
	if len(paths) == 0 {
		t.Fatalf("no theme to review:\n%.1000s", over.body)
	}
	opening := 0
	for _, path := range paths {
		// A statement from the hook's paragraph is ranked below the
		// theme's others (internal/generate/hook_paragraph.go): it
		// comes with More drafts.
		wantStatus(t, b.post(path+"/more", url.Values{}), http.StatusSeeOther)
		_, ds := queue(t, b, path)
		for _, d := range ds {
			if strings.Contains(d.prompt, "BORIS") {
				t.Errorf("draft %s quotes the capitals: %q", d.id, d.prompt)
			}
			if d.mark == "" || !strings.Contains(d.source, d.mark) {
				t.Errorf("draft %s: sentence %q not marked in its paragraph %q", d.id, d.mark, d.source)
			}
			// The opening sentence is the magazine's hook and gives no
			// draft (internal/generate/caps_hook.go); the paragraph's
			// other sentences are marked in it as written.
			if strings.HasPrefix(d.mark, "BORIS JOHNSON is well placed") {
				t.Errorf("draft %s is drafted from the opening hook", d.id)
			}
			if strings.HasPrefix(d.source, "BORIS JOHNSON is well placed") {
				opening++
			}
		}
	}
	if opening == 0 {
		t.Error("no draft marks a sentence of the opening paragraph as written")
	}
}
