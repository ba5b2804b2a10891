package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// moodleFixture reads one of the Moodle XML fixtures shared beside the
// clone; it skips where they are missing, and fails under CI=true.
func moodleFixture(t *testing.T, name string) []byte {
	t.Helper()
	dir := os.Getenv("LECTERN_FIXTURES")
	if dir == "" {
		dir = "../../shared/fixtures/import"
	}
	data, err := os.ReadFile(filepath.Join(dir, "moodle-xml", name))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skipf("Moodle XML fixture not found (set LECTERN_FIXTURES): %v", err)
	}
	return data
}

// Importing a course's own export into it again skips what the course
// already has, says so in the preview, and imports what is new; an export
// with nothing new is refused beside the form and writes nothing.
func TestImportOwnExportSkipsDuplicates(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	ctx := context.Background()
	before, _ := a.db.ExportCourse(ctx, "rivers")
	n := len(before.Questions)

	x := b.get("/teach/courses/rivers/export/xml")
	wantStatus(t, x, http.StatusOK)
	form := map[string]string{"theme": "danube", "title": "Again", "publish": "1"}

	// The export alone: everything in it is in the course.
	all := b.upload("/teach/courses/rivers/import", "rivers.xml", []byte(x.body), form)
	// Nothing is wrong with such a file: a plain message, no error.
	wantStatus(t, all, http.StatusOK)
	if all.doc.Find(`[data-testid="file-errors"]`).Length() != 0 || strings.Contains(all.body, "could not be read") {
		t.Errorf("an all-duplicate file is shown as an error: %s", all.doc.Find(`[data-testid="file-errors"]`).Text())
	}
	msg := all.doc.Find(`[data-testid="import-all-present"]`)
	if got, want := msg.Find("p").First().Text(), "Every item in this file is already in this course ("+strconv.Itoa(n)+" questions): nothing was imported."; got != want {
		t.Errorf("an all-duplicate file is answered %q, want %q", got, want)
	}
	if msg.Find(`a[href="/teach/courses/rivers"]`).Length() != 1 {
		t.Error("the message has no link back to the course")
	}
	if v, _ := all.doc.Find(`input[name="title"]`).Attr("value"); v != "Again" {
		t.Errorf("the title typed is not kept: %q", v)
	}
	if after, _ := a.db.ExportCourse(ctx, "rivers"); len(after.Questions) != n {
		t.Fatalf("a refused import wrote %d questions", len(after.Questions)-n)
	}

	// The export with one question more: that one is imported.
	extra := `<question type="truefalse"><name><text>danube-delta</text></name>
<questiontext format="plain_text"><text>The Danube ends in a delta.</text></questiontext>
<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>
</quiz>`
	file := strings.Replace(x.body, "</quiz>", extra, 1)
	up := b.upload("/teach/courses/rivers/import", "rivers.xml", []byte(file), form)
	wantStatus(t, up, http.StatusSeeOther)
	preview := b.get(up.header.Get("Location"))
	wantStatus(t, preview, http.StatusOK)
	if got, want := preview.doc.Find(`[data-testid="preview-duplicates-note"]`).Text(), strconv.Itoa(n)+" questions already in this course were skipped:"; got != want {
		t.Errorf("duplicates note %q, want %q", got, want)
	}
	if got := preview.doc.Find(`[data-testid="preview-duplicates"] li`).Length(); got != n {
		t.Errorf("%d duplicates listed, want %d", got, n)
	}
	if got := preview.doc.Find(`[data-testid="preview-questions"]`).Text(); got != "1 question" {
		t.Errorf("the preview adds %q, want 1 question", got)
	}
	list := preview.doc.Find(`[data-testid="preview-question-list"] li.preview-question`)
	if list.Length() != 1 || !strings.Contains(list.Text(), "The Danube ends in a delta.") {
		t.Errorf("the preview lists %d questions: %q", list.Length(), list.Text())
	}
	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)
	after, _ := a.db.ExportCourse(ctx, "rivers")
	if len(after.Questions) != n+1 || after.Questions[len(after.Questions)-1].Prompt != "The Danube ends in a delta." {
		t.Errorf("after the import: %d questions, want %d", len(after.Questions), n+1)
	}
}

// Moodle's "Greeting" asks about a recording Lectern leaves out: imported
// through the form, published, it is read, warned about in the preview
// with its line and the audio, and held in a draft set of its own, which
// learners do not see.
func TestImportMoodleXMLHoldsQuestionThatLosesAudio(t *testing.T) {
	data := moodleFixture(t, "multichoice.xml")
	a := newApp(t)
	b := teacherOn(t, a)
	ctx := context.Background()
	c0, _ := a.db.FindCourse(ctx, "rivers")
	beforeTheme, _ := c0.Theme("danube")
	up := b.upload("/teach/courses/rivers/import", "multichoice.xml", data, map[string]string{"theme": "danube", "title": "Languages", "publish": "1"})
	wantStatus(t, up, http.StatusSeeOther)
	preview := b.get(up.header.Get("Location"))
	wantStatus(t, preview, http.StatusOK)
	held := preview.doc.Find(`[data-testid="preview-held"]`).Text()
	for _, w := range []string{`line 12 (question "Greeting")`, `audio "bonjour.mp3"`} {
		if !strings.Contains(held, w) {
			t.Errorf("the preview's warning %q does not say %q", held, w)
		}
	}
	if q := preview.doc.Find(`[data-testid="preview-question-held"]`).Text(); !strings.Contains(q, "bonjour.mp3") {
		t.Errorf("the question is not marked held: %q", q)
	}
	if !strings.Contains(preview.body, "“Languages (held for review)” in The Danube, kept a draft") {
		t.Errorf("the preview does not name the held draft set:\n%s", preview.doc.Find(`[data-testid="preview"]`).Text())
	}
	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)

	c, _ := a.db.FindCourse(ctx, "rivers")
	sets, _ := a.db.ListSets(ctx, c.ID)
	var heldSet *quiz.QuestionSet
	for i, s := range sets {
		if s.Title == "Languages" {
			t.Errorf("a set %q was made for no question", s.Title)
		}
		if s.Title == "Languages (held for review)" {
			heldSet = &sets[i]
		}
	}
	if heldSet == nil || heldSet.Status != "draft" || heldSet.Questions != 1 {
		t.Fatalf("held set = %+v", heldSet)
	}
	// Learners' quizzes and decks of the theme leave it out.
	danube, _ := c.Theme("danube")
	if danube.Questions != beforeTheme.Questions || danube.Cards != beforeTheme.Cards {
		t.Errorf("the theme has %d questions and %d cards, was %d and %d", danube.Questions, danube.Cards, beforeTheme.Questions, beforeTheme.Cards)
	}
}

// Importing a course's own Anki package into it again brings back none of
// its questions as new cards: each question's card (its prompt with its
// options listed) is that question again, a held one's too, and is
// skipped as already in the course, as the written cards are.
func TestImportOwnAnkiExportSkipsQuestionCards(t *testing.T) {
	data := moodleFixture(t, "multichoice.xml")
	a := newApp(t)
	b := teacherOn(t, a)
	ctx := context.Background()
	up := b.upload("/teach/courses/rivers/import", "multichoice.xml", data, map[string]string{"theme": "danube", "title": "Languages", "publish": "1"})
	wantStatus(t, up, http.StatusSeeOther)
	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)
	before, _ := a.db.ExportCourse(ctx, "rivers")

	x := b.get("/teach/courses/rivers/export/apkg")
	wantStatus(t, x, http.StatusOK)
	again := b.upload("/teach/courses/rivers/import", "rivers.apkg", []byte(x.body), map[string]string{"theme": "danube", "title": "Again", "publish": "1"})
	if again.status == http.StatusSeeOther {
		preview := b.get(again.header.Get("Location"))
		t.Fatalf("the course's own package would add: %s", preview.doc.Find(`[data-testid="preview"]`).Text())
	}
	text := again.doc.Find(`[data-testid="import-all-present"]`).Text()
	if !strings.Contains(text, "already in this course") || !strings.Contains(text, strconv.Itoa(len(before.Questions))+" questions") {
		t.Errorf("the re-import does not say all %d questions are already in the course:\n%s", len(before.Questions), text)
	}
	after, _ := a.db.ExportCourse(ctx, "rivers")
	if len(after.Cards) != len(before.Cards) || len(after.Questions) != len(before.Questions) {
		t.Errorf("the re-import wrote %d cards and %d questions", len(after.Cards)-len(before.Cards), len(after.Questions)-len(before.Questions))
	}
}

// The preview of Moodle's "Greeting" shows each option's image (the
// flags), served from the upload, and the feedback written for it.
func TestImportMoodleXMLPreviewShowsOptionImagesAndFeedback(t *testing.T) {
	data := moodleFixture(t, "multichoice.xml")
	a := newApp(t)
	b := teacherOn(t, a)
	up := b.upload("/teach/courses/rivers/import", "multichoice.xml", data, map[string]string{"theme": "danube", "title": "Languages"})
	wantStatus(t, up, http.StatusSeeOther)
	preview := b.get(up.header.Get("Location"))
	wantStatus(t, preview, http.StatusOK)
	imgs := preview.doc.Find(`.preview-options [data-testid="preview-option-image"] img`)
	if imgs.Length() != 4 {
		t.Fatalf("the preview shows %d option images, want the 4 flags", imgs.Length())
	}
	src, _ := imgs.First().Attr("src")
	wantStatus(t, b.get(src), http.StatusOK)
	fb := preview.doc.Find(`.preview-options [data-testid="preview-option-feedback"]`)
	if fb.Length() != 4 || !strings.Contains(fb.Text(), "Feedback: Yes, well done!") || !strings.Contains(fb.Text(), "Feedback: Sorry, listen again.") {
		t.Errorf("the preview shows the options' feedback as %q", fb.Text())
	}
}

// A file of flashcards alone makes sets of flashcards: the preview does
// not say they receive 0 questions.
func TestImportPreviewCardsOnlySets(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	tsv := "Where does the Danube rise?\tIn the Black Forest\nWhich sea does the Danube reach?\tThe Black Sea\n"
	up := b.upload("/teach/courses/rivers/import", "cards.tsv", []byte(tsv), map[string]string{"theme": "danube", "title": "Cards"})
	wantStatus(t, up, http.StatusSeeOther)
	preview := b.get(up.header.Get("Location"))
	wantStatus(t, preview, http.StatusOK)
	if got, want := preview.doc.Find(`[data-testid="preview-set"]`).Text(), "“Cards” in The Danube: 2 flashcards"; got != want {
		t.Errorf("the preview lists the set as %q, want %q", got, want)
	}
}

// The held set's page says which question was held and what its file
// lost, as long as the question is in it.
func TestHeldSetPageSaysWhy(t *testing.T) {
	data := moodleFixture(t, "multichoice.xml")
	a := newApp(t)
	b := teacherOn(t, a)
	ctx := context.Background()
	up := b.upload("/teach/courses/rivers/import", "multichoice.xml", data, map[string]string{"theme": "danube", "title": "Languages", "publish": "1"})
	wantStatus(t, up, http.StatusSeeOther)
	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)
	c, _ := a.db.FindCourse(ctx, "rivers")
	sets, _ := a.db.ListSets(ctx, c.ID)
	var heldID int64
	for _, s := range sets {
		if s.Title == quiz.HeldTitle("Languages") {
			heldID = s.ID
		}
	}
	if heldID == 0 {
		t.Fatalf("no held set among %+v", sets)
	}
	page := b.get("/teach/sets/" + strconv.FormatInt(heldID, 10))
	wantStatus(t, page, http.StatusOK)
	why := page.doc.Find(`[data-testid="held-reasons"] li`)
	if why.Length() != 1 || !strings.Contains(why.Text(), "bonjour.mp3") {
		t.Errorf("the held set's page says %d reasons: %q", why.Length(), why.Text())
	}
	// Published as a test, it is offered to learners under the import's
	// title, without the instructor's suffix.
	set := strconv.FormatInt(heldID, 10)
	wantStatus(t, b.post("/teach/sets/"+set+"/settings", url.Values{"feedback": {"end"}, "show_score": {"1"}}), http.StatusSeeOther)
	wantStatus(t, b.post("/teach/sets/"+set+"/status", url.Values{"status": {"published"}}), http.StatusSeeOther)
	course := b.get("/courses/rivers")
	wantStatus(t, course, http.StatusOK)
	if tests := course.doc.Find(`[data-testid="tests"]`).Text(); !strings.Contains(tests, "Languages") || strings.Contains(tests, "held for review") {
		t.Errorf("the course page offers the tests %q", tests)
	}
	// Another set of the course says nothing of it.
	for _, s := range sets {
		if s.ID != heldID {
			other := b.get("/teach/sets/" + strconv.FormatInt(s.ID, 10))
			wantStatus(t, other, http.StatusOK)
			if other.doc.Find(`[data-testid="held-reasons"]`).Length() != 0 {
				t.Errorf("set %q lists held questions", s.Title)
			}
			break
		}
	}
}
