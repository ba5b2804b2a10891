package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// editorValues is the editor form as the browser would post it unchanged.
func editorValues(p page) url.Values {
	form := url.Values{}
	p.doc.Find(`[data-testid="editor"] input, [data-testid="editor"] select, [data-testid="editor"] textarea`).Each(func(_ int, s *goquery.Selection) {
		name, _ := s.Attr("name")
		typ, _ := s.Attr("type")
		if name == "" || name == "switch" || name == "preview" || typ == "file" {
			return
		}
		switch {
		case goquery.NodeName(s) == "textarea":
			form.Add(name, s.Text())
		case goquery.NodeName(s) == "select":
			v, _ := s.Find("option[selected]").Attr("value")
			form.Add(name, v)
		case typ == "checkbox" || typ == "radio":
			if _, on := s.Attr("checked"); on {
				v, _ := s.Attr("value")
				form.Add(name, v)
			}
		default:
			v, _ := s.Attr("value")
			form.Add(name, v)
		}
	})
	return form
}

// Previewing an imported question, unchanged, shows it as learners see
// it: no talk of saving, no error beside a field, what a save would need
// only as a preview note, and nothing written.
func TestPreviewImportedQuestion(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	gift := "::sa-moodle:: Which capital does the Danube reach first? {=Vienna}\n"
	up := b.upload("/teach/courses/rivers/import", "bank.gift", []byte(gift), map[string]string{"theme": "danube", "title": "From Moodle", "publish": "1"})
	wantStatus(t, up, http.StatusSeeOther)
	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)

	var id int64
	var version int
	sets, _ := a.db.ListSets(context.Background(), 1)
	for _, s := range sets {
		_, qs, _ := a.db.FindSet(context.Background(), s.ID)
		for _, q := range qs {
			if q.Question.ID == "sa-moodle" {
				id, version = q.ID, q.Version
			}
		}
	}
	if id == 0 {
		t.Fatal("the imported question is not in any set")
	}
	path := "/teach/questions/" + strconv.FormatInt(id, 10)
	edit := b.get(path + "/edit")
	wantStatus(t, edit, http.StatusOK)
	form := editorValues(edit)
	form.Set("preview", "1")
	p := b.post(path, form)
	wantStatus(t, p, http.StatusOK)
	if p.doc.Find(`[data-testid="question-preview"]`).Length() != 1 {
		t.Fatal("no preview")
	}
	if got := p.doc.Find(`[data-testid="question-preview"] legend`).Text(); !strings.Contains(got, "Which capital does the Danube reach first?") {
		t.Errorf("the preview shows %q", got)
	}
	body := p.doc.Find("main").Text()
	for _, bad := range []string{"not saved", "Explain the answer"} {
		if strings.Contains(body, bad) {
			t.Errorf("the preview says %q", bad)
		}
	}
	if n := p.doc.Find(".field-error, .has-error").Length(); n != 0 {
		t.Errorf("the preview marks %d fields in error", n)
	}
	sq, _, err := a.db.FindQuestion(context.Background(), id)
	if err != nil || sq.Version != version {
		t.Errorf("a preview saved the question: version %d, was %d (%v)", sq.Version, version, err)
	}

	// A problem in what learners would see is a preview note, not an error.
	form.Set("answers", "")
	p = b.post(path, form)
	wantStatus(t, p, http.StatusOK)
	if notes := p.doc.Find(`[data-testid="preview-notes"] li`); notes.Length() == 0 {
		t.Error("no preview note for a short answer without an accepted answer")
	}
	if p.doc.Find(`[data-testid="editor-errors"]`).Length() != 0 {
		t.Error("the preview talks of saving")
	}

	// Saving still asks for what a save needs.
	form.Del("preview")
	form.Set("answers", "Vienna")
	s := b.post(path, form)
	if form.Get("explanation") == "" {
		wantStatus(t, s, http.StatusUnprocessableEntity)
		if s.doc.Find("#explanation-error").Length() != 1 {
			t.Error("saving without an explanation says nothing beside it")
		}
	}
}

// A single-choice question saved with no option ticked asks for the tick,
// beside the options, outlining the ticks and not the marks lists; the
// new-question page is titled as such.
func TestEditorAsksForTheTick(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	set := danubeSet(t, a)
	n := b.get("/teach/sets/" + set + "/questions/new")
	wantStatus(t, n, http.StatusOK)
	if got := n.doc.Find("title").Text(); !strings.HasPrefix(got, "New question") {
		t.Errorf("the new-question page is titled %q", got)
	}
	form := url.Values{
		"type": {"single"}, "kind": {"fact"}, "prompt": {"Which city does the Danube pass?"},
		"opt-text-0": {"Vienna"}, "opt-text-1": {"Paris"}, "opt-mark-0": {""}, "opt-mark-1": {""},
		"explanation": {"Vienna is on the Danube."}, "par": {"1"},
	}
	r := b.post("/teach/sets/"+set+"/questions", form)
	wantStatus(t, r, http.StatusUnprocessableEntity)
	if got := r.doc.Find("#correct-error").Text(); got != "Tick the correct option." {
		t.Errorf("beside the options: %q", got)
	}
	if strings.Contains(r.doc.Find("main").Text(), "full marks (100%)") {
		t.Error("the page still speaks of full marks")
	}
	fs := r.doc.Find("#correct-error").Closest("fieldset")
	if fs.HasClass("has-error") || !fs.HasClass("tick-error") {
		t.Errorf("the options' fieldset is classed %q: the marks lists would be outlined, or the ticks not", fs.AttrOr("class", ""))
	}
	if v := r.doc.Find("textarea#opt-text-1").Text(); v != "Paris" {
		t.Errorf("option text not kept: %q", v)
	}
}

// A GIFT file with a syntax error and two questions asking the same thing
// is refused once for both, each problem by the line the question starts.
func TestImportReportsEveryProblemAtOnce(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	gift := "Which sea does the Danube reach? {=Black Sea ~North Sea}\n\n" +
		"A broken one {=yes\n\n" +
		"Which sea does the Danube reach? {=The Black Sea}\n"
	up := b.upload("/teach/courses/rivers/import", "bank.gift", []byte(gift), map[string]string{"theme": "danube", "title": "From Moodle"})
	wantStatus(t, up, http.StatusUnprocessableEntity)
	body := up.doc.Find("main").Text()
	if !strings.Contains(body, "line 3") {
		t.Errorf("the syntax error is not reported by its line: %.600s", body)
	}
	if !strings.Contains(body, "line 5: repeats the prompt of the question at line 1") {
		t.Errorf("the repeated prompt is not reported in the same round, by line: %.600s", body)
	}
	if strings.Contains(body, `(id "q`) {
		t.Errorf("a message names an id the file does not have: %.600s", body)
	}
}

// The import preview shows the paragraph each question will quote, and
// says so when a question shares nothing with the theme's paragraphs.
func TestImportPreviewShowsQuotes(t *testing.T) {
	gift := "::on-topic:: Which sea does the Danube flow into? {=Black Sea ~North Sea}\n\n" +
		"::off-topic:: Which planet is known for its rings? {=Saturn ~Mercury}\n"
	checkPreviewPins(t, "bank.gift", gift, "From Moodle", previewPins{
		item: ".preview-question", quote: "preview-quote", prefix: "Quotes paragraph ", unrelated: "preview-unrelated", noun: "question",
	})
}

// Written cards get the same check as questions: the preview shows the
// paragraph each will be pinned to, and says so when a card shares
// nothing with the theme's paragraphs.
func TestImportPreviewWarnsOfUnrelatedCards(t *testing.T) {
	cards := "Which sea does the Danube flow into?\tThe Black Sea\n" +
		"Which planet is known for its rings?\tSaturn\n"
	checkPreviewPins(t, "cards.txt", cards, "From Quizlet", previewPins{
		item: ".preview-card", quote: "preview-card-quote", prefix: "Pinned to paragraph ", unrelated: "preview-card-unrelated", noun: "card",
	})
}

// previewPins names what the import preview shows of one kind of item:
// its selector, the test ids of its paragraph and of its warning, the
// paragraph line's opening words, and the noun for messages.
type previewPins struct{ item, quote, prefix, unrelated, noun string }

// checkPreviewPins imports a file of two items into the Danube theme, the
// first about the Danube and the second about planets, and checks that
// the preview pins each to a paragraph and warns of the second only.
func checkPreviewPins(t *testing.T, name, body, title string, k previewPins) {
	t.Helper()
	a := newApp(t)
	b := teacherOn(t, a)
	up := b.upload("/teach/courses/rivers/import", name, []byte(body), map[string]string{"theme": "danube", "title": title})
	wantStatus(t, up, http.StatusSeeOther)
	p := b.get(up.header.Get("Location"))
	wantStatus(t, p, http.StatusOK)
	items := p.doc.Find(k.item)
	if items.Length() != 2 {
		t.Fatalf("%d %ss in the preview", items.Length(), k.noun)
	}
	items.Each(func(i int, s *goquery.Selection) {
		if !strings.HasPrefix(s.Find(`[data-testid="`+k.quote+`"]`).First().Text(), k.prefix) {
			t.Errorf("%s %d: no paragraph shown in the preview", k.noun, i+1)
		}
	})
	if items.Eq(1).Find(`[data-testid="`+k.unrelated+`"]`).Length() != 1 {
		t.Errorf("the %s about planets is not said to share nothing with the theme", k.noun)
	}
	if items.Eq(0).Find(`[data-testid="`+k.unrelated+`"]`).Length() != 0 {
		t.Errorf("the %s about the Danube is said to share nothing with the theme", k.noun)
	}
}
