package main

import (
	"bytes"
	"context"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
	"github.com/lectern/lectern/quizzes"
)

// webImport signs in to the running server at base as a new admin (the
// built-in course belongs to the admins) and imports the file through the
// instructor area: upload, then confirm.
func webImport(t *testing.T, db, base, name string, data []byte, fields map[string]string) {
	t.Helper()
	in := strings.NewReader("quiet ledger of rivers 7341\n")
	if err := run(context.Background(), []string{"user", "add", "-db", db, "--email", "teacher@example.org", "--role", "admin"},
		func(string) string { return "" }, in, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	post := func(path, ctype string, body io.Reader) *http.Response {
		t.Helper()
		req, _ := http.NewRequest("POST", base+path, body)
		req.Header.Set("Content-Type", ctype)
		req.Header.Set("Origin", base)
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("POST %s: %d", path, resp.StatusCode)
		}
		return resp
	}
	post("/login", "application/x-www-form-urlencoded",
		strings.NewReader(url.Values{"email": {"teacher@example.org"}, "password": {"quiet ledger of rivers 7341"}}.Encode()))
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	fw, _ := mw.CreateFormFile("file", name)
	fw.Write(data)
	mw.Close()
	up := post("/teach/courses/china-russia/import", mw.FormDataContentType(), &buf)
	post(up.Header.Get("Location"), "application/x-www-form-urlencoded", nil)
}

// The same question-set JSON file, imported in the instructor area and
// with `lectern import`, gives the same stored course; the paragraph
// numbers of another course's file are not kept (its questions cite their
// theme's paragraphs), while those of the course's own file are.
func TestWebAndCommandImportsStoreTheSame(t *testing.T) {
	builtin, err := quizzes.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	energy := builtin[0].Themes[0]
	for _, th := range builtin[0].Themes {
		if th.Slug == "energy" {
			energy = th
		}
	}
	notEnergy := 1
	for slices.Contains(energy.Paragraphs, notEnergy) {
		notEnergy++
	}

	// Another course's file: its questions cite paragraphs 2 and 3 of the
	// article about rivers.
	foreign := quiztest.Course()
	// The course's own file: two of its questions, reworded, citing a
	// paragraph outside the theme they go to.
	own := *builtin[0]
	own.Questions = nil
	own.Cards = nil
	for _, q := range builtin[0].Questions[:2] {
		q.ID = "own-" + q.ID
		q.Prompt = "Reworded: " + q.Prompt
		q.Theme = "energy"
		q.Paragraphs = []int{notEnergy}
		own.Questions = append(own.Questions, q)
	}
	cases := []struct {
		name     string
		course   *quiz.Course
		wantPars func(q quiz.Question) []int
	}{
		{"another course's file", foreign, func(quiz.Question) []int { return energy.Paragraphs }},
		{"the course's own file", &own, func(quiz.Question) []int { return []int{notEnergy} }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data, err := quizzes.Encode(tc.course)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			path := writeFile(t, dir, "unit.json", string(data))

			cmdDB := freshDB(t)
			if _, errs, err := lectern(t, cmdDB, nil, "import", path, "--course", "china-russia", "--theme", "energy", "--set", "Unit", "--publish"); err != nil {
				t.Fatalf("lectern import: %v\n%s", err, errs)
			}
			webDB := freshDB(t)
			base, stop := startServer(t, webDB)
			webImport(t, webDB, base, "unit.json", data, map[string]string{"theme": "energy", "title": "Unit", "publish": "1"})
			if err := stop(); err != nil {
				t.Fatal(err)
			}

			byCmd, cmdCourse := courseState(t, cmdDB, "china-russia")
			byWeb, webCourse := courseState(t, webDB, "china-russia")
			if !reflect.DeepEqual(byCmd, byWeb) || !reflect.DeepEqual(cmdCourse.Themes, webCourse.Themes) {
				t.Errorf("the two imports stored different courses")
			}
			n := 0
			for _, q := range byWeb.Questions {
				for _, fq := range tc.course.Questions {
					if q.Prompt != fq.Prompt {
						continue
					}
					n++
					if want := tc.wantPars(fq); !slices.Equal(q.Paragraphs, want) || q.Theme != "energy" {
						t.Errorf("%s: theme %s, paragraphs %v; want energy, %v", q.ID, q.Theme, q.Paragraphs, want)
					}
				}
			}
			if n != len(tc.course.Questions) {
				t.Errorf("found %d of the file's %d questions", n, len(tc.course.Questions))
			}
		})
	}
}
