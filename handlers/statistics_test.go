package handlers_test

import (
	"context"
	"encoding/csv"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/handlers"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
	"github.com/lectern/lectern/internal/srs"
	"github.com/lectern/lectern/internal/study"
)

// testClock is a clock the test moves and the server reads.
type testClock struct{ ns atomic.Int64 }

func (c *testClock) now() time.Time       { return time.Unix(0, c.ns.Load()).UTC() }
func (c *testClock) add(d time.Duration)  { c.ns.Add(int64(d)) }
func newTestClock(t time.Time) *testClock { c := &testClock{}; c.ns.Store(t.UnixNano()); return c }
func withTestClock(c *testClock) func(*handlers.Deps) {
	return func(d *handlers.Deps) { d.Now = c.now }
}

// takeDanube answers the danube quiz, each question shown and answered
// secs seconds later, right or wrong as right says; typed replaces the
// wrong answer to the typed question.
func takeDanube(t *testing.T, b *browser, clock *testClock, right bool, secs int, typed string) {
	t.Helper()
	att := b.startQuiz("danube")
	for n := 1; n <= 3; n++ {
		path := att + "/q/" + strconv.Itoa(n)
		p := b.get(path)
		wantStatus(t, p, http.StatusOK)
		clock.add(time.Duration(secs) * time.Second)
		f := answerForm(t, p, right)
		if f.Has("text") && !right && typed != "" {
			f.Set("text", typed)
		}
		wantStatus(t, b.post(path, f), http.StatusSeeOther)
	}
}

func text(p page, sel string) string { return strings.TrimSpace(p.doc.Find(sel).First().Text()) }

// questionRow finds a question's figures on the statistics page by its prompt.
func questionRow(t *testing.T, p page, prompt string) *goquery.Selection {
	t.Helper()
	var row *goquery.Selection
	p.doc.Find(`[data-testid="stats-question"]`).Each(func(_ int, s *goquery.Selection) {
		if strings.TrimSpace(s.Find("h3 .q-prompt").Text()) == prompt {
			row = s
		}
	})
	if row == nil {
		t.Fatalf("no statistics for %q", prompt)
	}
	return row
}

func readCSV(t *testing.T, p page) [][]string {
	t.Helper()
	body, ok := strings.CutPrefix(p.body, "\ufeff")
	if !ok {
		t.Errorf("the CSV does not start with a byte order mark, for spreadsheets to read it as UTF-8")
	}
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("CSV: %v\n%s", err, p.body)
	}
	return rows
}

func TestStatisticsPage(t *testing.T) {
	clock := newTestClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	a := newApp(t, withTestClock(clock))
	teacher := teacherOn(t, a)
	const stats = "/teach/courses/rivers/statistics"

	// No responses yet: every figure a dash, no paragraph shaded.
	p := teacher.get(stats)
	wantStatus(t, p, http.StatusOK)
	if got := text(p, `[data-testid="stats-count"]`); !strings.HasPrefix(got, "0 responses counted") {
		t.Errorf("count %q", got)
	}
	if got := p.doc.Find(`[data-testid="stats-question"]`).Length(); got != 6 {
		t.Errorf("%d questions shown, want 6", got)
	}
	for _, sel := range []string{`[data-testid="q-facility"]`, `[data-testid="q-discrimination"]`, `[data-testid="q-time"]`, `[data-testid="set-alpha"]`, `[data-testid="q-memory"]`} {
		p.doc.Find(sel).Each(func(_ int, s *goquery.Selection) {
			if !strings.HasPrefix(strings.TrimSpace(s.Text()), "—") {
				t.Errorf("%s = %q with no responses, want —", sel, s.Text())
			}
		})
	}
	if strings.Contains(p.body, "NaN") || p.doc.Find(".shade-0, .shade-1, .shade-2, .shade-3, .shade-4").Length() != 0 {
		t.Error("a NaN or a shaded paragraph with no responses")
	}
	// The course's teach page links here.
	tp := teacher.get("/teach/courses/rivers")
	if href, _ := tp.doc.Find(`[data-testid="statistics-link"]`).Attr("href"); href != stats {
		t.Errorf("teach page links to %q", href)
	}

	// One learner, all right, 20 s a question: figures from one response.
	ann := a.browser()
	takeDanube(t, ann, clock, true, 20, "")
	p = teacher.get(stats)
	wantStatus(t, p, http.StatusOK)
	q1 := questionRow(t, p, "Where does the Danube end?")
	if got := text(page{doc: goquery.NewDocumentFromNode(q1.Nodes[0])}, `[data-testid="q-facility"]`); got != "100%" {
		t.Errorf("one response: facility %q, want 100%%", got)
	}
	if got := strings.TrimSpace(q1.Find(`[data-testid="q-sd"]`).Text()); got != "—" {
		t.Errorf("one response: SD %q, want —", got)
	}
	if got := strings.TrimSpace(q1.Find(`[data-testid="q-time"]`).Text()); got != "20 s" {
		t.Errorf("one response: median time %q, want 20 s", got)
	}

	// Bob gets all wrong and types a formula for the typed answer, 40 s each.
	bob := a.browser()
	takeDanube(t, bob, clock, false, 40, "=HYPERLINK(\"http://x\")")
	// Ann tries again and gets all wrong: a second attempt.
	takeDanube(t, ann, clock, false, 5, "")

	p = teacher.get(stats)
	wantStatus(t, p, http.StatusOK)
	set := p.doc.Find(`[data-testid="stats-set"]`).First()
	// First attempts: Ann 3 of 3, Bob 0 of 3: mean 50%, median 50%;
	// totals 3 and 0 against item variances of .5 each:
	// alpha = 3/2 × (1 − 1.5/4.5) = 1.00.
	for sel, want := range map[string]string{"set-attempts": "2", "set-mean": "50%", "set-median": "50%", "set-alpha": "1.00"} {
		if got := strings.TrimSpace(set.Find(`[data-testid="` + sel + `"]`).Text()); got != want {
			t.Errorf("%s = %q, want %q", sel, got, want)
		}
	}
	q1 = questionRow(t, p, "Where does the Danube end?")
	// Marks 1 (Ann) and 0 (Bob); rest of the set 2 and 0: r = 1.
	// Times 20 and 40 s: median 30 s.
	for sel, want := range map[string]string{"q-responses": "2", "q-facility": "50%", "q-sd": "71%",
		"q-discrimination": "100.0", "q-efficiency": "100%", "q-time": "30 s"} {
		if got := strings.TrimSpace(q1.Find(`[data-testid="` + sel + `"]`).Text()); got != want {
			t.Errorf("%s = %q, want %q", sel, got, want)
		}
	}
	shares := q1.Find(`[data-testid="share"]`)
	if shares.Length() != 3 {
		t.Fatalf("%d option shares, want 3", shares.Length())
	}
	wantShares := []struct {
		share string
		key   bool
	}{{"50%", true}, {"50%", false}, {"0%", false}}
	shares.Each(func(i int, s *goquery.Selection) {
		if got := strings.TrimSpace(s.Find(".share-figure").Text()); got != wantShares[i].share {
			t.Errorf("option %d share %q, want %q", i, got, wantShares[i].share)
		}
		if s.HasClass("key") != wantShares[i].key || strings.Contains(s.Text(), "right answer") != wantShares[i].key {
			t.Errorf("option %d marked as the key: %v", i, s.HasClass("key"))
		}
		if v, _ := s.Find("progress").Attr("value"); v != strings.TrimSuffix(wantShares[i].share, "%") {
			t.Errorf("option %d bar at %q", i, v)
		}
	})
	// Two responses are too few to flag: the page says so instead.
	if q1.Find(`[data-testid="flags"]`).Length() != 0 || !strings.Contains(text(page{doc: goquery.NewDocumentFromNode(q1.Nodes[0])}, `[data-testid="too-few"]`), "Too few responses to judge (2 of the 10 responses needed)") {
		t.Errorf("two responses: flags %q, note %q; want no flag and too few responses", q1.Find(`[data-testid="flags"]`).Text(), q1.Find(`[data-testid="too-few"]`).Text())
	}
	if href, _ := q1.Find(`[data-testid="edit-question"]`).Attr("href"); !strings.HasPrefix(href, "/teach/questions/") || !strings.HasSuffix(href, "/edit") {
		t.Errorf("edit link %q", href)
	}
	// Paragraph 1, cited by the three danube questions: 3 right of 6.
	para := p.doc.Find(`#p-1`)
	if !para.HasClass("shade-2") || !strings.Contains(para.Find(".para-figure").Text(), "50% right") {
		t.Errorf("paragraph 1: class %q, figure %q; want shade-2 and 50%% right", para.AttrOr("class", ""), para.Find(".para-figure").Text())
	}
	if n := para.Find(".para-figure a").Length(); n != 3 {
		t.Errorf("paragraph 1 links to %d questions, want 3", n)
	}
	para.Find(".para-figure a").Each(func(_ int, l *goquery.Selection) {
		href := l.AttrOr("href", "")
		target := p.doc.Find(href)
		if !strings.HasPrefix(href, "#q-") || target.Length() != 1 || strings.TrimSpace(target.Find(".q-label").Text()) != l.Text() {
			t.Errorf("paragraph link %q (%s) does not lead to its question", l.Text(), href)
		}
	})
	// Paragraph 2 is cited by questions nobody answered yet (a paragraph
	// no question cites is checked in TestStatisticsUncited).
	if p2 := p.doc.Find(`#p-2`); !p2.HasClass("shade-none") || !strings.Contains(p2.Text(), "—") {
		t.Errorf("paragraph 2: %q", p2.AttrOr("class", ""))
	}

	// Every attempt: Ann's second counts too.
	all := teacher.get(stats + "?attempts=all")
	wantStatus(t, all, http.StatusOK)
	if got := text(all, `[data-testid="set-attempts"]`); got != "3" {
		t.Errorf("all attempts: %q attempts, want 3", got)
	}
	if got := strings.TrimSpace(questionRow(t, all, "Where does the Danube end?").Find(`[data-testid="q-facility"]`).Text()); got != "33%" {
		t.Errorf("all attempts: facility %q, want 33%%", got)
	}
	if sel := all.doc.Find(`#attempts option[selected]`).AttrOr("value", ""); sel != "all" {
		t.Errorf("the form shows %q chosen", sel)
	}
	if href, _ := all.doc.Find(`[data-testid="stats-csv"]`).Attr("href"); href != "/teach/courses/rivers/statistics.csv?attempts=all" {
		t.Errorf("download keeps the filter: %q", href)
	}

	// Memory: Ann reviewed the first question's card ten days ago.
	ctx := context.Background()
	annID := a.userID(ann)
	card, _, _, err := a.db.NextCard(ctx, quiz.NextCardQuery{UserID: annID, CourseID: 1, Now: clock.now(), DayStart: clock.now().Add(-time.Hour), NewLimit: 20})
	if err != nil || card == nil || card.Question == nil {
		t.Fatalf("NextCard = %+v, %v", card, err)
	}
	last := clock.now().Add(-10 * 24 * time.Hour)
	after := quiz.CardState{State: "review", Due: clock.now(), Stability: 4, Difficulty: 5, Reps: 1, LastReview: last}
	if ok, err := a.db.RecordReview(ctx, quiz.Review{UserID: annID, CardID: card.ID, Rating: 3, At: last, After: after}); err != nil || !ok {
		t.Fatalf("RecordReview = %v, %v", ok, err)
	}
	sched, _ := srs.NewScheduler(srs.DefaultParams())
	want := sched.Retrievability(study.ToSRS(&after, clock.now()), clock.now())
	p = teacher.get(stats)
	mem := strings.Join(strings.Fields(questionRow(t, p, card.Question.Prompt).Find(`[data-testid="q-memory"]`).Text()), " ")
	if wantText := strconv.Itoa(int(math.Round(want*100))) + "% 1 learner studies it"; mem != wantText {
		t.Errorf("memory %q, want %q", mem, wantText)
	}

	// The downloads.
	sc := teacher.get(stats + ".csv")
	wantStatus(t, sc, http.StatusOK)
	rows := readCSV(t, sc)
	if strings.Join(rows[0], ",") != "question_id,question,set_id,set,responses,facility,sd,discrimination,efficiency,median_seconds,flags,option_1,option_1_text,option_2,option_2_text,option_3,option_3_text" || len(rows) != 7 {
		t.Fatalf("statistics.csv header %v, %d rows", rows[0], len(rows))
	}
	for _, row := range rows[1:] {
		// Each id beside its words; every figure a number, shares as
		// fractions (discrimination 100 on Moodle's page is 1 here).
		if row[1] == "Where does the Danube end?" && row[3] != "" && row[4] == "2" && row[5] == "0.5" && row[6] == "0.7071" && row[7] == "1" &&
			row[8] == "1" && row[9] == "30" && row[10] == "" && row[11] == "0.5" && row[12] == "The Black Sea" && row[13] == "0.5" && row[14] != "" && row[15] == "0" && row[16] != "" {
			goto found
		}
	}
	t.Errorf("statistics.csv has no row for the first question with its shares:\n%s", sc.body)
found:
	rc := teacher.get("/teach/courses/rivers/responses.csv")
	wantStatus(t, rc, http.StatusOK)
	resp := readCSV(t, rc)
	if len(resp) != 7 || strings.Join(resp[0], ",") != "learner_id,learner,class,attempt_id,question_id,question,answer,result,score,seconds,answered_at" {
		t.Fatalf("responses.csv: %d rows, header %v", len(resp), resp[0])
	}
	if !strings.Contains(rc.body, `'=HYPERLINK(`) || strings.Contains(rc.body, "\n=HYPERLINK") || strings.Contains(rc.body, ",=HYPERLINK") {
		t.Errorf("the typed formula is not neutralised:\n%s", rc.body)
	}
	if !strings.Contains(rc.body, ",Where does the Danube end?,The Black Sea,right,1,20,2026-03-02T09:0") {
		t.Errorf("responses.csv lacks Ann's first answer:\n%s", rc.body)
	}
	if got := readCSV(t, teacher.get("/teach/courses/rivers/responses.csv?attempts=all")); len(got) != 10 {
		t.Errorf("all attempts: %d rows, want 10", len(got))
	}
}

// TestStatisticsFlagsNeedResponses: a question is flagged once it has 10
// responses (20 for discrimination), in a teacher's words, never in figures; the jump list names
// every set and then the flagged questions, which ?flagged=1 shows alone.
func TestStatisticsFlagsNeedResponses(t *testing.T) {
	clock := newTestClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	a := newApp(t, withTestClock(clock))
	teacher := teacherOn(t, a)
	const stats = "/teach/courses/rivers/statistics"
	takeDanube(t, a.browser(), clock, true, 20, "")
	for i := range 18 {
		takeDanube(t, a.browser(), clock, false, 30, "")
		if i == 7 {
			p := teacher.get(stats)
			if q1 := questionRow(t, p, "Where does the Danube end?"); q1.Find(`[data-testid="flags"]`).Length() != 0 {
				t.Errorf("9 responses: flagged %q", q1.Find(`[data-testid="flags"]`).Text())
			}
		}
		if i == 8 {
			p := teacher.get(stats)
			if q1 := questionRow(t, p, "Where does the Danube end?"); !strings.Contains(q1.Find(`[data-testid="flags"]`).Text(), "Few learners got this right (10% of the marks over 10 responses)") {
				t.Errorf("10 responses, 1 right: flags %q", q1.Find(`[data-testid="flags"]`).Text())
			}
		}
	}
	takeDanube(t, a.browser(), clock, false, 30, "")
	p := teacher.get(stats)
	wantStatus(t, p, http.StatusOK)
	q1 := questionRow(t, p, "Where does the Danube end?")
	flags := q1.Find(`[data-testid="flags"]`).Text()
	for _, want := range []string{"Few learners got this right (5% of the marks over 20 responses)", "Nobody chose the wrong answer “The Baltic Sea”, though 19 of 20 responses were wrong"} {
		if !strings.Contains(flags, want) {
			t.Errorf("flags %q, want %q", flags, want)
		}
	}
	if strings.Contains(flags, "under 10") || strings.Contains(flags, "discrimination") || q1.Find(`[data-testid="too-few"]`).Length() != 0 {
		t.Errorf("flags %q speak in figures, or say too few", flags)
	}
	// The jump list: every set, then the flagged questions, each a link
	// to its place on the page; ?flagged=1 shows those alone.
	jumps := p.doc.Find(`[data-testid="stats-jumps"]`)
	if got, want := jumps.Find(".jump-sets a").Length(), p.doc.Find(`[data-testid="stats-set"]`).Length(); got != want || got == 0 {
		t.Errorf("the jump list names %d sets, want the page's %d", got, want)
	}
	jumps.Find(".jump-sets a, .jump-flagged a").Each(func(_ int, s *goquery.Selection) {
		href, _ := s.Attr("href")
		if p.doc.Find(`[id="`+strings.TrimPrefix(href, "#")+`"]`).Length() != 1 {
			t.Errorf("the jump %q leads nowhere", href)
		}
	})
	flagged := jumps.Find(`[data-testid="jump-flagged"] li`)
	if flagged.Length() == 0 || !strings.Contains(flagged.Text(), "Where does the Danube end?") {
		t.Errorf("the flagged questions listed: %q", flagged.Text())
	}
	onlyURL, _ := jumps.Find(`[data-testid="show-flagged"]`).Attr("href")
	only := teacher.get(onlyURL)
	wantStatus(t, only, http.StatusOK)
	shown := only.doc.Find(`[data-testid="stats-question"]`)
	if shown.Length() != flagged.Length() || shown.Length() >= p.doc.Find(`[data-testid="stats-question"]`).Length() {
		t.Errorf("?flagged=1 shows %d questions, want the %d flagged of %d", shown.Length(), flagged.Length(), p.doc.Find(`[data-testid="stats-question"]`).Length())
	}
	shown.Each(func(_ int, s *goquery.Selection) {
		if s.Find(`[data-testid="flags"]`).Length() == 0 {
			t.Errorf("?flagged=1 shows an unflagged question: %q", s.Find("h3").Text())
		}
	})
	if only.doc.Find(`[data-testid="show-all"]`).Length() != 1 {
		t.Error("?flagged=1 has no way back to every question")
	}
}

// TestStatisticsFilter: a bad filter is shown beside its field with what
// was typed; an unknown class is not found, page and downloads alike.
func TestStatisticsFilter(t *testing.T) {
	a := newApp(t)
	teacher := teacherOn(t, a)
	const stats = "/teach/courses/rivers/statistics"
	p := teacher.get(stats + "?attempts=most&class=year+9")
	wantStatus(t, p, http.StatusBadRequest)
	if got := text(p, "#attempts-error"); got == "" {
		t.Error("no message beside the attempts field")
	}
	if got := text(p, "#class-error"); !strings.Contains(got, "number") {
		t.Errorf("class message %q", got)
	}
	if p.doc.Find(`[data-testid="stats-set"]`).Length() != 0 {
		t.Error("figures shown for a bad filter")
	}
	for _, path := range []string{stats + "?class=7", stats + ".csv?class=7", "/teach/courses/rivers/responses.csv?attempts=all&class=7"} {
		wantStatus(t, teacher.get(path), http.StatusNotFound)
	}
	for _, path := range []string{stats + ".csv?class=-3", "/teach/courses/rivers/responses.csv?attempts=x"} {
		wantStatus(t, teacher.get(path), http.StatusBadRequest)
	}
	wantStatus(t, teacher.get("/teach/courses/nowhere/statistics"), http.StatusNotFound)
}

// TestStatisticsClassFilter: with a class chosen, the figures count only
// its learners' answers; a class of another course is not found.
func TestStatisticsClassFilter(t *testing.T) {
	clock := newTestClock(time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC))
	a := newApp(t, withTestClock(clock))
	teacher := teacherOn(t, a)
	ctx := context.Background()
	c, err := a.db.FindCourse(ctx, "rivers")
	if err != nil {
		t.Fatal(err)
	}
	class, err := a.db.CreateClass(ctx, c.ID, "Year 9", 0)
	if err != nil {
		t.Fatal(err)
	}
	member, other := a.browser(), a.browser()
	wantStatus(t, member.post("/join", url.Values{"code": {class.Code}, "display_name": {"Sam Lee"}}), http.StatusSeeOther)
	takeDanube(t, member, clock, true, 10, "")
	takeDanube(t, other, clock, false, 10, "")
	const stats = "/teach/courses/rivers/statistics"
	all := teacher.get(stats)
	wantStatus(t, all, http.StatusOK)
	if got := strings.TrimSpace(questionRow(t, all, "Where does the Danube end?").Find(`[data-testid="q-responses"]`).Text()); got != "2" {
		t.Errorf("everyone: %s responses, want 2", got)
	}
	if all.doc.Find(`#class option[value="`+strconv.FormatInt(class.ID, 10)+`"]`).Length() != 1 {
		t.Error("the class is not offered in the filter")
	}
	only := teacher.get(stats + "?class=" + strconv.FormatInt(class.ID, 10))
	wantStatus(t, only, http.StatusOK)
	row := questionRow(t, only, "Where does the Danube end?")
	if got := strings.TrimSpace(row.Find(`[data-testid="q-responses"]`).Text()); got != "1" {
		t.Errorf("class: %s responses, want 1", got)
	}
	if got := strings.TrimSpace(row.Find(`[data-testid="q-facility"]`).Text()); !strings.HasPrefix(got, "100") {
		t.Errorf("class facility %q, want 100%% (its one learner was right)", got)
	}
	if rows := readCSV(t, teacher.get("/teach/courses/rivers/responses.csv?class="+strconv.FormatInt(class.ID, 10))); len(rows) != 4 {
		t.Errorf("class responses.csv: %d rows, want a header and 3 answers", len(rows))
	}
	// A class of another course is not this course's filter.
	lakes := quiztest.Course()
	lakes.Course.Slug = "lakes"
	if _, err := a.db.ImportCourse(ctx, lakes, 0); err != nil {
		t.Fatal(err)
	}
	l, _ := a.db.FindCourse(ctx, "lakes")
	elsewhere, err := a.db.CreateClass(ctx, l.ID, "Elsewhere", 0)
	if err != nil {
		t.Fatal(err)
	}
	wantStatus(t, teacher.get(stats+"?class="+strconv.FormatInt(elsewhere.ID, 10)), http.StatusNotFound)
}

// TestStatisticsUncited: a paragraph no question cites is left plain, with
// words saying so.
func TestStatisticsUncited(t *testing.T) {
	a := newApp(t)
	c := quiztest.Course()
	c.Course.Slug = "lakes"
	c.Paragraphs = append(c.Paragraphs, quiz.Paragraph{N: 4, Text: "Lakes are not rivers."})
	c.Themes[1].Paragraphs = append(c.Themes[1].Paragraphs, 4)
	for i := range c.Questions {
		c.Questions[i].ID = "lakes-" + c.Questions[i].ID
	}
	for i := range c.Cards {
		c.Cards[i].ID = "lakes-" + c.Cards[i].ID
	}
	id, err := a.db.ImportCourse(context.Background(), c, 0)
	if err != nil {
		t.Fatal(err)
	}
	teacher := teacherOn(t, a)
	if _, err := a.db.AddCourseOwner(context.Background(), id, "teacher@example.org"); err != nil {
		t.Fatal(err)
	}
	p := teacher.get("/teach/courses/lakes/statistics")
	wantStatus(t, p, http.StatusOK)
	p4 := p.doc.Find("#p-4")
	if p4.HasClass("cited") || strings.Contains(p4.AttrOr("class", ""), "shade") || !strings.Contains(p4.Text(), "No question cites this paragraph") {
		t.Errorf("paragraph 4: class %q, text %q", p4.AttrOr("class", ""), p4.Text())
	}
	if !p.doc.Find("#p-1").HasClass("cited") {
		t.Error("paragraph 1 is not shown as cited")
	}
}

// A question imported from another tool's file shades no paragraph of
// the statistics' article, but the paragraph its feedback quotes says so,
// as the learner's map does.
func TestStatisticsArticleNotesImportedQuestions(t *testing.T) {
	a := newApp(t)
	teacher := teacherOn(t, a)
	gift := "::tf-moodle:: The Danube flows through ten countries and ends in the Black Sea. {T}\n"
	up := teacher.upload("/teach/courses/rivers/import", "bank.gift", []byte(gift), map[string]string{"theme": "danube", "title": "From Moodle", "publish": "1"})
	wantStatus(t, up, http.StatusSeeOther)
	wantStatus(t, teacher.post(up.header.Get("Location"), nil), http.StatusSeeOther)
	p := teacher.get("/teach/courses/rivers/statistics")
	wantStatus(t, p, http.StatusOK)
	notes := p.doc.Find(`[data-testid="stats-article"] [data-testid="para-imported"]`)
	if notes.Length() != 1 || strings.TrimSpace(notes.Text()) != "1 imported question quotes this paragraph and is not counted here." {
		t.Errorf("the article says of the imported question: %d notes, %q", notes.Length(), notes.Text())
	}
}

// A set named after its theme, as accepting a draft names it, is named
// once in its heading on the statistics page; another set's heading names
// its theme beside it.
func TestStatisticsNamesASetOnce(t *testing.T) {
	a := newApp(t)
	teacher := teacherOn(t, a)
	ctx := context.Background()
	c, err := a.db.FindCourse(ctx, "rivers")
	if err != nil {
		t.Fatal(err)
	}
	sets, err := a.db.ListSets(ctx, c.ID)
	if err != nil || len(sets) < 2 {
		t.Fatalf("sets: %d, %v", len(sets), err)
	}
	th, _ := c.ThemeByID(sets[0].ThemeID)
	th1, _ := c.ThemeByID(sets[1].ThemeID)
	if err := a.db.RenameSet(ctx, sets[0].ID, th.Title); err != nil {
		t.Fatal(err)
	}
	if err := a.db.RenameSet(ctx, sets[1].ID, "Border questions"); err != nil {
		t.Fatal(err)
	}
	p := teacher.get("/teach/courses/rivers/statistics")
	wantStatus(t, p, http.StatusOK)
	heads := p.doc.Find(`[data-testid="stats-set"] h2`).Map(func(_ int, s *goquery.Selection) string { return strings.Join(strings.Fields(s.Text()), " ") })
	var named, other bool
	for _, h := range heads {
		if h == th.Title {
			named = true
		}
		if h == "Border questions "+th1.Title {
			other = true
		}
	}
	if !named || !other {
		t.Errorf("set headings %q: want %q alone, and “Border questions” with its theme", heads, th.Title)
	}
}

// The statistics page says what it counts, so that its count of responses
// and its sets' figures agree: a quiz of a theme counts for the set whose
// questions it asked (the page does not call it an attempt at the set),
// and a quiz left unfinished counts nowhere, nor is it called no answer.
func TestStatisticsSayWhatTheyCount(t *testing.T) {
	clock := newTestClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	a := newApp(t, withTestClock(clock))
	teacher := teacherOn(t, a)
	const stats = "/teach/courses/rivers/statistics"

	// Bea answers two questions of the theme's quiz and stops.
	bea := a.browser()
	att := bea.startQuiz("danube")
	for n := 1; n <= 2; n++ {
		path := att + "/q/" + strconv.Itoa(n)
		wantStatus(t, bea.post(path, answerForm(t, bea.get(path), true)), http.StatusSeeOther)
	}
	p := teacher.get(stats)
	wantStatus(t, p, http.StatusOK)
	if got, want := strings.Join(strings.Fields(text(p, `[data-testid="stats-count"]`)), " "), "0 responses counted, from finished quizzes of every kind: a set taken on its own, a theme’s quiz or a mixed quiz. No quiz is finished yet: the figures fill in as learners finish them."; got != want {
		t.Errorf("with one quiz unfinished the count reads %q, want %q", got, want)
	}

	// Ann finishes the theme's quiz: three responses, one quiz that asked
	// the Danube set's questions.
	takeDanube(t, a.browser(), clock, true, 20, "")
	p = teacher.get(stats)
	wantStatus(t, p, http.StatusOK)
	if got := strings.Join(strings.Fields(text(p, `[data-testid="stats-count"]`)), " "); !strings.HasPrefix(got, "3 responses counted, from finished quizzes of every kind") {
		t.Errorf("count %q", got)
	}
	set := p.doc.Find(`[data-testid="stats-set"]`).First()
	if got := strings.TrimSpace(set.Find(`[data-testid="set-figures"] dt`).First().Text()); got != "Quizzes that asked its questions" {
		t.Errorf("the set's first figure is named %q", got)
	}
	if got := strings.TrimSpace(set.Find(`[data-testid="set-attempts"]`).Text()); got != "1" {
		t.Errorf("the theme's quiz counts %q for the set, want 1", got)
	}
	// The filter that chooses which of those quizzes count speaks of
	// quizzes too, as the set's figure does, not of "attempts".
	if got := strings.TrimSpace(p.doc.Find(`label[for="attempts"]`).Text()); got != "Quizzes counted" {
		t.Errorf("the filter's label reads %q", got)
	}
	var opts []string
	p.doc.Find(`#attempts option`).Each(func(_ int, o *goquery.Selection) { opts = append(opts, strings.TrimSpace(o.Text())) })
	if got, want := strings.Join(opts, " / "), "Each learner’s first quiz that asked a set / Every quiz that asked a set"; got != want {
		t.Errorf("the filter's choices read %q, want %q", got, want)
	}
	if strings.Contains(strings.ToLower(p.doc.Find(`main`).Text()), "attempts") {
		t.Error("the statistics page still speaks of attempts")
	}
	if !strings.Contains(p.doc.Find(`.glossary`).Text(), "a quiz of its theme or a mixed quiz") {
		t.Error("the glossary does not say which quizzes a set's figures count")
	}
}
