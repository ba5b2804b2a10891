package handlers_test

import (
	"bytes"
	"context"
	"mime/multipart"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/handlers"
	"github.com/lectern/lectern/internal/formats"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/quizzes"
)

// Every route marked with a role refuses visitors (sent to sign in, or
// refused for a form post) and learners; instructor routes admit
// instructors and admins, admin routes only admins.
func TestInstructorRoutesRequireTheRole(t *testing.T) {
	a := newApp(t)
	a.account("teacher@example.org", "teacher passphrase", quiz.RoleInstructor)
	a.account("admin@example.org", "admin passphrase", quiz.RoleAdmin)
	a.account("pupil@example.org", "pupil passphrase", quiz.RoleLearner)
	visitor := a.browser()
	anon := a.browser()
	anon.startQuiz("danube") // an anonymous learner with a session
	pupil, teacher, admin := a.browser(), a.browser(), a.browser()
	wantStatus(t, pupil.signIn("pupil@example.org", "pupil passphrase"), http.StatusSeeOther)
	wantStatus(t, teacher.signIn("teacher@example.org", "teacher passphrase"), http.StatusSeeOther)
	wantStatus(t, admin.signIn("admin@example.org", "admin passphrase"), http.StatusSeeOther)

	h := a.handler()
	n := 0
	for _, rt := range h.Routes() {
		if rt.Role == "" {
			continue
		}
		n++
		method, path, _ := strings.Cut(rt.Pattern, " ")
		path = strings.NewReplacer("{slug}", "rivers", "{format}", "json", "{id}", "999999").Replace(path)
		do := func(b *browser) page {
			if method == "GET" {
				return b.get(path)
			}
			return b.post(path, nil)
		}
		for name, b := range map[string]*browser{"visitor": visitor, "anonymous learner": anon} {
			p := do(b)
			if method == "GET" && (p.status != http.StatusSeeOther || !strings.HasPrefix(p.header.Get("Location"), "/login?next=")) {
				t.Errorf("%s %s as a %s: %d %s, want a redirect to sign in", method, path, name, p.status, p.header.Get("Location"))
			}
			if method != "GET" && p.status != http.StatusUnauthorized {
				t.Errorf("%s %s as a %s: %d, want 401", method, path, name, p.status)
			}
		}
		if p := do(pupil); p.status != http.StatusForbidden {
			t.Errorf("%s %s as a learner: %d, want 403", method, path, p.status)
		}
		if p := do(teacher); rt.Role == quiz.RoleAdmin && p.status != http.StatusForbidden {
			t.Errorf("%s %s (admins only) as an instructor: %d, want 403", method, path, p.status)
		} else if rt.Role != quiz.RoleAdmin && (p.status == http.StatusUnauthorized || p.status == http.StatusForbidden || p.status >= 500) {
			t.Errorf("%s %s as an instructor: %d", method, path, p.status)
		}
		if p := do(admin); p.status == http.StatusUnauthorized || p.status == http.StatusForbidden || p.status >= 500 {
			t.Errorf("%s %s as an admin: %d", method, path, p.status)
		}
	}
	if n < 5 {
		t.Fatalf("only %d instructor routes", n)
	}
}

func (b *browser) upload(path, name string, content []byte, fields map[string]string) page {
	b.a.t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	if name != "" {
		fw, _ := mw.CreateFormFile("file", name)
		fw.Write(content)
	}
	mw.Close()
	req, _ := http.NewRequest("POST", b.a.srv.URL+path, &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Origin", b.a.srv.URL)
	return b.do(req)
}

const giftFile = `// Two questions about the Rhine
::rhine-source:: Where does the Rhine rise? {=In the Swiss Alps#Right. ~In the Netherlands#That is where it ends. ~In the Black Forest}

::rhine-sea:: The Rhine reaches the North Sea. {T}

Write an essay about rivers. {}
`

func TestImportPreviewThenConfirm(t *testing.T) {
	a := newApp(t)
	a.instructor("teacher@example.org", "teacher passphrase")
	b := a.browser()
	b.signIn("teacher@example.org", "teacher passphrase")
	ctx := context.Background()
	before, _ := a.db.ExportCourse(ctx, "rivers")
	form := map[string]string{"theme": "rhine-and-borders", "title": "From Moodle", "publish": "1"}

	bad := b.upload("/teach/courses/rivers/import", "broken.gift", []byte("::q1:: Which? {=A ~B\n\n::q2:: Fine? {T}\n"), form)
	wantStatus(t, bad, http.StatusUnprocessableEntity)
	if !regexp.MustCompile(`line \d+`).MatchString(bad.doc.Find(`[data-testid="file-errors"]`).Text()) {
		t.Fatalf("the error does not name a line: %q", bad.doc.Find(`[data-testid="file-errors"]`).Text())
	}
	if v, _ := bad.doc.Find("#title").Attr("value"); v != "From Moodle" {
		t.Errorf("the set's name was not kept: %q", v)
	}
	wantStatus(t, b.upload("/teach/courses/rivers/import", "", nil, form), http.StatusUnprocessableEntity)

	up := b.upload("/teach/courses/rivers/import", "rhine.gift", []byte(giftFile), form)
	wantStatus(t, up, http.StatusSeeOther)
	preview := b.get(up.header.Get("Location"))
	wantStatus(t, preview, http.StatusOK)
	if got := preview.doc.Find(`[data-testid="preview-questions"]`).Text(); got != "2 questions" {
		t.Errorf("preview says %q", got)
	}
	// The questions themselves, the right answer marked for the instructor.
	list := preview.doc.Find(`[data-testid="preview-question-list"] > li`)
	if list.Length() != 2 {
		t.Errorf("the preview lists %d questions, want 2", list.Length())
	}
	first := list.First()
	if !strings.Contains(first.Find(".prompt").Text(), "Where does the Rhine rise?") ||
		!strings.Contains(first.Find("li:has(.mark)").Text(), "In the Swiss Alps") ||
		!strings.Contains(first.Text(), "The Rhine and borders") {
		t.Errorf("the first question previews as %q", strings.Join(strings.Fields(first.Text()), " "))
	}
	if !strings.Contains(preview.doc.Find(`[data-testid="skipped"]`).Text(), "line 6") {
		t.Errorf("the essay is not reported as skipped: %q", preview.doc.Find(`[data-testid="skipped"]`).Text())
	}
	mid, _ := a.db.ExportCourse(ctx, "rivers")
	if len(mid.Questions) != len(before.Questions) {
		t.Fatal("the preview wrote questions")
	}
	// Another instructor cannot see or confirm this upload.
	a.account("other@example.org", "other passphrase", quiz.RoleInstructor)
	other := a.browser()
	other.signIn("other@example.org", "other passphrase")
	wantStatus(t, other.get(up.header.Get("Location")), http.StatusNotFound)
	wantStatus(t, other.post(up.header.Get("Location"), nil), http.StatusNotFound)

	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)
	after, _ := a.db.ExportCourse(ctx, "rivers")
	if len(after.Questions) != len(before.Questions)+2 {
		t.Fatalf("%d questions after the import, want %d", len(after.Questions), len(before.Questions)+2)
	}
	c, _ := a.db.FindCourse(ctx, "rivers")
	th, _ := c.Theme("rhine-and-borders")
	if th.Questions != 3+2 {
		t.Errorf("the theme has %d published questions, want 5", th.Questions)
	}
	// Confirming twice imports once.
	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusNotFound)
	// A learner now meets the imported questions in the theme's quiz.
	learner := a.browser()
	att := learner.startQuiz("rhine-and-borders")
	got, _ := a.db.FindAttempt(ctx, strings.TrimPrefix(att, "/attempts/"))
	if len(got.Items) != 5 {
		t.Errorf("the theme quiz has %d questions, want 5", len(got.Items))
	}
}

func TestImportTooLarge(t *testing.T) {
	a := newApp(t, func(d *handlers.Deps) { d.MaxImportBytes = 1000 })
	a.instructor("teacher@example.org", "teacher passphrase")
	b := a.browser()
	b.signIn("teacher@example.org", "teacher passphrase")
	r := b.upload("/teach/courses/rivers/import", "big.gift", bytes.Repeat([]byte("x"), 200<<10), map[string]string{"theme": "danube", "title": "t"})
	wantStatus(t, r, http.StatusRequestEntityTooLarge)
}

func TestExportDownloads(t *testing.T) {
	a := newApp(t)
	a.instructor("teacher@example.org", "teacher passphrase")
	b := a.browser()
	b.signIn("teacher@example.org", "teacher passphrase")
	j := b.get("/teach/courses/rivers/export/json")
	wantStatus(t, j, http.StatusOK)
	if cd := j.header.Get("Content-Disposition"); cd != `attachment; filename="rivers.json"` {
		t.Errorf("Content-Disposition %q", cd)
	}
	c, err := quizzes.Decode([]byte(j.body))
	if err != nil || len(c.Questions) != 6 {
		t.Fatalf("JSON export: %v, %d questions", err, len(c.Questions))
	}
	g := b.get("/teach/courses/rivers/export/gift")
	wantStatus(t, g, http.StatusOK)
	res, err := formats.ParseGIFT(strings.NewReader(g.body), formats.Options{})
	if err != nil || len(res.Questions) != 6 {
		t.Fatalf("GIFT export reads back as %v, %v", res, err)
	}
	csv := b.get("/teach/courses/rivers/export/csv")
	wantStatus(t, csv, http.StatusOK)
	// A choice question's card lists its options on lines of their own
	// inside one quoted field: count the records, not the lines.
	if back, err := formats.ParseCSV(strings.NewReader(csv.body), ',', formats.Options{}); err != nil || len(back.Cards) != 7 {
		t.Errorf("CSV export reads back as %v, %v; want 7 cards (1 written card and 6 question cards)", back, err)
	}
	wantStatus(t, b.get("/teach/courses/rivers/export/pdf"), http.StatusNotFound)
	wantStatus(t, b.get("/teach/courses/nope/export/json"), http.StatusNotFound)
}

func TestManageSets(t *testing.T) {
	a := newApp(t)
	a.instructor("teacher@example.org", "teacher passphrase")
	b := a.browser()
	b.signIn("teacher@example.org", "teacher passphrase")
	ctx := context.Background()
	// A draft import: learners do not see it.
	up := b.upload("/teach/courses/rivers/import", "rhine.gift", []byte(giftFile), map[string]string{"theme": "rhine-and-borders", "title": "Draft set"})
	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)
	learnerTotal := func() int {
		c, _ := a.db.FindCourse(ctx, "rivers")
		th, _ := c.Theme("rhine-and-borders")
		return th.Questions
	}
	if n := learnerTotal(); n != 3 {
		t.Fatalf("a draft import shows %d questions to learners, want the 3 published", n)
	}
	page := b.get("/teach/courses/rivers")
	wantStatus(t, page, http.StatusOK)
	if page.doc.Find(`[data-testid="set-row"]`).Length() != 3 {
		t.Fatalf("%d set rows, want 3", page.doc.Find(`[data-testid="set-row"]`).Length())
	}
	var draftID string
	page.doc.Find(`[data-testid="set-row"]`).Each(func(_ int, s *goquery.Selection) {
		if strings.Contains(s.Text(), "Draft set") {
			action, _ := s.Find(`form`).First().Attr("action")
			draftID = strings.TrimSuffix(strings.TrimPrefix(action, "/teach/sets/"), "/status")
		}
	})
	if draftID == "" {
		t.Fatal("the draft set is not listed")
	}
	setView := b.get("/teach/sets/" + draftID)
	wantStatus(t, setView, http.StatusOK)
	if setView.doc.Find(`[data-testid="set-questions"] > li`).Length() != 2 || !strings.Contains(setView.body, "✓ In the Swiss Alps") {
		t.Fatalf("the set page does not show its 2 questions with answers")
	}
	wantStatus(t, b.post("/teach/sets/"+draftID+"/status", url.Values{"status": {"published"}}), http.StatusSeeOther)
	if n := learnerTotal(); n != 5 {
		t.Fatalf("after publishing, learners see %d questions, want 5", n)
	}
	wantStatus(t, b.post("/teach/sets/"+draftID+"/status", url.Values{"status": {"secret"}}), http.StatusBadRequest)
	// Duplicate: a new draft with copies.
	wantStatus(t, b.post("/teach/sets/"+draftID+"/duplicate", nil), http.StatusSeeOther)
	sets, _ := a.db.ListSets(ctx, 1)
	if len(sets) != 4 || sets[len(sets)-1].Status != quiz.SetDraft || sets[len(sets)-1].Questions != 2 {
		t.Fatalf("after duplicating: %+v", sets)
	}
	copyID := sets[len(sets)-1].ID
	// A learner answers a question of the published set: it can no longer be deleted; the copy can.
	learner := a.browser()
	att := learner.startQuiz("rhine-and-borders")
	for n := 1; n <= 5; n++ {
		p := learner.get(att + "/q/" + itoaT(n))
		qid, _ := p.doc.Find(`input[name="q"]`).Attr("value")
		if strings.HasPrefix(qid, "rhine-s") {
			learner.post(att+"/q/"+itoaT(n), url.Values{"q": {qid}, "choice": {"0"}})
		}
	}
	wantStatus(t, b.post("/teach/sets/"+draftID+"/delete", nil), http.StatusConflict)
	wantStatus(t, b.post("/teach/sets/"+strconv.FormatInt(copyID, 10)+"/delete", nil), http.StatusSeeOther)
	if sets, _ := a.db.ListSets(ctx, 1); len(sets) != 3 {
		t.Fatalf("%d sets after deleting the copy, want 3", len(sets))
	}
}

func TestReorderQuestionsAndSets(t *testing.T) {
	a := newApp(t)
	a.instructor("teacher@example.org", "teacher passphrase")
	b := a.browser()
	b.signIn("teacher@example.org", "teacher passphrase")
	ctx := context.Background()
	_, qs, _ := a.db.FindSet(ctx, 1)
	first, second := qs[0].Question.ID, qs[1].Question.ID
	wantStatus(t, b.post("/teach/questions/"+strconv.FormatInt(qs[0].ID, 10)+"/move", url.Values{"dir": {"down"}}), http.StatusSeeOther)
	_, qs, _ = a.db.FindSet(ctx, 1)
	if qs[0].Question.ID != second || qs[1].Question.ID != first {
		t.Fatalf("after moving down: %s, %s", qs[0].Question.ID, qs[1].Question.ID)
	}
	wantStatus(t, b.post("/teach/questions/"+strconv.FormatInt(qs[0].ID, 10)+"/move", url.Values{"dir": {"up"}}), http.StatusSeeOther)
	wantStatus(t, b.post("/teach/questions/"+strconv.FormatInt(qs[0].ID, 10)+"/move", url.Values{"dir": {"sideways"}}), http.StatusBadRequest)
	// Two sets in one theme swap places.
	wantStatus(t, b.post("/teach/sets/1/duplicate", nil), http.StatusSeeOther)
	sets, _ := a.db.ListSets(ctx, 1)
	if sets[1].Title != "Copy of The Danube" {
		t.Fatalf("sets: %+v", sets)
	}
	wantStatus(t, b.post("/teach/sets/"+strconv.FormatInt(sets[1].ID, 10)+"/move", url.Values{"dir": {"up"}}), http.StatusSeeOther)
	sets, _ = a.db.ListSets(ctx, 1)
	if sets[0].Title != "Copy of The Danube" {
		t.Fatalf("after moving the copy up: %q first", sets[0].Title)
	}
}

func TestRenameAndExportSet(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	wantStatus(t, b.post("/teach/sets/2/rename", url.Values{"title": {"Rhine drill"}}), http.StatusSeeOther)
	wantStatus(t, b.post("/teach/sets/2/rename", url.Values{"title": {"  "}}), http.StatusUnprocessableEntity)
	g := b.get("/teach/sets/2/export/gift")
	wantStatus(t, g, http.StatusOK)
	if cd := g.header.Get("Content-Disposition"); cd != `attachment; filename="rivers-rhine-drill.gift"` {
		t.Errorf("Content-Disposition %q", cd)
	}
	res, err := formats.ParseGIFT(strings.NewReader(g.body), formats.Options{})
	if err != nil || len(res.Questions) != 3 {
		t.Fatalf("the set's GIFT reads back as %v, %v", res, err)
	}
	j := b.get("/teach/sets/2/export/json")
	c, err := quizzes.Decode([]byte(j.body))
	if err != nil || len(c.Questions) != 3 || len(c.Paragraphs) != 3 {
		t.Fatalf("the set's JSON: %v", err)
	}
}

// A draft import of Quizlet cards makes a set that holds them: they are
// listed on the set's page and reach learners' decks only when it is
// published.
func TestDraftCardImportWaitsForPublishing(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	ctx := context.Background()
	deck := func() int { return danubeDeck(t, a) }
	before := deck()
	up := b.upload("/teach/courses/rivers/import", "danube.csv", []byte("Danube: mouth,The Black Sea\nDanube: capitals,Four\n"),
		map[string]string{"theme": "danube", "title": "Danube cards"})
	wantStatus(t, up, http.StatusSeeOther)
	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)
	if got := deck(); got != before {
		t.Fatalf("a draft import put %d cards in the deck", got-before)
	}
	sets, _ := a.db.ListSets(ctx, 1)
	var set quiz.QuestionSet
	for _, s := range sets {
		if s.Title == "Danube cards" {
			set = s
		}
	}
	if set.ID == 0 || set.Cards != 2 || set.Status != "draft" {
		t.Fatalf("the import's set: %+v", set)
	}
	page := b.get("/teach/sets/" + strconv.FormatInt(set.ID, 10))
	wantStatus(t, page, http.StatusOK)
	if got := page.doc.Find(`[data-testid="set-cards"] dt`).Length(); got != 2 {
		t.Errorf("the set's page lists %d written cards, want 2", got)
	}
	wantStatus(t, b.post("/teach/sets/"+strconv.FormatInt(set.ID, 10)+"/status", url.Values{"status": {"published"}}), http.StatusSeeOther)
	if got := deck(); got != before+2 {
		t.Errorf("after publishing the deck has %d more cards, want 2", got-before)
	}
}

// An instructor writes, edits and removes a theme's flashcards in the
// browser; a bad form is shown again with the messages beside the fields
// and what was typed; learners' decks follow.
func TestWrittenCardsInTheBrowser(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	deck := func() int { return danubeDeck(t, a) }
	before := deck()
	path := "/teach/courses/rivers/themes/danube/cards"
	list := b.get(path)
	wantStatus(t, list, http.StatusOK)
	n0 := list.doc.Find(`[data-testid="written-cards"] > li`).Length()

	bad := b.post(path, url.Values{"front": {"Danube: its mouth?"}, "back": {""}})
	wantStatus(t, bad, http.StatusUnprocessableEntity)
	if bad.doc.Find("#back-error").Length() != 1 || bad.doc.Find("#paragraphs-error").Length() != 1 || bad.doc.Find("#front").Text() != "Danube: its mouth?" {
		t.Fatalf("bad card: %q / %q / %q", bad.doc.Find("#back-error").Text(), bad.doc.Find("#paragraphs-error").Text(), bad.doc.Find("#front").Text())
	}
	wantStatus(t, b.post(path, url.Values{"front": {"Danube: its mouth?"}, "back": {"The Black Sea"}, "par": {"9"}}), http.StatusUnprocessableEntity)
	long := b.post(path, url.Values{"front": {strings.Repeat("Danube ", 200)}, "back": {"The Black Sea"}, "par": {"1"}})
	wantStatus(t, long, http.StatusUnprocessableEntity)
	if !strings.Contains(long.doc.Find("#front-error").Text(), "1000 characters") {
		t.Errorf("a 1400-character front: %q", long.doc.Find("#front-error").Text())
	}
	if deck() != before {
		t.Fatal("a refused card reached the deck")
	}
	wantStatus(t, b.post(path, url.Values{"front": {"Danube: its mouth?"}, "back": {"The Black Sea"}, "par": {"1"}}), http.StatusSeeOther)
	if deck() != before+1 {
		t.Fatalf("the deck has %d more cards, want 1", deck()-before)
	}
	list = b.get(path)
	items := list.doc.Find(`[data-testid="written-cards"] > li`)
	if items.Length() != n0+1 {
		t.Fatalf("%d cards listed, want %d", items.Length(), n0+1)
	}
	edit, _ := items.Last().Find(`a[href$="/edit"]`).Attr("href")
	e := b.get(edit)
	wantStatus(t, e, http.StatusOK)
	if e.doc.Find("#back").Text() != "The Black Sea" {
		t.Fatalf("the edit form shows %q", e.doc.Find("#back").Text())
	}
	action, _ := e.doc.Find(`[data-testid="card-editor"]`).Attr("action")
	wantStatus(t, b.post(action, url.Values{"front": {"Danube: where does it end?"}, "back": {"In the Black Sea"}, "par": {"1"}}), http.StatusSeeOther)
	if got := b.get(path).doc.Find(`[data-testid="written-cards"] > li`).Last().Find(".prompt").Text(); got != "Danube: where does it end?" {
		t.Errorf("after the edit the card reads %q", got)
	}
	wantStatus(t, b.post(strings.TrimSuffix(edit, "/edit")+"/delete", nil), http.StatusSeeOther)
	if deck() != before {
		t.Errorf("after removing it the deck has %d more cards", deck()-before)
	}
	// Learners cannot reach these pages.
	learner := a.browser()
	if p := learner.get(path); p.status == http.StatusOK {
		t.Error("a visitor sees the instructor's card list")
	}
}

// danubeDeck counts the cards learners can study in the rivers course's
// danube theme.
func danubeDeck(t *testing.T, a *app) int {
	t.Helper()
	c, err := a.db.FindCourse(context.Background(), "rivers")
	if err != nil {
		t.Fatal(err)
	}
	th, _ := c.Theme("danube")
	return th.Cards
}

// An instructor with no course yet reads on Teach how to start one, and
// no note on exporting courses they do not have; one with a course sees
// it and the note, not the empty state.
func TestTeachSaysHowToStartWithNoCourse(t *testing.T) {
	a := newApp(t)
	a.account("new@example.org", "a new teacher's passphrase", quiz.RoleInstructor)
	b := a.browser()
	wantStatus(t, b.signIn("new@example.org", "a new teacher's passphrase"), http.StatusSeeOther)
	p := b.get("/teach")
	wantStatus(t, p, http.StatusOK)
	if got := p.doc.Find(`[data-testid="teach-empty"]`).Text(); !strings.Contains(got, "Start one from an article") {
		t.Errorf("no empty state on Teach: %q", got)
	}
	if p.doc.Find(`[data-testid="apkg-note"]`).Length() != 0 {
		t.Error("the export note shows with no course to export")
	}
	owner := teacherOn(t, a)
	q := owner.get("/teach")
	wantStatus(t, q, http.StatusOK)
	if q.doc.Find(`[data-testid="teach-empty"]`).Length() != 0 || q.doc.Find(`[data-testid="apkg-note"]`).Length() != 1 {
		t.Error("an owner of a course sees the empty state, or no export note")
	}
}
