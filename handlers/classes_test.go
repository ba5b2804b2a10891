package handlers_test

import (
	"context"
	"encoding/csv"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/handlers"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/store"
)

func (a *app) count(t *testing.T, table string) int {
	t.Helper()
	var n int
	if err := a.rawDB().QueryRow("SELECT COUNT(*) FROM " + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// finishQuiz takes a theme's quiz to the end, every answer right or wrong.
func (b *browser) finishQuiz(t *testing.T, theme string, right bool) {
	t.Helper()
	att := b.startQuiz(theme)
	for n := 1; ; n++ {
		path := att + "/q/" + strconv.Itoa(n)
		p := b.get(path)
		if p.status != http.StatusOK || p.doc.Find("form.answer-form").Length() == 0 {
			break
		}
		wantStatus(t, b.post(path, answerForm(t, p, right)), http.StatusSeeOther)
	}
	wantStatus(t, b.get(att+"/results"), http.StatusOK)
}

// A visitor joins a class by its code, typed in any case with spaces, or
// by its link's Join button; looking stores nothing; a wrong code gets an
// error beside the field; a learner leaves from the course page or from
// their settings.
func TestJoinAndLeaveAClass(t *testing.T) {
	a := newApp(t)
	k := a.class(t, "Year 9")
	v := a.browser()
	users := a.count(t, "users")
	for _, path := range []string{"/", "/join", "/join/" + k.Code, "/join/" + strings.ToLower(k.Code)} {
		p := v.get(path)
		wantStatus(t, p, http.StatusOK)
		if c := p.header.Get("Set-Cookie"); c != "" {
			t.Errorf("GET %s set a cookie: %s", path, c)
		}
	}
	if a.count(t, "users") != users || a.count(t, "class_members") != 0 {
		t.Fatal("looking at the join pages stored something")
	}
	if href, _ := v.get("/").doc.Find(`[data-testid="join-link"]`).Attr("href"); href != "/join" {
		t.Errorf("the home page links to %q to join a class", href)
	}
	link := v.get("/join/" + k.Code)
	if !strings.Contains(link.doc.Find(`[data-testid="join-class"]`).Text(), "Year 9") || link.doc.Find(`[data-testid="join-button"]`).Length() != 1 {
		t.Error("the link's page does not name the class with a Join button")
	}

	for _, typed := range []string{"", "AC", "0O1IL5", "ACDEFGHJ", strings.Repeat("A", ClassCodeMissing)} {
		p := v.post("/join", url.Values{"code": {typed}, "display_name": {"Sam Lee"}})
		wantStatus(t, p, http.StatusUnprocessableEntity)
		if p.doc.Find("#code-error").Text() == "" {
			t.Errorf("code %q: no error beside the field", typed)
		}
		if got, _ := p.doc.Find("#code").Attr("value"); got != typed {
			t.Errorf("code %q: the field holds %q", typed, got)
		}
	}
	if a.count(t, "users") != users || a.count(t, "class_members") != 0 {
		t.Fatal("a wrong code stored something")
	}

	typed := " " + strings.ToLower(k.Code[:3]) + " " + k.Code[3:] + " "
	joined := v.post("/join", url.Values{"code": {typed}, "display_name": {"Sam Lee"}})
	wantStatus(t, joined, http.StatusSeeOther)
	if loc := joined.header.Get("Location"); !strings.HasPrefix(loc, "/courses/rivers") {
		t.Fatalf("joining went to %q", loc)
	}
	if a.count(t, "users") != users+1 || a.count(t, "class_members") != 1 {
		t.Fatal("joining did not make one learner in the class")
	}
	course := v.get(joined.header.Get("Location"))
	wantStatus(t, course, http.StatusOK)
	if !strings.Contains(course.doc.Find(`[data-testid="course-classes"]`).Text(), "Year 9") {
		t.Fatal("the course page does not list the class")
	}
	// Joining twice keeps one membership; the link page says so.
	wantStatus(t, v.post("/join/"+k.Code, url.Values{"display_name": {"Sam Lee"}}), http.StatusSeeOther)
	if a.count(t, "class_members") != 1 {
		t.Error("joining twice made two memberships")
	}
	if v.get("/join/"+k.Code).doc.Find(`[data-testid="join-button"]`).Length() != 0 {
		t.Error("the link offers to join a class the learner is in")
	}
	leave := course.doc.Find(`[data-testid="course-classes"] form`)
	action, _ := leave.Attr("action")
	next, _ := leave.Find(`input[name="next"]`).Attr("value")
	left := v.post(action, url.Values{"next": {next}})
	wantStatus(t, left, http.StatusSeeOther)
	if loc := left.header.Get("Location"); !strings.HasPrefix(loc, "/courses/rivers") || a.count(t, "class_members") != 0 {
		t.Fatalf("leaving from the course page went to %q", loc)
	}
	// From the settings, in two classes at once.
	k2 := a.class(t, "Evening group")
	wantStatus(t, v.post("/join/"+k.Code, url.Values{"display_name": {"Sam Lee"}}), http.StatusSeeOther)
	wantStatus(t, v.post("/join/"+k2.Code, url.Values{"display_name": {"Sam Lee"}}), http.StatusSeeOther)
	settings := v.get("/settings")
	if got := settings.doc.Find(`[data-testid="settings-classes"] li`).Length(); got != 2 {
		t.Fatalf("the settings list %d classes, want 2", got)
	}
	wantStatus(t, v.post("/classes/"+strconv.FormatInt(k2.ID, 10)+"/leave", url.Values{"next": {"//evil.example/"}}), http.StatusSeeOther)
	if got := v.get("/settings").doc.Find(`[data-testid="settings-classes"] li`).Length(); got != 1 {
		t.Errorf("after leaving one, the settings list %d classes", got)
	}
	wantStatus(t, a.browser().post("/classes/"+strconv.FormatInt(k.ID, 10)+"/leave", nil), http.StatusNotFound)
	// A class of a draft course cannot be joined yet.
	ctx := context.Background()
	c, _ := a.db.FindCourse(ctx, "rivers")
	if err := a.db.SetCourseStatus(ctx, c.ID, quiz.CourseDraft); err != nil {
		t.Fatal(err)
	}
	if p := a.browser().post("/join", url.Values{"code": {k2.Code}, "display_name": {"Sam Lee"}}); p.status != http.StatusUnprocessableEntity || p.doc.Find("#code-error").Text() == "" {
		t.Errorf("joining a draft course's class: %d", p.status)
	}
}

// ClassCodeMissing is a length no code has.
const ClassCodeMissing = 7

// The class page shows every learner with what they did, pages render
// with none, one and many learners, assignments are due, done or late,
// each learner's page lists their answers, and the CSV is formula-safe.
func TestClassPageAndAssignments(t *testing.T) {
	a := newApp(t, func(d *handlers.Deps) { d.Visitors = handlers.VisitorLimit{Burst: 20, Every: time.Minute} })
	teacher := teacherOn(t, a)
	bad := teacher.post("/teach/courses/rivers/classes", url.Values{"name": {"  "}})
	wantStatus(t, bad, http.StatusUnprocessableEntity)
	if bad.doc.Find("#class_name-error").Text() == "" {
		t.Error("no error beside the class name")
	}
	made := teacher.post("/teach/courses/rivers/classes", url.Values{"name": {"Year 10"}})
	wantStatus(t, made, http.StatusSeeOther)
	classPath := made.header.Get("Location")
	empty := teacher.get(classPath)
	wantStatus(t, empty, http.StatusOK)
	if empty.doc.Find(`[data-testid="no-learners"]`).Length() != 1 {
		t.Error("the page of an empty class does not say nobody joined")
	}
	code := empty.doc.Find(`[data-testid="code"]`).Text()
	if _, err := quiz.ParseClassCode(code); err != nil {
		t.Fatalf("the class shows the code %q: %v", code, err)
	}
	if href, _ := empty.doc.Find(`[data-testid="join-url"]`).Attr("href"); href != "/join/"+code {
		t.Errorf("join link %q", href)
	}
	// A new code: the old one joins no more.
	wantStatus(t, teacher.post(classPath+"/code", nil), http.StatusSeeOther)
	newCode := teacher.get(classPath).doc.Find(`[data-testid="code"]`).Text()
	if newCode == code {
		t.Fatal("the code did not change")
	}
	wantStatus(t, a.browser().post("/join", url.Values{"code": {code}, "display_name": {"Sam Lee"}}), http.StatusUnprocessableEntity)

	ctx := context.Background()
	c, _ := a.db.FindCourse(ctx, "rivers")
	danube, _ := c.Theme("danube")
	rhine, _ := c.Theme("rhine-and-borders")
	tomorrow := time.Now().UTC().AddDate(0, 0, 2).Format(time.DateOnly)
	for _, f := range []url.Values{
		{"what": {"theme:" + strconv.FormatInt(danube.ID, 10)}, "due": {"next week"}},
		{"what": {"set:999999"}, "due": {tomorrow}},
		{"what": {"nothing"}, "due": {tomorrow}},
	} {
		p := teacher.post(classPath+"/assignments", f)
		wantStatus(t, p, http.StatusUnprocessableEntity)
		if p.doc.Find("#due-error").Text()+p.doc.Find("#what-error").Text() == "" {
			t.Errorf("%v: no error beside the fields", f)
		}
		if got, _ := p.doc.Find("#due").Attr("value"); got != f.Get("due") {
			t.Errorf("%v: the due field holds %q", f, got)
		}
	}
	wantStatus(t, teacher.post(classPath+"/assignments", url.Values{"what": {"theme:" + strconv.FormatInt(danube.ID, 10)}, "due": {tomorrow}}), http.StatusSeeOther)
	wantStatus(t, teacher.post(classPath+"/assignments", url.Values{"what": {"theme:" + strconv.FormatInt(rhine.ID, 10)}, "due": {"2020-01-31"}, "past_ok": {"1"}}), http.StatusSeeOther)

	// One learner, who does the Danube quiz.
	ann := a.browser()
	wantStatus(t, ann.post("/join", url.Values{"code": {newCode}, "display_name": {"  Ann <b>Rivers</b> "}}), http.StatusSeeOther)
	before := ann.get("/courses/rivers").doc.Find(`[data-testid="assignment"]`)
	if before.Length() != 2 {
		t.Fatalf("the learner sees %d assignments, want 2", before.Length())
	}
	ann.finishQuiz(t, "danube", true)
	states := map[string]string{}
	ann.get("/courses/rivers").doc.Find(`[data-testid="assignment"]`).Each(func(_ int, s *goquery.Selection) {
		st, _ := s.Attr("data-state")
		states[s.Find("strong").Text()] = st
	})
	if states["Theme quiz: "+danube.Title] != quiz.AssignmentDone || states["Theme quiz: "+rhine.Title] != quiz.AssignmentLate {
		t.Errorf("assignment states %v, want the Danube done and the Rhine late", states)
	}
	one := teacher.get(classPath)
	rows := one.doc.Find(`[data-testid="learner"]`)
	if rows.Length() != 1 {
		t.Fatalf("%d learners listed, want 1", rows.Length())
	}
	cells := rows.First().Find("td").Map(func(_ int, s *goquery.Selection) string { return strings.TrimSpace(s.Text()) })
	if name := strings.TrimSpace(rows.First().Find("th").Text()); name != "Ann <b>Rivers</b>" {
		t.Errorf("the learner is named %q", name)
	}
	// overall mastery, last activity, quizzes, mean score, mastery per
	// theme (2), cards due, leeches, done, late
	overall := quiz.PercentOf(float64(danube.Questions), danube.Questions+rhine.Questions)
	if overall == 0 || overall == 100 {
		t.Fatalf("the Danube holds %d of the course's questions: overall mastery would not tell the themes apart", danube.Questions)
	}
	if len(cells) != 10 || cells[0] != strconv.Itoa(overall)+"%" || cells[1] == "none yet" || cells[2] != "1" || cells[3] != "100%" || cells[4] != "100%" || cells[5] != "0%" || cells[8] != "1" || cells[9] != "1" {
		t.Errorf("the learner's line: %q, want overall mastery %d%% first", cells, overall)
	}
	if got := one.doc.Find(`[data-testid="learners"] thead th`).Eq(1).Text(); !strings.Contains(got, "Overall mastery") {
		t.Errorf("the column after the name is %q, want Overall mastery", got)
	}
	href, _ := rows.First().Find("th a").Attr("href")
	lp := teacher.get(href)
	wantStatus(t, lp, http.StatusOK)
	resp := lp.doc.Find(`[data-testid="response"]`)
	if lp.doc.Find(`[data-testid="attempt"]`).Length() != 1 || resp.Length() == 0 {
		t.Fatalf("the learner's page lists %d answers", resp.Length())
	}
	resp.Each(func(_ int, s *goquery.Selection) {
		if v, _ := s.Attr("data-correct"); v != "true" || !strings.Contains(s.Text(), "Right") {
			t.Errorf("an answer shows as %q: %q", v, s.Text())
		}
	})
	wantStatus(t, teacher.get(classPath+"/learners/999999"), http.StatusNotFound)

	// Many learners, one with a name that a spreadsheet would run.
	for i := range 11 {
		wantStatus(t, a.browser().post("/join/"+newCode, url.Values{"display_name": {"Learner " + strconv.Itoa(10+i)}}), http.StatusSeeOther)
	}
	w, err := store.OpenSQL(a.path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := w.Exec("UPDATE users SET display_name = '=HYPERLINK(\"http://evil.example\")' WHERE id = ?", a.userID(ann)); err != nil {
		t.Fatal(err)
	}
	many := teacher.get(classPath)
	if got := many.doc.Find(`[data-testid="learner"]`).Length(); got != 12 {
		t.Errorf("%d learners listed, want 12", got)
	}
	// Sorted by name unless asked otherwise, by a plain link per column;
	// lowest first, so the one learner with a quiz comes last by quizzes.
	names := func(p page) []string {
		return p.doc.Find(`[data-testid="learner"] th`).Map(func(_ int, s *goquery.Selection) string { return strings.TrimSpace(s.Text()) })
	}
	byName := names(many)
	if byName[0] != `=HYPERLINK("http://evil.example")` || byName[1] != "Learner 10" || byName[11] != "Learner 20" {
		t.Errorf("the learners by name: %q", byName)
	}
	if got := strings.TrimSpace(many.doc.Find(`[data-testid="sorted-column"]`).Text()); !strings.HasPrefix(got, "Learner") {
		t.Errorf("the sorted column is %q, want Learner", got)
	}
	if many.doc.Find(`[data-testid="learners"] caption`).Length() != 1 || many.doc.Find(`[data-testid="scroll-cue"]`).Length() != 1 {
		t.Error("the table has no caption or no line saying it scrolls")
	}
	quizzesURL, _ := many.doc.Find(`[data-testid="learners"] thead a:contains("Quizzes finished")`).Attr("href")
	byQuizzes := teacher.get(quizzesURL)
	wantStatus(t, byQuizzes, http.StatusOK)
	if got := names(byQuizzes); got[11] != byName[0] || got[0] != "Learner 10" {
		t.Errorf("the learners by quizzes finished (%s): %q", quizzesURL, got)
	}
	// By overall mastery, lowest first: the one learner with mastery last.
	overallURL, _ := many.doc.Find(`[data-testid="learners"] thead a:contains("Overall mastery")`).Attr("href")
	byOverall := teacher.get(overallURL)
	wantStatus(t, byOverall, http.StatusOK)
	if got := names(byOverall); got[11] != byName[0] || got[0] != "Learner 10" {
		t.Errorf("the learners by overall mastery (%s): %q", overallURL, got)
	}
	if got := strings.TrimSpace(byOverall.doc.Find(`[data-testid="sorted-column"]`).Text()); !strings.HasPrefix(got, "Overall mastery") {
		t.Errorf("sorted by overall mastery, the sorted column is %q", got)
	}
	if got, _ := byQuizzes.doc.Find(`[data-testid="sorted-column"]`).Attr("aria-sort"); got != "ascending" {
		t.Errorf("the sorted column's aria-sort is %q", got)
	}
	if got := names(teacher.get(classPath + "?sort=nonsense")); strings.Join(got, "|") != strings.Join(byName, "|") {
		t.Errorf("an unknown sort: %q, want by name", got)
	}
	csvPage := teacher.get(classPath + "/learners.csv")
	wantStatus(t, csvPage, http.StatusOK)
	recs, err := csv.NewReader(strings.NewReader(csvPage.body)).ReadAll()
	if err != nil || len(recs) != 13 {
		t.Fatalf("CSV: %d records, %v", len(recs), err)
	}
	if recs[1][1] != `'=HYPERLINK("http://evil.example")` {
		t.Errorf("the CSV cell is %q", recs[1][1])
	}
	// Renaming and deleting the class.
	wantStatus(t, teacher.post(classPath+"/rename", url.Values{"name": {""}}), http.StatusUnprocessableEntity)
	wantStatus(t, teacher.post(classPath+"/rename", url.Values{"name": {"Year 10 (blue)"}}), http.StatusSeeOther)
	if !strings.Contains(teacher.get(classPath).doc.Find("h1").Text(), "Year 10 (blue)") {
		t.Error("the class was not renamed")
	}
	// Delete asks first, on a page that deletes nothing.
	if href, _ := teacher.get(classPath).doc.Find(`[data-testid="delete-class"]`).Attr("href"); href != classPath+"/delete" {
		t.Fatalf("Delete the class links to %q, want its confirmation page", href)
	}
	confirm := teacher.get(classPath + "/delete")
	wantStatus(t, confirm, http.StatusOK)
	if !strings.Contains(confirm.doc.Find("h1").Text(), "Year 10 (blue)") || !strings.Contains(confirm.body, "cannot be undone") {
		t.Errorf("the confirmation says %q", confirm.doc.Find("main").Text())
	}
	if !strings.Contains(confirm.body, "learners keep what they did in the course") {
		t.Errorf("the confirmation does not say the learners keep their work: %q", confirm.doc.Find("main").Text())
	}
	nobody := a.class(t, "Nobody yet")
	if got := teacher.get("/teach/classes/" + strconv.FormatInt(nobody.ID, 10) + "/delete"); !strings.Contains(got.body, "No learner has joined it.") || strings.Contains(got.body, "0 learners") {
		t.Errorf("an empty class's confirmation says %q", got.doc.Find("main").Text())
	}
	wantStatus(t, teacher.get(classPath), http.StatusOK)
	if action, _ := confirm.doc.Find(`[data-testid="confirm"] form`).Attr("action"); action != classPath+"/delete" {
		t.Errorf("the confirmation posts to %q", action)
	}
	wantStatus(t, teacher.post(classPath+"/delete", nil), http.StatusSeeOther)
	wantStatus(t, teacher.get(classPath), http.StatusNotFound)
	if a.count(t, "class_members") != 0 || a.count(t, "assignments") != 0 {
		t.Error("deleting the class left its members or assignments")
	}
	if a.count(t, "attempts") == 0 {
		t.Error("deleting the class deleted what its learners did")
	}
}

// Codes that name no class are limited per client address: after twenty
// in an hour, each further try waits (429 with Retry-After). Right codes
// do not count.
func TestWrongClassCodesAreLimited(t *testing.T) {
	a := newApp(t)
	k := a.class(t, "Year 9")
	b := a.browser()
	for range 25 {
		wantStatus(t, b.post("/join", url.Values{"code": {k.Code}, "display_name": {"Sam Lee"}}), http.StatusSeeOther)
	}
	wrong := func(i int) string {
		al := quiz.ClassCodeAlphabet
		code := string([]byte{al[i%len(al)], al[i/len(al)%len(al)], 'A', 'A', 'A', 'A'})
		if code == k.Code {
			code = "CCCCCC"
		}
		return code
	}
	for i := range 20 {
		wantStatus(t, b.post("/join", url.Values{"code": {wrong(i)}, "display_name": {"Sam Lee"}}), http.StatusUnprocessableEntity)
	}
	p := b.post("/join", url.Values{"code": {wrong(20)}, "display_name": {"Sam Lee"}})
	wantStatus(t, p, http.StatusTooManyRequests)
	if p.header.Get("Retry-After") == "" || !strings.Contains(p.doc.Find("#code-error").Text(), "Too many tries") {
		t.Errorf("throttled: Retry-After %q, error %q", p.header.Get("Retry-After"), p.doc.Find("#code-error").Text())
	}
	wantStatus(t, b.get("/join/"+wrong(21)), http.StatusTooManyRequests)
	// A code of the wrong shape says so without counting: nothing is looked up.
	wantStatus(t, b.post("/join", url.Values{"code": {"0O"}, "display_name": {"Sam Lee"}}), http.StatusUnprocessableEntity)
}

// A visitor who joined a class and then signs in to their account brings
// the membership along, once.
func TestSigningInKeepsTheClass(t *testing.T) {
	a := newApp(t)
	k := a.class(t, "Year 9")
	pupilID := a.account("pupil@example.org", "pupil passphrase", quiz.RoleLearner)
	other := a.browser()
	wantStatus(t, other.signIn("pupil@example.org", "pupil passphrase"), http.StatusSeeOther)
	wantStatus(t, other.post("/join/"+k.Code, url.Values{"display_name": {"Sam Lee"}}), http.StatusSeeOther)

	b := a.browser()
	wantStatus(t, b.post("/join/"+k.Code, url.Values{"display_name": {"Sam Lee"}}), http.StatusSeeOther)
	wantStatus(t, b.signIn("pupil@example.org", "pupil passphrase"), http.StatusSeeOther)
	members, err := a.db.ClassMembers(context.Background(), k.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(members) != 1 || members[0].UserID != pupilID {
		t.Errorf("members after signing in: %+v, want only the account", members)
	}
}

// A set named after its theme, as accepting a draft names it, is offered
// for assignment under its name once; another set's theme follows its
// name in brackets.
func TestAssignChoicesNameASetOnce(t *testing.T) {
	a := newApp(t)
	teacher := teacherOn(t, a)
	k := a.class(t, "Geography 9")
	ctx := context.Background()
	c, err := a.db.FindCourse(ctx, "rivers")
	if err != nil {
		t.Fatal(err)
	}
	sets, err := a.db.ListSets(ctx, c.ID)
	if err != nil || len(sets) == 0 {
		t.Fatalf("sets: %v", err)
	}
	th, _ := c.ThemeByID(sets[0].ThemeID)
	if err := a.db.RenameSet(ctx, sets[0].ID, th.Title); err != nil {
		t.Fatal(err)
	}
	p := teacher.get("/teach/classes/" + strconv.FormatInt(k.ID, 10))
	wantStatus(t, p, http.StatusOK)
	labels := map[string]bool{}
	p.doc.Find(`#what option`).Each(func(_ int, o *goquery.Selection) { labels[strings.TrimSpace(o.Text())] = true })
	if !labels["Set: "+th.Title] || labels["Set: "+th.Title+" ("+th.Title+")"] {
		t.Errorf("the set named after its theme is offered as %v, want “Set: %s”", labels, th.Title)
	}
}
