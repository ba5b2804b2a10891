package main

import (
	"bytes"
	"context"
	"database/sql"
	"image"
	"image/color"
	"image/png"
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/loadgen"
	"github.com/lectern/lectern/internal/pgtest"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/store"
)

// A busy school moves from SQLite to PostgreSQL with lectern migrate-db:
// every table arrives with its rows and content (images and sessions
// included), the learner's and the instructor's pages read the same on
// the new database, signed in with the cookies of the old, writing goes on
// there with new ids, and a second copy into the now full database is
// refused.
func TestMigrateDBToPostgres(t *testing.T) {
	pgtest.Require(t)
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "school.db")
	if err := run(ctx, []string{"demo", "-db", path, "--learners", "40", "--responses", "2000", "--reviews", "3000"}, noEnv, nil, io.Discard, io.Discard); err != nil {
		t.Fatalf("demo: %v", err)
	}
	const email, password = "teach@school.example", "a long pass phrase for teaching"
	if err := run(ctx, []string{"user", "add", "--email", email, "--role", "instructor", "-db", path}, noEnv, strings.NewReader(password+"\n"), io.Discard, io.Discard); err != nil {
		t.Fatalf("user add: %v", err)
	}
	ownCourse(t, path, "china-russia", email)
	addImages(t, path)

	// On SQLite: a learner takes quizzes and reviews cards through the
	// forms, the instructor signs in; both sessions are in the database.
	base, stop := startServer(t, path)
	learner := loadgen.NewLearner(loadgen.Config{Base: func() string { return base }, Course: "china-russia"}, 7)
	for range 2 {
		if err := learner.Quiz(ctx); err != nil {
			t.Fatalf("quiz on SQLite: %v", err)
		}
	}
	if err := learner.Review(ctx); err != nil {
		t.Fatalf("review on SQLite: %v", err)
	}
	teacher := signIn(t, base, email, password)
	if err := stop(); err != nil {
		t.Fatal(err)
	}

	target := pgtest.NewDatabase(t)
	var out bytes.Buffer
	if err := run(ctx, []string{"migrate-db", "--from", path, "--to", target}, noEnv, nil, &out, io.Discard); err != nil {
		t.Fatalf("migrate-db: %v\n%s", err, out.String())
	}
	report := out.String()
	if !strings.Contains(report, "every table's rows and checksum match") || strings.Contains(report, "DIFFERENT") {
		t.Fatalf("report:\n%s", report)
	}
	for _, table := range []string{"responses", "review_log", "images", "sessions", "classes", "question_versions"} {
		if !strings.Contains(report, " "+table+" ") {
			t.Errorf("the report has no line for %s:\n%s", table, report)
		}
	}

	// Counted apart from the command: the same rows in every table, the
	// same images byte for byte.
	src, err := store.OpenSQL(path)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := store.OpenSQL(target)
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	tables := queryStrings(t, src, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")
	if len(tables) < 30 {
		t.Fatalf("only %d tables in the file", len(tables))
	}
	for _, table := range tables {
		q := "SELECT COUNT(*) FROM " + table
		if a, b := queryStrings(t, src, q)[0], queryStrings(t, dst, q)[0]; a != b {
			t.Errorf("%s: %s rows on SQLite, %s on PostgreSQL", table, a, b)
		}
	}
	for _, q := range []string{
		"SELECT hash || ' ' || type || ' ' || size || ' ' || hex(data) FROM images ORDER BY hash",
		"SELECT token_hash || ' ' || user_id || ' ' || expires_at FROM sessions ORDER BY token_hash",
	} {
		pq := strings.Replace(q, "hex(data)", "encode(data, 'hex')", 1)
		a, b := queryStrings(t, src, q), queryStrings(t, dst, pq)
		if len(a) == 0 {
			t.Fatalf("%s: nothing on SQLite", q)
		}
		if !strings.EqualFold(strings.Join(a, "\n"), strings.Join(b, "\n")) {
			t.Errorf("%s differs:\nSQLite %q\nPostgreSQL %q", q, a, b)
		}
	}

	// The same pages for the same cookies from a server on each database.
	// A card's recall counts whole days since its review, so a page read
	// as one of them passes a day is read again from both.
	oldBase, stopOld := startServer(t, path)
	defer stopOld()
	base, stop = startServer(t, target)
	defer stop()
	classID := firstClass(t, path)
	for _, p := range []struct{ path, cookie string }{
		{"/courses/china-russia", learner.Session()},
		{"/courses/china-russia/progress", learner.Session()},
		{"/courses/china-russia/map", learner.Session()},
		{"/teach/courses/china-russia/statistics", teacher},
		{"/teach/courses/china-russia/statistics.csv", teacher},
		{"/teach/classes/" + classID, teacher},
	} {
		for try := 1; ; try++ {
			want, got := getAs(t, oldBase, p.path, p.cookie), getAs(t, base, p.path, p.cookie)
			if got == want {
				break
			}
			if try == 3 {
				t.Errorf("%s reads differently on PostgreSQL:\n%s", p.path, firstDiff(want, got))
				break
			}
		}
	}
	// Writing goes on with ids past the copied ones.
	maxID := queryStrings(t, dst, "SELECT MAX(id) FROM responses")[0]
	if err := learner.Quiz(ctx); err != nil {
		t.Fatalf("quiz on PostgreSQL: %v", err)
	}
	if got := queryStrings(t, dst, "SELECT MIN(id) FROM responses WHERE id > "+maxID)[0]; got == "" {
		t.Errorf("no new answer stored after id %s", maxID)
	}

	// A second copy into the same database is refused and changes nothing.
	n := queryStrings(t, dst, "SELECT COUNT(*) FROM responses")[0]
	err = run(ctx, []string{"migrate-db", "--from", path, "--to", target}, noEnv, nil, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "not empty") || !strings.Contains(err.Error(), "responses (") {
		t.Fatalf("second copy: err = %v, want a refusal naming the tables that hold rows", err)
	}
	if got := queryStrings(t, dst, "SELECT COUNT(*) FROM responses")[0]; got != n {
		t.Errorf("the refused copy changed the answers: %s, then %s", n, got)
	}
}

// migrate-db refuses what it cannot do before touching anything.
func TestMigrateDBRefusesBadArguments(t *testing.T) {
	ctx := context.Background()
	missing := filepath.Join(t.TempDir(), "none.db")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"migrate-db"}, "--from FILE and --to"},
		{[]string{"migrate-db", "--from", missing}, "--from FILE and --to"},
		{[]string{"migrate-db", "--from", missing, "--to", missing}, "not a postgres:// URL"},
		{[]string{"migrate-db", "--from", "postgres://x@127.0.0.1:1/a", "--to", "postgres://x@127.0.0.1:1/b"}, "must be a SQLite file"},
		{[]string{"migrate-db", "--from", missing, "--to", "postgres://x@127.0.0.1:1/b"}, "does not exist"},
	} {
		err := run(ctx, tc.args, noEnv, nil, io.Discard, io.Discard)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: err = %v, want %q", tc.args, err, tc.want)
		}
	}
}

// addImages imports a question with an image and a card with one into
// the built-in course.
func addImages(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	img := func(name string, c color.RGBA) quiz.Image {
		m := image.NewRGBA(image.Rect(0, 0, 3, 3))
		for x := range 3 {
			for y := range 3 {
				m.SetRGBA(x, y, c)
			}
		}
		var buf bytes.Buffer
		if err := png.Encode(&buf, m); err != nil {
			t.Fatal(err)
		}
		im, err := quiz.NewImage(name, "a map", buf.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		return im
	}
	back := img("back.png", color.RGBA{0, 0, 200, 255})
	back.Side = quiz.SideBack
	if _, err := db.ImportFile(ctx, quiz.ParsedFile{
		Questions: []quiz.Question{{ID: "map-1", Type: quiz.TrueFalse, Kind: quiz.Fact, Prompt: "The map shows the border.",
			Options: []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}}, Images: []quiz.Image{img("map.png", color.RGBA{200, 0, 0, 255})}}},
		Cards: []quiz.Card{{ID: "map-card", Front: "Which border?", Back: "This one", Images: []quiz.Image{back}}},
	}, quiz.ImportSet{Course: "china-russia", Theme: "alliance", Title: "Maps", Publish: true}); err != nil {
		t.Fatal(err)
	}
}

// signIn signs in through the form and returns the session cookie.
func signIn(t *testing.T, base, email, password string) string {
	t.Helper()
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.PostForm(base+"/login", url.Values{"email": {email}, "password": {password}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign in: %d", resp.StatusCode)
	}
	for _, ck := range resp.Cookies() {
		if ck.Name == "lectern" {
			return ck.Value
		}
	}
	t.Fatal("sign in set no session cookie")
	return ""
}

// getAs reads a page with a session cookie and returns its body, the
// server's own address in it written BASE; it must answer 200.
func getAs(t *testing.T, base, path, cookie string) string {
	t.Helper()
	req, err := http.NewRequest("GET", base+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.AddCookie(&http.Cookie{Name: "lectern", Value: cookie})
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d", path, resp.StatusCode)
	}
	return strings.ReplaceAll(string(body), base, "BASE")
}

func firstClass(t *testing.T, path string) string {
	t.Helper()
	db, err := store.OpenSQL(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	return queryStrings(t, db, "SELECT id FROM classes ORDER BY id LIMIT 1")[0]
}

// queryStrings runs a query of one column and returns its values as text
// ("" for NULL).
func queryStrings(t *testing.T, db *sql.DB, q string) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	rows, err := db.QueryContext(ctx, q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v sql.NullString
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		out = append(out, v.String)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// firstDiff shows where two texts part.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-200)
	return "SQLite:     …" + a[from:min(len(a), i+200)] + "\nPostgreSQL: …" + b[from:min(len(b), i+200)] + "\n(at byte " + strconv.Itoa(i) + ")"
}
