package handlers_test

import (
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/handlers"
	"github.com/lectern/lectern/internal/quiz"
)

// A draft that leans on the sentence before ("The piece was first
// performed …", after "… Vell composed her Sonata for the Harbour …") is
// never shown with that sentence quoted before its question. With no
// safe name to write in place of "The piece", the generator holds it
// back; brought into the queue, it shows the statement alone.
func TestDraftNeverQuotesSentenceItLeansOn(t *testing.T) {
	a := newApp(t, func(d *handlers.Deps) { d.MaxBodyBytes = 1 << 20 })
	b := teacherOn(t, a)
	article := "Marta Vell\n\n" +
		"Marta Vell (3 May 1901 – 9 June 1975) was a Danish composer and pianist, one of the leading composers of Scandinavia in the 20th century. Her music draws on Danish folk songs and on the sounds of the sea.\n\n" +
		"Vell studied at the Copenhagen Conservatory, where she was taught by Carl Nielsen. During the war, while living in Aarhus, Vell composed her Sonata for the Harbour for a small string orchestra. " +
		"The piece was first performed by Vell and her students for an audience of dock workers. Vell taught composition at the Royal Danish Academy of Music from 1946 to 1966.\n\n" +
		"Her pupils included the composers Per Holm and Ida Strand. Vell wrote three operas, of which the best known is The Lighthouse, first staged in Copenhagen in 1952."
	found := false
	for _, d := range everyQueuedDraft(t, b, "Marta Vell", "vell", article) {
		if strings.Contains(d.prompt, "The piece was first performed") {
			found = true
			if d.lead != "" || strings.Contains(d.prompt, "The article says") {
				t.Errorf("the draft on the piece quotes the sentence before: %q / %q", d.lead, strings.Join(strings.Fields(d.prompt), " "))
			}
		}
	}
	if !found {
		t.Log("the draft on the piece's first performance stays held back")
	}
}

// A question stored with a quotation before it, as drafts once were,
// still shows the quotation apart from the question it leads to, and
// the question is described by it.
func TestQuizShowsStoredQuotationApart(t *testing.T) {
	a := newApp(t)
	lead := "Barges still carry grain downstream."
	asks := "True or false? Most of that grain is loaded at Vienna, said a harbour master."
	addRiversQuestion(t, a, quiz.Question{ID: "quoted-tf", Type: quiz.TrueFalse, Kind: quiz.Attribution,
		Prompt:  "The article says: “" + lead + "” " + asks,
		Options: []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}}})
	learner := a.browser()
	start := learner.post("/courses/rivers/quiz", url.Values{"set": {danubeSet(t, a)}})
	wantStatus(t, start, http.StatusSeeOther)
	base := strings.TrimSuffix(start.header.Get("Location"), "/q/1")
	for n := 1; n <= 10; n++ {
		at := base + "/q/" + strconv.Itoa(n)
		q := learner.get(at)
		wantStatus(t, q, http.StatusOK)
		if strings.Contains(q.doc.Find("#prompt").Text(), "loaded at Vienna") {
			if got := strings.Join(strings.Fields(q.doc.Find("#lead-quote blockquote").Text()), " "); got != lead {
				t.Errorf("the quotation reads %q, want %q", got, lead)
			}
			if got := strings.Join(strings.Fields(q.doc.Find("#prompt").Text()), " "); got != asks {
				t.Errorf("the question reads %q, want %q", got, asks)
			}
			if d, _ := q.doc.Find("fieldset.answers").Attr("aria-describedby"); !strings.Contains(d, "lead-quote") {
				t.Errorf("the question is not described by its quotation: aria-describedby=%q", d)
			}
			return
		}
		wantStatus(t, learner.post(at, answerForm(t, q, true)), http.StatusSeeOther)
	}
	t.Fatal("the quoted question never came up")
}

// A true statement from inside a paragraph comes with the sentence before
// it (generate's statement leads). The instructor's queue sets that
// sentence apart above the question, as the learner's page does, and the
// question itself reads "True or false? …" alone (a report of our own on
// a harbour city's new railway, from the generator's test texts).
func TestDraftQueueSetsLeadApart(t *testing.T) {
	a := newApp(t, func(d *handlers.Deps) { d.MaxBodyBytes = 1 << 20 })
	b := teacherOn(t, a)
	raw, err := os.ReadFile(filepath.Join("..", "internal", "generate", "testdata", "harbour-rail.txt"))
	if err != nil {
		t.Fatal(err)
	}
	article := string(raw)
	led := 0
	for _, d := range everyQueuedDraft(t, b, "Harbour rail", "harbour-rail", article) {
		lead := strings.Join(strings.Fields(d.lead), " ")
		prompt := strings.Join(strings.Fields(d.prompt), " ")
		if strings.Contains(prompt, "The article says") {
			t.Errorf("the question keeps its quotation: %q", prompt)
		}
		if lead == "" {
			continue
		}
		led++
		if !strings.Contains(article, lead+" "+strings.TrimPrefix(prompt, "True or false? ")) || !strings.HasPrefix(prompt, "True or false? ") {
			t.Errorf("lead %q is not the sentence before the statement %q", lead, prompt)
		}
	}
	if led == 0 {
		t.Errorf("no draft came with the sentence before it")
	}
}

// everyQueuedDraft makes a course from article with drafts, brings every
// draft of each theme into its review queue (More drafts until none is
// left) and returns the queued drafts of all themes.
func everyQueuedDraft(t *testing.T, b *browser, title, slug, article string) []queuedDraft {
	t.Helper()
	form := url.Values{"title": {title}, "slug": {slug}, "article": {article}, "then": {"drafts"}}
	p := b.proposed(t, form)
	form.Set("themes", p.doc.Find("#themes").Text())
	wantStatus(t, b.post("/teach/courses/new", form), http.StatusSeeOther)
	over := b.get("/teach/courses/" + slug + "/drafts")
	wantStatus(t, over, http.StatusOK)
	var out []queuedDraft
	over.doc.Find(`[data-testid="draft-theme"] th a`).Each(func(_ int, s *goquery.Selection) {
		path, _ := s.Attr("href")
		for range 4 {
			if r := b.post(path+"/more", url.Values{}); r.status != http.StatusSeeOther {
				break
			}
		}
		_, ds := queue(t, b, path)
		out = append(out, ds...)
	})
	return out
}
