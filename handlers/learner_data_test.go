package handlers_test

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/store"
)

// userTables lists, from the schema itself, every table with a user_id
// column: what the export must cover and the deletion must empty.
func (a *app) userTables() []string {
	a.t.Helper()
	raw := a.rawDB()
	q := `SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c
		WHERE m.type = 'table' AND c.name = 'user_id' ORDER BY m.name`
	if store.IsPostgresURL(a.path) {
		q = `SELECT table_name FROM information_schema.columns
			WHERE table_schema = current_schema() AND column_name = 'user_id' ORDER BY table_name`
	}
	rows, err := raw.Query(q)
	if err != nil {
		a.t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			a.t.Fatal(err)
		}
		out = append(out, name)
	}
	if len(out) < 5 {
		a.t.Fatalf("only %d tables with a user_id column: %v", len(out), out)
	}
	return out
}

// rawDB opens the app's database a second time, behind the store, to look
// at the rows themselves.
func (a *app) rawDB() *sql.DB {
	a.t.Helper()
	raw, err := store.OpenSQL(a.path)
	if err != nil {
		a.t.Fatal(err)
	}
	a.t.Cleanup(func() { raw.Close() })
	return raw
}

// rowsOf counts a learner's rows in every table with a user_id, and their
// row in users.
func (a *app) rowsOf(uid int64) map[string]int {
	a.t.Helper()
	raw := a.rawDB()
	out := map[string]int{}
	for _, tbl := range append(a.userTables(), "users") {
		col := "user_id"
		if tbl == "users" {
			col = "id"
		}
		var n int
		if err := raw.QueryRow(`SELECT COUNT(*) FROM "`+tbl+`" WHERE `+col+` = ?`, uid).Scan(&n); err != nil {
			a.t.Fatal(err)
		}
		out[tbl] = n
	}
	return out
}

// study makes a learner answer a quiz question wrongly (an attempt, a
// response, mastery and a missed card), rate a flashcard and save their
// settings: a row in every learner table but pending imports.
func (b *browser) study(t *testing.T) string {
	t.Helper()
	att := b.startQuiz("danube")
	p := b.get(att + "/q/1")
	wantStatus(t, b.post(att+"/q/1", answerForm(t, p, false)), http.StatusSeeOther)
	id, front := b.frontCard("")
	if id == 0 {
		t.Fatalf("no card to review: %.300s", front.body)
	}
	wantStatus(t, b.rate(id, 3, 0), http.StatusSeeOther)
	wantStatus(t, b.post("/settings", url.Values{"retention": {"0.85"}, "new_per_day": {"7"}, "day_start": {"4"}, "time_zone": {"Europe/Paris"}}), http.StatusSeeOther)
	wantStatus(t, b.post("/join/"+b.a.class(t, "Study group").Code, url.Values{"display_name": {"Sam Lee"}}), http.StatusSeeOther)
	return strings.TrimPrefix(att, "/attempts/")
}

type exported struct {
	Summaries    []json.RawMessage `json:"learner_courses"`
	Classes      []json.RawMessage `json:"class_members"`
	CourseOwners []string          `json:"course_owners"`
	Account      struct {
		ID        int64  `json:"id"`
		Email     string `json:"email"`
		Anonymous bool   `json:"anonymous"`
	} `json:"account"`
	Settings *struct {
		NewPerDay int `json:"new_per_day"`
	} `json:"learner_settings"`
	Sessions       []json.RawMessage `json:"sessions"`
	PasswordResets []json.RawMessage `json:"reset_links"`
	Attempts       []struct {
		ID        string `json:"id"`
		Responses []struct {
			QuestionID string `json:"question_id"`
			Prompt     string `json:"prompt"`
			Answer     string `json:"answer"`
			Correct    bool   `json:"correct"`
		} `json:"responses"`
	} `json:"attempts"`
	Mastery        []json.RawMessage `json:"question_mastery"`
	Cards          []json.RawMessage `json:"card_states"`
	Reviews        []json.RawMessage `json:"review_log"`
	PendingImports []json.RawMessage `json:"pending_imports"`
	Jobs           []json.RawMessage `json:"jobs"`
}

// counts says how many rows of each user_id table an export holds.
func (e exported) counts() map[string]int {
	answers := 0
	for _, a := range e.Attempts {
		answers += len(a.Responses)
	}
	settings := 0
	if e.Settings != nil {
		settings = 1
	}
	return map[string]int{
		"sessions": len(e.Sessions), "attempts": len(e.Attempts), "responses": answers,
		"question_mastery": len(e.Mastery), "card_states": len(e.Cards), "review_log": len(e.Reviews),
		"learner_settings": settings, "pending_imports": len(e.PendingImports), "jobs": len(e.Jobs), "password_resets": len(e.PasswordResets),
		"class_members": len(e.Classes), "course_owners": len(e.CourseOwners), "learner_courses": len(e.Summaries),
	}
}

func (b *browser) download(t *testing.T) (exported, string) {
	t.Helper()
	p := b.get("/settings/data")
	wantStatus(t, p, http.StatusOK)
	if cd := p.header.Get("Content-Disposition"); cd != `attachment; filename="lectern-my-data.json"` {
		t.Errorf("Content-Disposition %q", cd)
	}
	var e exported
	if err := json.Unmarshal([]byte(p.body), &e); err != nil {
		t.Fatalf("export is not JSON: %v\n%.300s", err, p.body)
	}
	return e, p.body
}

func TestExportHoldsTheLearnersOwnDataInEveryUserTable(t *testing.T) {
	a := newApp(t)
	alice, bob := a.browser(), a.browser()
	aliceAtt, bobAtt := alice.study(t), bob.study(t)
	aliceID, bobID := a.userID(alice), a.userID(bob)

	e, body := alice.download(t)
	if e.Account.ID != aliceID || !e.Account.Anonymous {
		t.Errorf("account %+v, want anonymous learner %d", e.Account, aliceID)
	}
	if len(e.Attempts) != 1 || e.Attempts[0].ID != aliceAtt {
		t.Fatalf("attempts %+v, want only %s", e.Attempts, aliceAtt)
	}
	r := e.Attempts[0].Responses
	if len(r) != 1 || r[0].Correct || r[0].Prompt != questions[r[0].QuestionID].Prompt || r[0].Answer == "" {
		t.Errorf("responses %+v, want the one wrong answer with its prompt", r)
	}
	if e.Settings == nil || e.Settings.NewPerDay != 7 {
		t.Errorf("settings %+v", e.Settings)
	}
	if strings.Contains(body, bobAtt) {
		t.Error("Alice's export holds Bob's attempt")
	}
	tok := alice.cookie()
	for _, secret := range []string{"password", "token", tok, hashOf(tok)} {
		if strings.Contains(body, secret) {
			t.Errorf("the export holds %q", secret)
		}
	}

	got, inDB := e.counts(), a.rowsOf(aliceID)
	for _, tbl := range a.userTables() {
		n, covered := got[tbl]
		if !covered {
			t.Errorf("table %s has a user_id column but the export does not cover it", tbl)
			continue
		}
		// An anonymous learner has no pending import, job, password reset or course.
		if tbl != "pending_imports" && tbl != "jobs" && tbl != "password_resets" && tbl != "course_owners" && inDB[tbl] == 0 {
			t.Errorf("the learner has no row in %s: the test does not exercise it", tbl)
		}
		if n != inDB[tbl] {
			t.Errorf("%s: the export holds %d rows, the database %d", tbl, n, inDB[tbl])
		}
	}
	if bobID == aliceID {
		t.Fatal("one learner for two browsers")
	}
}

func TestAnonymousLearnerDeletesTheirData(t *testing.T) {
	a := newApp(t)
	alice, bob := a.browser(), a.browser()
	alice.study(t)
	bob.study(t)
	aliceID, bobID := a.userID(alice), a.userID(bob)
	bobBefore := a.rowsOf(bobID)
	oldCookie := alice.cookie()

	p := alice.get("/settings")
	wantStatus(t, p, http.StatusOK)
	if href, _ := p.doc.Find(`[data-testid="delete-data"]`).Attr("href"); href != "/settings/delete" {
		t.Fatalf("settings link to delete: %q", href)
	}
	confirm := alice.get("/settings/delete")
	wantStatus(t, confirm, http.StatusOK)
	if list := confirm.doc.Find(`[data-testid="to-delete"]`).Text(); !strings.Contains(list, "1 quiz with 1 answer") {
		t.Errorf("the confirmation lists %q", list)
	}
	// The cards' line counts the reviews, not leeches or suspended cards
	// ("with 0 reviews, leeches and suspended cards" read as three counts).
	if got := strings.Join(strings.Fields(confirm.doc.Find(`[data-testid="to-delete"] li`).Eq(1).Text()), " "); got != "1 flashcard in your decks, 1 review of it, and which cards are suspended or leeches" {
		t.Errorf("the confirmation's cards read %q", got)
	}
	// A learner who has reviewed nothing is told so.
	carl := a.browser()
	carl.startQuiz("danube")
	if got := strings.Join(strings.Fields(carl.get("/settings/delete").doc.Find(`[data-testid="to-delete"] li`).Eq(1).Text()), " "); !strings.HasSuffix(got, "in your decks, none reviewed yet") {
		t.Errorf("with no review the cards read %q", got)
	}
	form := formValues(confirm.doc.Find(`form[action="/settings/delete"]`))
	done := alice.post("/settings/delete", form)
	wantStatus(t, done, http.StatusSeeOther)
	loc := done.header.Get("Location")
	if !strings.HasPrefix(loc, "/?") || !strings.Contains(loc, "deleted=learner") {
		t.Fatalf("deleting redirected to %q", loc)
	}

	for tbl, n := range a.rowsOf(aliceID) {
		if n != 0 {
			t.Errorf("%d rows of the deleted learner left in %s", n, tbl)
		}
	}
	for tbl, n := range a.rowsOf(bobID) {
		if n != bobBefore[tbl] {
			t.Errorf("%s: the other learner had %d rows, has %d", tbl, bobBefore[tbl], n)
		}
	}
	if _, err := a.db.FindSession(t.Context(), hashOf(oldCookie)); err == nil {
		t.Error("the deleted learner's session still exists")
	}

	home := alice.get(loc)
	wantStatus(t, home, http.StatusOK)
	if msg := home.doc.Find(".flash").Text(); !strings.Contains(msg, "1 quiz with 1 answer") || !strings.Contains(msg, "1 review") {
		t.Errorf("home page says %q", msg)
	}
	// The old cookie, replayed, reaches nobody.
	replay := a.browser()
	u, _ := url.Parse(a.srv.URL)
	replay.c.Jar.SetCookies(u, []*http.Cookie{{Name: "lectern", Value: oldCookie}})
	if e, body := replay.download(t); e.Account.ID != 0 || !strings.Contains(body, "stores nothing") {
		t.Errorf("the old cookie still downloads %.200s", body)
	}
}

func TestAccountDeletesItselfAfterRetypingItsEmail(t *testing.T) {
	a := newApp(t)
	id := a.account("ada@example.org", "correct horse battery", "learner")
	b, other := a.browser(), a.browser()
	wantStatus(t, b.signIn("ada@example.org", "correct horse battery"), http.StatusSeeOther)
	wantStatus(t, other.signIn("ada@example.org", "correct horse battery"), http.StatusSeeOther)
	b.study(t)
	bob := a.browser()
	bob.study(t)
	bobID := a.userID(bob)
	bobBefore := a.rowsOf(bobID)

	e, body := b.download(t)
	if e.Account.Email != "ada@example.org" || e.Account.Anonymous || len(e.Sessions) != 2 {
		t.Errorf("account %+v with %d sessions", e.Account, len(e.Sessions))
	}
	if strings.Contains(body, "argon2") {
		t.Error("the export holds the password hash")
	}

	confirm := b.get("/settings/delete")
	wantStatus(t, confirm, http.StatusOK)
	if confirm.doc.Find(`label[for="confirm_email"]`).Length() != 1 {
		t.Fatal("no labelled email field to confirm with")
	}
	form := formValues(confirm.doc.Find(`form[action="/settings/delete"]`))
	form.Set("confirm_email", "someone@example.org")
	wrong := b.post("/settings/delete", form)
	wantStatus(t, wrong, http.StatusUnprocessableEntity)
	if a.rowsOf(id)["users"] != 1 {
		t.Fatal("a wrong email deleted the account")
	}

	form.Set("confirm_email", " ADA@example.org ")
	done := b.post("/settings/delete", form)
	wantStatus(t, done, http.StatusSeeOther)
	if loc := done.header.Get("Location"); !strings.HasPrefix(loc, "/?") || !strings.Contains(loc, "deleted=account") {
		t.Fatalf("redirected to %q", loc)
	}
	for tbl, n := range a.rowsOf(id) {
		if n != 0 {
			t.Errorf("%d rows of the deleted account left in %s", n, tbl)
		}
	}
	for tbl, n := range a.rowsOf(bobID) {
		if n != bobBefore[tbl] {
			t.Errorf("%s: the other learner had %d rows, has %d", tbl, bobBefore[tbl], n)
		}
	}
	// The other browser is signed out too, and the account cannot sign in.
	if p := other.get("/settings"); strings.Contains(p.body, "ada@example.org") {
		t.Error("the other browser is still signed in")
	}
	if p := a.browser().signIn("ada@example.org", "correct horse battery"); p.status == http.StatusSeeOther {
		t.Error("the deleted account signed in")
	}
}

func TestAnotherLearnersFormDeletesNothing(t *testing.T) {
	a := newApp(t)
	alice, bob := a.browser(), a.browser()
	alice.study(t)
	bob.study(t)
	aliceID, bobID := a.userID(alice), a.userID(bob)
	aliceBefore, bobBefore := a.rowsOf(aliceID), a.rowsOf(bobID)

	bobForm := formValues(bob.get("/settings/delete").doc.Find(`form[action="/settings/delete"]`))
	if bobForm.Get("learner") != strconv.FormatInt(bobID, 10) {
		t.Fatalf("Bob's form %v", bobForm)
	}
	p := alice.post("/settings/delete", bobForm)
	wantStatus(t, p, http.StatusConflict)
	for _, c := range []struct {
		id     int64
		before map[string]int
	}{{aliceID, aliceBefore}, {bobID, bobBefore}} {
		after := a.rowsOf(c.id)
		var changed []string
		for tbl, n := range after {
			if n != c.before[tbl] {
				changed = append(changed, tbl)
			}
		}
		sort.Strings(changed)
		if len(changed) > 0 {
			t.Errorf("learner %d lost rows in %v", c.id, changed)
		}
	}
	// A visitor with no learner has nothing to delete, and deletes nothing.
	v := a.browser()
	wantStatus(t, v.post("/settings/delete", bobForm), http.StatusSeeOther)
	if a.rowsOf(bobID)["users"] != 1 {
		t.Error("a visitor deleted Bob")
	}
}

// authoredColumns are the columns other than user_id that refer to users:
// what an instructor made, which stays when the account goes, and the
// export's field that counts it.
var authoredColumns = map[string]string{
	"courses.owner_id":             "courses_owned",
	"question_versions.created_by": "question_versions_written",
	"drafts.decided_by":            "drafts_decided",
	"classes.created_by":           "classes_created",
}

func TestEveryReferenceToUsersIsExportedAndLetGo(t *testing.T) {
	a := newApp(t)
	raw := a.rawDB()
	q := `SELECT m.name, f."from", f.on_delete FROM sqlite_master m, pragma_foreign_key_list(m.name) f
		WHERE m.type = 'table' AND f."table" = 'users' ORDER BY m.name, f."from"`
	if store.IsPostgresURL(a.path) {
		q = `SELECT c.conrelid::regclass::text, a.attname,
			CASE c.confdeltype WHEN 'n' THEN 'SET NULL' WHEN 'c' THEN 'CASCADE' WHEN 'r' THEN 'RESTRICT'
				WHEN 'd' THEN 'SET DEFAULT' ELSE 'NO ACTION' END
			FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
			WHERE c.contype = 'f' AND c.confrelid = 'users'::regclass ORDER BY 1, 2`
	}
	rows, err := raw.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var tbl, col, onDelete string
		if err := rows.Scan(&tbl, &col, &onDelete); err != nil {
			t.Fatal(err)
		}
		n++
		if col == "user_id" {
			continue // covered by the export and deletion tests above
		}
		if _, ok := authoredColumns[tbl+"."+col]; !ok {
			t.Errorf("%s.%s refers to users but the export does not cover it", tbl, col)
		}
		if onDelete != "SET NULL" {
			t.Errorf("%s.%s: deleting an account would %s what it made", tbl, col, onDelete)
		}
	}
	if n < len(authoredColumns)+5 {
		t.Fatalf("only %d references to users found", n)
	}

	teacher := teacherOn(t, a)
	id := a.userID(teacher)
	secretQuestion(t, teacher, danubeSet(t, a), "Sargasso")
	p := teacher.get("/settings/data")
	wantStatus(t, p, http.StatusOK)
	var doc struct {
		Authored map[string]json.RawMessage `json:"authored"`
	}
	if err := json.Unmarshal([]byte(p.body), &doc); err != nil {
		t.Fatal(err)
	}
	for _, key := range authoredColumns {
		if _, ok := doc.Authored[key]; !ok {
			t.Errorf("the export has no authored.%s", key)
		}
	}
	var written int
	if err := raw.QueryRow("SELECT COUNT(*) FROM question_versions WHERE created_by = ?", id).Scan(&written); err != nil {
		t.Fatal(err)
	}
	if written == 0 || string(doc.Authored["question_versions_written"]) != strconv.Itoa(written) {
		t.Errorf("exported %s question versions, the database holds %d", doc.Authored["question_versions_written"], written)
	}

	var versions int
	raw.QueryRow("SELECT COUNT(*) FROM question_versions").Scan(&versions)
	form := formValues(teacher.get("/settings/delete").doc.Find(`form[action="/settings/delete"]`))
	form.Set("confirm_email", "teacher@example.org")
	wantStatus(t, teacher.post("/settings/delete", form), http.StatusSeeOther)
	var after, orphaned int
	raw.QueryRow("SELECT COUNT(*) FROM question_versions").Scan(&after)
	instr := "instr(body, ?)"
	if store.IsPostgresURL(a.path) {
		instr = "strpos(body, ?)"
	}
	if err := raw.QueryRow("SELECT COUNT(*) FROM question_versions WHERE created_by IS NULL AND "+instr+" > 0", "Sargasso").Scan(&orphaned); err != nil {
		t.Fatal(err)
	}
	if after != versions || orphaned != 1 {
		t.Errorf("after the instructor left: %d question versions of %d, %d of theirs kept without an author", after, versions, orphaned)
	}
}
