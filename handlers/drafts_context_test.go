package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/handlers"
)

// A draft that leans on the sentence before ("The piece was first
// performed …") is shown in the review queue with that sentence quoted
// before its question, as the generator wrote it; accepted, a learner's
// quiz asks it so.
func TestDraftQuotesSentenceItLeansOn(t *testing.T) {
	a := newApp(t, func(d *handlers.Deps) { d.MaxBodyBytes = 1 << 20 })
	b := teacherOn(t, a)
	article := "Marta Vell\n\n" +
		"Marta Vell (3 May 1901 – 9 June 1975) was a Danish composer and pianist, one of the leading composers of Scandinavia in the 20th century. Her music draws on Danish folk songs and on the sounds of the sea.\n\n" +
		"Vell studied at the Copenhagen Conservatory, where she was taught by Carl Nielsen. During the war, while living in Aarhus, Vell composed her Sonata for the Harbour for a small string orchestra. " +
		"The piece was first performed by Vell and her students for an audience of dock workers. Vell taught composition at the Royal Danish Academy of Music from 1946 to 1966.\n\n" +
		"Her pupils included the composers Per Holm and Ida Strand. Vell wrote three operas, of which the best known is The Lighthouse, first staged in Copenhagen in 1952."
	form := url.Values{"title": {"Marta Vell"}, "slug": {"vell"}, "article": {article}, "then": {"drafts"}}
	p := b.proposed(t, form)
	form.Set("themes", p.doc.Find("#themes").Text())
	wantStatus(t, b.post("/teach/courses/new", form), http.StatusSeeOther)
	over := b.get("/teach/courses/vell/drafts")
	wantStatus(t, over, http.StatusOK)
	want := "The article says: “During the war, while living in Aarhus, Vell composed her Sonata for the Harbour for a small string orchestra.” True or false? The piece was first performed by Vell and her students for an audience of dock workers."
	found, theme := "", ""
	over.doc.Find(`[data-testid="draft-theme"] th a`).Each(func(_ int, s *goquery.Selection) {
		path, _ := s.Attr("href")
		// The draft may be held back: bring every draft into the queue.
		for range 4 {
			if r := b.post(path+"/more", url.Values{}); r.status != http.StatusSeeOther {
				break
			}
		}
		_, ds := queue(t, b, path)
		for _, d := range ds {
			if strings.Contains(d.prompt, "The piece was first performed") {
				found, theme = d.id, path[strings.LastIndex(path, "/")+1:]
				if got := strings.Join(strings.Fields(d.prompt), " "); got != want {
					t.Errorf("the queue shows\n%q\nwant\n%q", got, want)
				}
			}
		}
	})
	if found == "" {
		t.Fatal("no draft on the piece's first performance")
	}
	wantStatus(t, b.post("/teach/drafts/"+found+"/accept", nil), http.StatusSeeOther)
	b.publishCourse("vell")
	learner := a.browser()
	start := learner.post("/courses/vell/quiz", url.Values{"theme": {theme}})
	wantStatus(t, start, http.StatusSeeOther)
	q := learner.get(start.header.Get("Location"))
	wantStatus(t, q, http.StatusOK)
	// The quiz shows the quotation apart from the question it leads to,
	// and the question is described by it.
	lead := strings.Join(strings.Fields(q.doc.Find("#lead-quote blockquote").Text()), " ")
	asks := strings.Join(strings.Fields(q.doc.Find("#prompt").Text()), " ")
	if got := "The article says: “" + lead + "” " + asks; got != want || !strings.HasPrefix(asks, "True or false? ") {
		t.Errorf("the quiz quotes %q and asks %q, want together\n%q", lead, asks, want)
	}
	if d, _ := q.doc.Find("fieldset.answers").Attr("aria-describedby"); !strings.Contains(d, "lead-quote") {
		t.Errorf("the question is not described by its quotation: aria-describedby=%q", d)
	}
}
