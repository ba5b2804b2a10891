package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/handlers"
	"github.com/lectern/lectern/internal/quiz"
)

// classWith makes a class of the rivers course through the teacher's form
// and has a new learner join it under each name; it returns the class's
// page.
func classWith(t *testing.T, a *app, teacher *browser, names ...string) string {
	t.Helper()
	made := teacher.post("/teach/courses/rivers/classes", url.Values{"name": {"Year 10"}})
	wantStatus(t, made, http.StatusSeeOther)
	classPath := made.header.Get("Location")
	page := teacher.get(classPath)
	if got := strings.TrimSpace(page.doc.Find(`[data-testid="flash"]`).Text()); !strings.HasPrefix(got, "The class is made") {
		t.Errorf("the new class's page opens with %q, not a message that it is made", got)
	}
	code := page.doc.Find(`[data-testid="code"]`).Text()
	for _, n := range names {
		wantStatus(t, a.browser().post("/join/"+code, url.Values{"display_name": {n}}), http.StatusSeeOther)
	}
	return classPath
}

func manyVisitors(d *handlers.Deps) {
	d.Visitors = handlers.VisitorLimit{Burst: 50, Every: time.Minute}
}

// Learners named with numbers sort by their numbers, on the page and in
// its CSV: Learner 2 before Learner 10.
func TestClassLearnersSortNaturally(t *testing.T) {
	a := newApp(t, manyVisitors)
	teacher := teacherOn(t, a)
	classPath := classWith(t, a, teacher, "Learner 10", "Learner 2", "learner 11", "Learner 1", "Ann")
	p := teacher.get(classPath)
	wantStatus(t, p, http.StatusOK)
	got := p.doc.Find(`[data-testid="learner"] th`).Map(func(_ int, s *goquery.Selection) string { return strings.TrimSpace(s.Text()) })
	want := []string{"Ann", "Learner 1", "Learner 2", "Learner 10", "learner 11"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("the class page lists %q, want %q", got, want)
	}
	rows := readCSV(t, teacher.get(classPath+"/learners.csv"))
	var inCSV []string
	for _, r := range rows[1:] {
		inCSV = append(inCSV, r[1])
	}
	if strings.Join(inCSV, "|") != strings.Join(want, "|") {
		t.Errorf("the CSV lists %q, want %q", inCSV, want)
	}
	// Classes too, on the course's settings page.
	for _, n := range []string{"Group 10", "Group 2"} {
		wantStatus(t, teacher.post("/teach/courses/rivers/classes", url.Values{"name": {n}}), http.StatusSeeOther)
	}
	classes := teacher.get("/teach/courses/rivers/settings").doc.Find(`[data-testid="classes"] li a`).Map(func(_ int, s *goquery.Selection) string { return s.Text() })
	if strings.Join(classes, "|") != "Group 2|Group 10|Year 10" {
		t.Errorf("the classes are listed as %q", classes)
	}
}

// Assignments say what they are, on the class page, the learner's course
// page and the confirmation of their removal; a quiz finished in the 14
// days before it was assigned counts as done, one finished earlier does
// not; a day already past is refused beside the field, with what was
// typed kept and nothing written, unless the instructor confirms it.
func TestAssignmentsSayWhatTheyAreAndCountEarlierQuizzes(t *testing.T) {
	clock := newTestClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	a := newApp(t, withTestClock(clock), manyVisitors)
	teacher := teacherOn(t, a)
	classPath := classWith(t, a, teacher)
	code := teacher.get(classPath).doc.Find(`[data-testid="code"]`).Text()
	ann := a.browser()
	wantStatus(t, ann.post("/join/"+code, url.Values{"display_name": {"Ann"}}), http.StatusSeeOther)
	ann.finishQuiz(t, "danube", true) // 2 March
	c, _ := a.db.FindCourse(context.Background(), "rivers")
	danube, _ := c.Theme("danube")
	rhine, _ := c.Theme("rhine-and-borders")
	theme := func(id int64) string { return "theme:" + strconv.FormatInt(id, 10) }

	// 12 days later the Danube quiz is assigned: Ann's counts.
	clock.add(12 * 24 * time.Hour)
	past := url.Values{"what": {theme(rhine.ID)}, "due": {"2026-03-13"}}
	p := teacher.post(classPath+"/assignments", past)
	wantStatus(t, p, http.StatusUnprocessableEntity)
	if !strings.Contains(text(p, "#due-error"), "This day has passed") || p.doc.Find(`[data-testid="past-ok"] input`).Length() != 1 {
		t.Errorf("a past day: error %q, and no box to confirm it", text(p, "#due-error"))
	}
	if got, _ := p.doc.Find("#due").Attr("value"); got != "2026-03-13" {
		t.Errorf("the due field holds %q", got)
	}
	if got, _ := p.doc.Find("#what option[selected]").Attr("value"); got != theme(rhine.ID) {
		t.Errorf("the choice kept is %q", got)
	}
	if a.count(t, "assignments") != 0 {
		t.Fatal("a refused assignment was written")
	}
	wantStatus(t, teacher.post(classPath+"/assignments", url.Values{"what": {theme(danube.ID)}, "due": {"2026-03-20"}}), http.StatusSeeOther)
	page := teacher.get(classPath)
	items := page.doc.Find(`[data-testid="class-assignments"] li`)
	if got := strings.TrimSpace(items.First().Find("strong").Text()); got != "Theme quiz: "+danube.Title {
		t.Errorf("the class page lists the assignment as %q", got)
	}
	if got := items.First().Text(); !strings.Contains(got, "1 done") {
		t.Errorf("the quiz Ann finished 12 days before it was assigned does not count: %q", got)
	}
	if !strings.Contains(text(page, `[data-testid="assignment-rule"]`), "14 days before") {
		t.Errorf("the class page does not say which quizzes count: %q", text(page, `[data-testid="assignment-rule"]`))
	}
	var labels []string
	page.doc.Find("#what option").Each(func(_ int, s *goquery.Selection) { labels = append(labels, s.Text()) })
	if len(labels) == 0 || !strings.HasPrefix(labels[0], "Theme quiz: ") {
		t.Errorf("the choices read %q", labels)
	}
	course := ann.get("/courses/rivers")
	got := course.doc.Find(`[data-testid="assignment"]`)
	if got.Length() != 1 || got.Find("strong").Text() != "Theme quiz: "+danube.Title || got.AttrOr("data-state", "") != quiz.AssignmentDone {
		t.Errorf("the learner sees %q (%s)", got.Find("strong").Text(), got.AttrOr("data-state", ""))
	}
	if !strings.Contains(text(course, `[data-testid="assignment-rule"]`), "14 days before") {
		t.Error("the course page does not say when an assignment is done")
	}
	del, _ := items.First().Find(`[data-testid="remove-assignment"]`).Attr("href")
	if h := teacher.get(del).doc.Find("h1").Text(); !strings.Contains(h, "Theme quiz: "+danube.Title) {
		t.Errorf("the removal asks %q", h)
	}

	// Three more days (15 since the quiz), the same quiz assigned again:
	// too long ago to count.
	clock.add(3 * 24 * time.Hour)
	wantStatus(t, teacher.post(classPath+"/assignments", url.Values{"what": {theme(danube.ID)}, "due": {"2026-03-25"}}), http.StatusSeeOther)
	states := ann.get("/courses/rivers").doc.Find(`[data-testid="assignment"]`).Map(func(_ int, s *goquery.Selection) string { return s.AttrOr("data-state", "") })
	if strings.Join(states, ",") != "done,due" {
		t.Errorf("the states read %q, want done then due", states)
	}

	// A past day, confirmed.
	past.Set("past_ok", "1")
	wantStatus(t, teacher.post(classPath+"/assignments", past), http.StatusSeeOther)
	if a.count(t, "assignments") != 3 {
		t.Error("a confirmed past day was not assigned")
	}
}

// The three CSV files agree in form: snake_case column names, ids with
// their words beside them, ISO 8601 times, shares as fractions (never
// "58%"), learners named as the class page names them, and every cell of
// text safe from spreadsheet formulas.
func TestCSVDownloadsAgree(t *testing.T) {
	clock := newTestClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	a := newApp(t, withTestClock(clock), manyVisitors)
	teacher := teacherOn(t, a)
	classPath := classWith(t, a, teacher)
	code := teacher.get(classPath).doc.Find(`[data-testid="code"]`).Text()
	ann := a.browser()
	wantStatus(t, ann.post("/join/"+code, url.Values{"display_name": {"=Ann+1"}}), http.StatusSeeOther)
	takeDanube(t, ann, clock, true, 20, "")
	classID := strings.TrimPrefix(classPath, "/teach/classes/")
	files := map[string][][]string{
		"learners":   readCSV(t, teacher.get(classPath+"/learners.csv")),
		"statistics": readCSV(t, teacher.get("/teach/courses/rivers/statistics.csv?class="+classID)),
		"responses":  readCSV(t, teacher.get("/teach/courses/rivers/responses.csv?class="+classID)),
	}
	iso := regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$`)
	snake := regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
	col := func(rows [][]string, name string) int {
		for i, h := range rows[0] {
			if h == name {
				return i
			}
		}
		t.Fatalf("no column %s in %q", name, rows[0])
		return -1
	}
	for name, rows := range files {
		if len(rows) < 2 {
			t.Fatalf("%s.csv has %d rows", name, len(rows))
		}
		for _, h := range rows[0] {
			if !snake.MatchString(h) {
				t.Errorf("%s.csv: column %q is not snake_case", name, h)
			}
		}
		for _, row := range rows[1:] {
			for i, cell := range row {
				if strings.HasSuffix(cell, "%") || strings.HasPrefix(cell, "=") {
					t.Errorf("%s.csv: %s = %q", name, rows[0][i], cell)
				}
				if strings.HasSuffix(rows[0][i], "_at") || rows[0][i] == "last_activity" {
					if !iso.MatchString(cell) {
						t.Errorf("%s.csv: %s = %q, want ISO 8601", name, rows[0][i], cell)
					}
				}
			}
		}
	}
	l := files["learners"]
	if got := l[1][col(l, "learner")]; got != "'=Ann+1" || l[1][col(l, "learner_id")] == "" {
		t.Errorf("learners.csv names %q", got)
	}
	for column, want := range map[string]string{"quizzes_finished": "1", "mean_score": "1", "mastery_danube": "1", "mastery_rhine_and_borders": "0"} {
		if got := l[1][col(l, column)]; got != want {
			t.Errorf("learners.csv %s = %q, want %q", column, got, want)
		}
	}
	r := files["responses"]
	if got := r[1][col(r, "learner")]; got != "'=Ann+1" || r[1][col(r, "learner_id")] != l[1][col(l, "learner_id")] || r[1][col(r, "class")] != "Year 10" || r[1][col(r, "question")] == "" {
		t.Errorf("responses.csv: %q", r[1])
	}
	s := files["statistics"]
	found := false
	for _, row := range s[1:] {
		if row[col(s, "question")] == "Where does the Danube end?" {
			found = row[col(s, "facility")] == "1" && row[col(s, "option_1")] == "1" && row[col(s, "option_1_text")] == "The Black Sea"
		}
	}
	if !found {
		t.Errorf("statistics.csv: no row for the Danube's end with its facility and shares:\n%q", s)
	}
}

// The instructor's page for one learner shows, besides each attempt with
// every answer and when it was given, their mastery per theme, cards due
// and leeches, and where they stand on each assignment; with nothing done
// it still renders, with zeros.
func TestClassLearnerPageShowsTheirStanding(t *testing.T) {
	clock := newTestClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	a := newApp(t, withTestClock(clock), manyVisitors)
	teacher := teacherOn(t, a)
	classPath := classWith(t, a, teacher, "Bob")
	code := teacher.get(classPath).doc.Find(`[data-testid="code"]`).Text()
	c, _ := a.db.FindCourse(context.Background(), "rivers")
	danube, _ := c.Theme("danube")
	rhine, _ := c.Theme("rhine-and-borders")
	for _, th := range []int64{danube.ID, rhine.ID} {
		wantStatus(t, teacher.post(classPath+"/assignments", url.Values{"what": {"theme:" + strconv.FormatInt(th, 10)}, "due": {"2026-03-09"}}), http.StatusSeeOther)
	}
	ann := a.browser()
	wantStatus(t, ann.post("/join/"+code, url.Values{"display_name": {"Ann"}}), http.StatusSeeOther)
	takeDanube(t, ann, clock, false, 20, "")
	clock.add(8 * 24 * time.Hour) // past the due day: the Rhine is late

	learnerPage := func(name string) page {
		href, _ := teacher.get(classPath).doc.Find(`[data-testid="learner"] th a:contains("` + name + `")`).Attr("href")
		p := teacher.get(href)
		wantStatus(t, p, http.StatusOK)
		return p
	}
	p := learnerPage("Ann")
	themes := p.doc.Find(`[data-testid="learner-theme"]`)
	if themes.Length() != 2 {
		t.Fatalf("%d themes listed, want 2", themes.Length())
	}
	first := strings.Join(themes.First().Find("th, td").Map(func(_ int, s *goquery.Selection) string { return strings.TrimSpace(s.Text()) }), "|")
	if first != danube.Title+"|0%|3 of 3|3" {
		t.Errorf("the Danube reads %q, want 0%% mastery with 3 of 3 answered", first)
	}
	// Three wrong answers: three cards due at once (missed in a quiz).
	if got := strings.Join(strings.Fields(text(p, `[data-testid="learner-cards"]`)), " "); !strings.HasPrefix(got, "3 cards due now · 0 leeches") {
		t.Errorf("cards read %q", got)
	}
	states := p.doc.Find(`[data-testid="learner-assignment"]`).Map(func(_ int, s *goquery.Selection) string {
		return s.AttrOr("data-state", "") + ":" + s.Find("strong").Text()
	})
	if strings.Join(states, ",") != "done:Theme quiz: "+danube.Title+",late:Theme quiz: "+rhine.Title {
		t.Errorf("assignments read %q", states)
	}
	resp := p.doc.Find(`[data-testid="response"]`)
	if resp.Length() != 3 {
		t.Fatalf("%d answers listed, want 3", resp.Length())
	}
	resp.Each(func(_ int, s *goquery.Selection) {
		if !strings.Contains(s.Text(), "Wrong") || !strings.Contains(s.Find(`[data-testid="response-time"]`).Text(), "2 Mar 2026") ||
			!strings.Contains(s.Find(`[data-testid="response-time"]`).Text(), "took 20 s") {
			t.Errorf("an answer reads %q", strings.Join(strings.Fields(s.Text()), " "))
		}
	})

	// Bob did nothing: the page renders, with zeros and both late.
	b := learnerPage("Bob")
	if b.doc.Find(`[data-testid="no-attempts"]`).Length() != 1 || !strings.HasPrefix(strings.Join(strings.Fields(text(b, `[data-testid="learner-cards"]`)), " "), "0 cards due") {
		t.Errorf("Bob's page: %q", text(b, `[data-testid="learner-cards"]`))
	}
	if got := b.doc.Find(`[data-testid="learner-assignment"][data-state="late"]`).Length(); got != 2 {
		t.Errorf("Bob has %d late, want 2", got)
	}
}

// The article map counts the cards due as the course's card on the home
// page does, in words that cannot be read against it; a question imported
// from another tool's file, pinned to a paragraph on import, shades
// nothing, and the paragraph says so.
func TestArticleMapAgreesAndLeavesImportedOut(t *testing.T) {
	clock := newTestClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	a := newApp(t, withTestClock(clock))
	ann := a.browser()
	takeDanube(t, ann, clock, false, 20, "") // three misses: three cards due at once
	home := text(ann.get("/"), `[data-testid="due-count"]`)
	m := ann.get("/courses/rivers/map")
	wantStatus(t, m, http.StatusOK)
	if home != "3 cards due" || !strings.HasPrefix(text(m, `[data-testid="map-due"]`), "3 cards are due for review now") {
		t.Errorf("the home page says %q, the map %q", home, text(m, `[data-testid="map-due"]`))
	}
	if fig := text(m, `#p-1 [data-testid="map-figure"]`); !strings.Contains(fig, "3 cards due for review now") || strings.Contains(fig, "recalled") {
		t.Errorf("paragraph 1 reads %q", fig)
	}

	figures := func(p page) []string {
		return p.doc.Find(`[data-testid="map-figure"]`).Map(func(_ int, s *goquery.Selection) string { return s.Text() })
	}
	before := figures(a.browser().get("/courses/rivers/map"))
	teacher := teacherOn(t, a)
	gift := "::tf-moodle:: The Danube flows through ten countries and ends in the Black Sea. {T}\n"
	up := teacher.upload("/teach/courses/rivers/import", "bank.gift", []byte(gift), map[string]string{"theme": "danube", "title": "From Moodle", "publish": "1"})
	wantStatus(t, up, http.StatusSeeOther)
	wantStatus(t, teacher.post(up.header.Get("Location"), nil), http.StatusSeeOther)
	after := a.browser().get("/courses/rivers/map")
	if got := figures(after); strings.Join(got, "|") != strings.Join(before, "|") {
		t.Errorf("the imported question changed the map:\n%q\nwant\n%q", got, before)
	}
	notes := after.doc.Find(`[data-testid="map-imported"]`)
	if notes.Length() != 1 || !strings.HasPrefix(notes.Text(), "1 imported question is pinned to this paragraph and not counted here") {
		t.Errorf("the map says of the imported question: %q", notes.Text())
	}
}

// /progress shows a learner each course they have begun: mastery, streak,
// cards due, their latest quizzes and the assignments to do; an account
// that has done nothing gets an empty state, not a bare list of links.
func TestProgressIndexSummarisesCourses(t *testing.T) {
	clock := newTestClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	a := newApp(t, withTestClock(clock), manyVisitors)
	teacher := teacherOn(t, a)
	empty := teacher.get("/progress")
	wantStatus(t, empty, http.StatusOK)
	if empty.doc.Find(`[data-testid="progress-empty"]`).Length() != 1 || empty.doc.Find(`[data-testid="course-summary"]`).Length() != 0 {
		t.Errorf("an account that studied nothing: %q", text(empty, "main"))
	}
	if got := text(empty, `[data-testid="progress-courses"]`); !strings.Contains(got, "Rivers") {
		t.Errorf("the courses not begun: %q", got)
	}

	classPath := classWith(t, a, teacher)
	code := teacher.get(classPath).doc.Find(`[data-testid="code"]`).Text()
	c, _ := a.db.FindCourse(context.Background(), "rivers")
	rhine, _ := c.Theme("rhine-and-borders")
	wantStatus(t, teacher.post(classPath+"/assignments", url.Values{"what": {"theme:" + strconv.FormatInt(rhine.ID, 10)}, "due": {"2026-03-09"}}), http.StatusSeeOther)
	ann := a.browser()
	wantStatus(t, ann.post("/join/"+code, url.Values{"display_name": {"Ann"}}), http.StatusSeeOther)
	takeDanube(t, ann, clock, true, 20, "")
	p := ann.get("/progress")
	wantStatus(t, p, http.StatusOK)
	sum := p.doc.Find(`[data-testid="course-summary"]`)
	if sum.Length() != 1 {
		t.Fatalf("%d course summaries, want 1: %q", sum.Length(), text(p, "main"))
	}
	want := map[string]string{"sum-mastery": "50%", "sum-streak": "1 day", "sum-due": "0"}
	for id, w := range want {
		if got := strings.TrimSpace(sum.Find(`[data-testid="` + id + `"]`).Text()); got != w {
			t.Errorf("%s = %q, want %q", id, got, w)
		}
	}
	if got := strings.Join(strings.Fields(sum.Find(`[data-testid="sum-recent"]`).Text()), " "); !strings.Contains(got, "3 of 3 marks") {
		t.Errorf("latest quizzes: %q", got)
	}
	if got := sum.Find(`[data-testid="sum-assignments"] li strong`).Text(); got != "Theme quiz: "+rhine.Title {
		t.Errorf("assignments to do: %q", got)
	}
	if p.doc.Find(`[data-testid="progress-empty"]`).Length() != 0 {
		t.Error("a learner with a quiz sees the empty state")
	}
}

// A flashcard imported from another tool's file, pinned to a paragraph on
// import, is left out of the map as an imported question is, and the
// paragraph says so; a card due is listed as due, never with a chance of
// recalling it that reads against it.
func TestArticleMapLeavesImportedCardsOut(t *testing.T) {
	clock := newTestClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	a := newApp(t, withTestClock(clock))
	ann := a.browser()
	takeDanube(t, ann, clock, false, 20, "") // three misses: three cards due at once
	m := ann.get("/courses/rivers/map")
	for _, fig := range m.doc.Find(`[data-testid="map-figure"]`).Map(func(_ int, s *goquery.Selection) string { return s.Text() }) {
		if strings.Contains(fig, "due for review now") && strings.Contains(fig, "chance of recalling") && !strings.Contains(fig, "not yet due") {
			t.Errorf("a paragraph reads %q", fig)
		}
	}

	teacher := teacherOn(t, a)
	cards := "Where does the Danube end?\tIn the Black Sea, after flowing through ten countries.\n"
	up := teacher.upload("/teach/courses/rivers/import", "cards.txt", []byte(cards), map[string]string{"theme": "danube", "title": "From Quizlet", "publish": "1"})
	wantStatus(t, up, http.StatusSeeOther)
	wantStatus(t, teacher.post(up.header.Get("Location"), nil), http.StatusSeeOther)

	// Bea reviews every card her deck offers, the imported one among them.
	bea := a.browser()
	reviewed := 0
	for i := 0; i < 40; i++ {
		id, p := bea.frontCard("")
		if id == 0 {
			break
		}
		if strings.Contains(p.body, "Where does the Danube end?") {
			reviewed++
		}
		wantStatus(t, bea.rate(id, 3, 0), http.StatusSeeOther)
	}
	if reviewed == 0 {
		t.Fatal("the imported card never came up for review")
	}
	after := bea.get("/courses/rivers/map")
	notes := after.doc.Find(`[data-testid="map-imported"]`)
	if notes.Length() != 1 || !strings.HasPrefix(notes.Text(), "1 imported card is pinned to this paragraph and not counted here") {
		t.Errorf("the map says of the imported card: %q", notes.Text())
	}
}

// A set with no questions (flashcards only) gives learners nothing to
// practise: it is not offered for a class, and a post naming it is
// refused beside the field, the choice kept and nothing written.
func TestCardOnlySetIsNotAssigned(t *testing.T) {
	clock := newTestClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	a := newApp(t, withTestClock(clock), manyVisitors)
	teacher := teacherOn(t, a)
	classPath := classWith(t, a, teacher)
	cards := "Where does the Danube end?\tIn the Black Sea, after flowing through ten countries.\n"
	up := teacher.upload("/teach/courses/rivers/import", "cards.txt", []byte(cards), map[string]string{"theme": "danube", "title": "Cards only", "publish": "1"})
	wantStatus(t, up, http.StatusSeeOther)
	wantStatus(t, teacher.post(up.header.Get("Location"), nil), http.StatusSeeOther)
	c, _ := a.db.FindCourse(context.Background(), "rivers")
	sets, err := a.db.ListSets(context.Background(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	var id int64
	for _, s := range sets {
		if s.Title == "Cards only" {
			id = s.ID
			if s.Status != quiz.SetPublished || s.Questions != 0 {
				t.Fatalf("the imported set is %s with %d questions", s.Status, s.Questions)
			}
		}
	}
	if id == 0 {
		t.Fatal("the cards were imported into no set")
	}
	what := "set:" + strconv.FormatInt(id, 10)
	if teacher.get(classPath).doc.Find(`#what option[value="`+what+`"]`).Length() != 0 {
		t.Error("the class page offers a set with no questions")
	}
	p := teacher.post(classPath+"/assignments", url.Values{"what": {what}, "due": {"2026-03-20"}})
	wantStatus(t, p, http.StatusUnprocessableEntity)
	if !strings.Contains(text(p, "#what-error"), "no questions to practise") {
		t.Errorf("the refusal reads %q", text(p, "#what-error"))
	}
	if got, _ := p.doc.Find("#due").Attr("value"); got != "2026-03-20" {
		t.Errorf("the due field holds %q", got)
	}
	if a.count(t, "assignments") != 0 {
		t.Fatal("an assignment of a set with no questions was written")
	}
}

// The class download is named after its course and class, in safe
// characters.
func TestClassCSVNamedForCourseAndClass(t *testing.T) {
	a := newApp(t, manyVisitors)
	teacher := teacherOn(t, a)
	classPath := classWith(t, a, teacher)
	p := teacher.get(classPath + "/learners.csv")
	wantStatus(t, p, http.StatusOK)
	if got := p.header.Get("Content-Disposition"); !strings.Contains(got, `filename="rivers-year-10.csv"`) {
		t.Errorf("Content-Disposition %q, want rivers-year-10.csv", got)
	}
}

// The class page's and the statistics page's mean scores say what each
// counts.
func TestMeanScoresSayWhatTheyCount(t *testing.T) {
	a := newApp(t, manyVisitors)
	teacher := teacherOn(t, a)
	classPath := classWith(t, a, teacher, "Ann")
	if !strings.Contains(teacher.get(classPath).body, "Mean score over all quizzes") {
		t.Error("the class page does not say its mean score is over all quizzes")
	}
	takeDanube(t, a.browser(), newTestClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)), true, 20, "")
	p := teacher.get("/teach/courses/rivers/statistics")
	wantStatus(t, p, http.StatusOK)
	if got := p.doc.Find(`[data-testid="set-figures"] dt`).Eq(1).Text(); got != "Mean score, each learner’s first quiz" {
		t.Errorf("the statistics page's mean reads %q", got)
	}
}
