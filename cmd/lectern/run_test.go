package main

import (
	"bytes"
	"context"
	"encoding/json"
	"github.com/lectern/lectern/internal/store"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/lectern/lectern/quizzes"
)

// startServer boots the real program on port 0 with a database file in
// dir and returns its base URL and a function that stops it and returns
// serve's error.
func startServer(t *testing.T, dbPath string) (string, func() error) {
	t.Helper()
	return startServerTB(t, dbPath)
}

func startServerTB(t testing.TB, dbPath string) (string, func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	errc := make(chan error, 1)
	getenv := func(k string) string {
		return map[string]string{"LECTERN_DB": dbPath, "LECTERN_ADDR": "127.0.0.1:0", "LECTERN_LOG_LEVEL": "warn"}[k]
	}
	go func() { errc <- serve(ctx, nil, getenv, io.Discard, io.Discard, ready) }()
	select {
	case addr := <-ready:
		return "http://" + addr, func() error { cancel(); return <-errc }
	case err := <-errc:
		cancel()
		t.Fatalf("serve: %v", err)
	}
	return "", nil
}

func TestServeLoadsCourseOnceAndShutsDownCleanly(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "lectern.db")
	base, stop := startServer(t, dbPath)
	resp, err := http.Get(base + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz: %v %v", resp, err)
	}
	resp.Body.Close()
	resp, err = http.Get(base + "/courses/china-russia")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("first course: %v %v", resp, err)
	}
	resp.Body.Close()
	if err := stop(); err != nil {
		t.Fatalf("serve returned %v after shutdown", err)
	}

	// A restart on the same file loads nothing twice.
	base, stop = startServer(t, dbPath)
	defer stop()
	var out bytes.Buffer
	if err := run(context.Background(), []string{"export", "-db", dbPath, "--course", "china-russia"}, func(string) string { return "" }, nil, &out, io.Discard); err != nil {
		t.Fatalf("export: %v", err)
	}
	got, err := quizzes.Decode(out.Bytes())
	if err != nil {
		t.Fatalf("export is not valid question-set JSON: %v", err)
	}
	builtin, _ := quizzes.Builtin()
	want := builtin[0]
	if len(got.Questions) != len(want.Questions) || len(got.Themes) != len(want.Themes) || len(got.Paragraphs) != len(want.Paragraphs) || len(got.Cards) != len(want.Cards) {
		t.Fatalf("export after restart has %d questions, %d themes, %d paragraphs, %d cards; want %d, %d, %d, %d",
			len(got.Questions), len(got.Themes), len(got.Paragraphs), len(got.Cards),
			len(want.Questions), len(want.Themes), len(want.Paragraphs), len(want.Cards))
	}
	for i := range want.Questions {
		if got.Questions[i].ID != want.Questions[i].ID || got.Questions[i].Prompt != want.Questions[i].Prompt {
			t.Fatalf("question %d differs after export", i)
		}
	}
	_ = base
}

func TestRunRejectsUnknownCommandAndFlags(t *testing.T) {
	var stderr bytes.Buffer
	err := run(context.Background(), []string{"frobnicate"}, func(string) string { return "" }, nil, io.Discard, &stderr)
	if err == nil || !strings.Contains(stderr.String(), "Usage") {
		t.Fatalf("unknown command: err=%v stderr=%q", err, stderr.String())
	}
	err = run(context.Background(), []string{"serve", "-no-such-flag"}, func(string) string { return "" }, nil, io.Discard, io.Discard)
	if err == nil {
		t.Fatal("unknown flag accepted")
	}
	err = run(context.Background(), []string{"export", "--format", "pdf", "-db", filepath.Join(t.TempDir(), "x.db")}, func(string) string { return "" }, nil, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "pdf") {
		t.Fatalf("export --format pdf: %v", err)
	}
}

func TestSrsSimulateCommand(t *testing.T) {
	in := strings.NewReader("# a new card\n2026-01-01T10:00:00Z good\n2026-01-01T10:10:00Z 3\n\n2026-01-03T09:00:00Z again\n")
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"srs", "simulate", "--fuzz=false"}, func(string) string { return "" }, in, &out, &errb); err != nil {
		t.Fatalf("simulate: %v (%s)", err, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d output lines, want 3:\n%s", len(lines), out.String())
	}
	var last struct {
		Rating, State, Due string
		Interval           int `json:"interval_days"`
	}
	if err := json.Unmarshal([]byte(lines[1]), &last); err != nil {
		t.Fatal(err)
	}
	if last.State != "review" || last.Rating != "good" || last.Due != "2026-01-03T10:10:00Z" || last.Interval != 2 {
		t.Errorf("second review: %+v", last)
	}
	if err := json.Unmarshal([]byte(lines[2]), &last); err != nil || last.State != "relearning" {
		t.Errorf("third review: %+v %v", last, err)
	}

	out.Reset()
	err := run(context.Background(), []string{"srs", "simulate"}, func(string) string { return "" },
		strings.NewReader("2026-01-01T10:00:00Z good\n2026-01-02 soon\n"), &out, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Fatalf("bad line: err = %v, want one naming line 2", err)
	}
	if n := strings.Count(out.String(), "\n"); n != 1 {
		t.Errorf("printed %d lines for a bad second line, want only the first", n)
	}
	if err := run(context.Background(), []string{"srs", "simulate", "--learning-steps", "1x"}, func(string) string { return "" },
		strings.NewReader(""), io.Discard, io.Discard); err == nil {
		t.Error("a bad --learning-steps was accepted")
	}
}

func TestUserAddCommand(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "lectern.db")
	env := func(k string) string { return map[string]string{"LECTERN_DB": dbPath}[k] }
	var out bytes.Buffer
	err := run(context.Background(), []string{"user", "add", "--email", "head@school.example", "--role", "admin"}, env,
		strings.NewReader("a strong passphrase\n"), &out, io.Discard)
	if err != nil || !strings.Contains(out.String(), "admin account head@school.example") {
		t.Fatalf("user add: %v, %q", err, out.String())
	}
	for _, tc := range []struct {
		args  []string
		stdin string
		want  string
	}{
		{[]string{"user", "add", "--email", "head@school.example"}, "another passphrase\n", "exists already"},
		{[]string{"user", "add", "--email", "x@school.example"}, "password\n", "most used"},
		{[]string{"user", "add", "--email", "x@school.example"}, "aaaaaaaa\n", "repeated"},
		{[]string{"user", "add", "--email", "x@school.example"}, "abcdefgh\n", "sequences"},
		{[]string{"user", "add", "--email", "x@school.example"}, "Passw0rd!\n", "look-alike"},
		{[]string{"user", "add", "--email", "x@school.example"}, "        \n", "repeated"},
		{[]string{"user", "add", "--email", "x@school.example"}, "short\n", "at least 8"},
		{[]string{"user", "add", "--email", "x@school.example", "--role", "king"}, "a strong passphrase\n", "--role"},
		{[]string{"user", "add", "--email", "nope"}, "a strong passphrase\n", "--email"},
		{[]string{"user", "remove"}, "", "usage"},
	} {
		err := run(context.Background(), tc.args, env, strings.NewReader(tc.stdin), io.Discard, io.Discard)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %v, want an error about %q", tc.args, err, tc.want)
		}
	}
	// The account signs in on the real server.
	base, stop := startServer(t, dbPath)
	defer stop()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.PostForm(base+"/login", map[string][]string{"email": {"head@school.example"}, "password": {"a strong passphrase"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign-in with the new account: %d", resp.StatusCode)
	}

	// An admin locked out makes a reset link on the server, and it works.
	var link bytes.Buffer
	if err := run(context.Background(), []string{"user", "reset", "--email", "head@school.example", "--url", base}, env, nil, &link, io.Discard); err != nil {
		t.Fatal(err)
	}
	url := regexp.MustCompile(`http://\S+/reset/\S+`).FindString(link.String())
	if url == "" {
		t.Fatalf("user reset printed no link: %q", link.String())
	}
	resp, err = client.PostForm(url, map[string][]string{"password": {"a new and longer passphrase"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("setting a password through the printed link: %d", resp.StatusCode)
	}
	if err := run(context.Background(), []string{"user", "reset", "--email", "nobody@school.example"}, env, nil, io.Discard, io.Discard); err == nil {
		t.Error("user reset made a link for an account that does not exist")
	}
	missing := filepath.Join(t.TempDir(), "none.db")
	if err := run(context.Background(), []string{"user", "reset", "-db", missing, "--email", "head@school.example"}, env, nil, io.Discard, io.Discard); err == nil || !strings.Contains(err.Error(), "no database") {
		t.Errorf("user reset on a missing file: %v, want an error naming it", err)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("user reset created a database")
	}
}

func TestGenerateCommand(t *testing.T) {
	env := func(string) string { return "" }
	var out bytes.Buffer
	if err := run(context.Background(), []string{"generate", "--json", "../../quizzes/china-russia.txt"}, env, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	c, err := quizzes.Decode(out.Bytes())
	if err != nil || len(c.Questions) == 0 || len(c.Paragraphs) != 17 {
		t.Fatalf("generate --json: %v", err)
	}
	var again bytes.Buffer
	run(context.Background(), []string{"generate", "--json", "../../quizzes/china-russia.txt"}, env, nil, &again, io.Discard)
	if again.String() != out.String() {
		t.Error("two runs differ")
	}
	dir := t.TempDir()
	for name, content := range map[string]string{"empty.txt": "", "binary.txt": "\x00\x01\x02", "nothing.txt": "1 2 3 4 5\n"} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(content), 0o644)
		var o bytes.Buffer
		if err := run(context.Background(), []string{"generate", p}, env, nil, &o, io.Discard); err == nil {
			t.Errorf("%s: no error", name)
		}
		if o.Len() != 0 {
			t.Errorf("%s: printed %q", name, o.String())
		}
	}
}

// TestGenerateCommandAll: without --all the command prints the proposed
// drafts; with it, each theme's held-back drafts too, and as JSON every
// item is in the course.
func TestGenerateCommandAll(t *testing.T) {
	env := func(string) string { return "" }
	article := "../../internal/generate/testdata/harbour-rail.txt"
	out := func(args ...string) string {
		t.Helper()
		var b bytes.Buffer
		if err := run(context.Background(), append([]string{"generate", article}, args...), env, nil, &b, io.Discard); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	plain, all := out(), out("--all")
	m := regexp.MustCompile(`(\d+) questions, (\d+) cards proposed, (\d+) held back`).FindStringSubmatch(plain)
	if m == nil {
		t.Fatalf("no summary line in %q", plain[:min(len(plain), 200)])
	}
	held, _ := strconv.Atoi(m[3])
	if held == 0 {
		t.Fatal("nothing held back on the news article")
	}
	items := func(s string) int { return strings.Count(s, "\n- [") }
	if strings.Contains(plain, "held back:") || !strings.Contains(all, "held back:") {
		t.Error("--all alone lists the held-back drafts")
	}
	if got, want := items(all)-items(plain), held; got != want {
		t.Errorf("--all printed %d more drafts, want the %d held back", got, want)
	}
	proposed, err := quizzes.Decode([]byte(out("--json")))
	if err != nil {
		t.Fatal(err)
	}
	every, err := quizzes.Decode([]byte(out("--json", "--all")))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(every.Questions)+len(every.Cards), len(proposed.Questions)+len(proposed.Cards)+held; got != want {
		t.Errorf("--json --all has %d items, want %d", got, want)
	}
}

// ownCourse makes an instructor an owner of a course, as a co-owner's
// invitation does, so that the instructor's pages of it open.
func ownCourse(t *testing.T, dbPath, slug, email string) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	c, err := db.FindCourse(ctx, slug)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddCourseOwner(ctx, c.ID, email); err != nil {
		t.Fatal(err)
	}
}

// Asking for help is no error: `lectern --help` lists every command and
// the server's flags, and starts nothing.
func TestHelp(t *testing.T) {
	var errb bytes.Buffer
	dir := t.TempDir()
	env := func(k string) string { return map[string]string{"LECTERN_DB": filepath.Join(dir, "lectern.db")}[k] }
	if err := run(context.Background(), []string{"--help"}, env, nil, io.Discard, &errb); err != nil {
		t.Fatalf("--help: %v", err)
	}
	for _, want := range []string{"user reset", "Moodle XML", "Flags of serve", "-addr"} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("--help does not mention %q", want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "lectern.db")); err == nil {
		t.Error("--help created a database")
	}
}

// TestGenerateCommandPastedArticle: `lectern generate` on an article
// pasted from a web page decodes its character references, keeps its
// heading line and its lists apart from the sentences around them, and
// drafts nothing that runs two lines together.
func TestGenerateCommandPastedArticle(t *testing.T) {
	env := func(string) string { return "" }
	var out bytes.Buffer
	if err := run(context.Background(), []string{"generate", "--json", "--all", "../../internal/generate/testdata/pasted-harbour.txt"}, env, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	c, err := quizzes.Decode(out.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if c.Course.Title != "The Harbour of Kessling" || len(c.Paragraphs) != 6 || c.Paragraphs[1].Text != "Why the harbour silted" {
		t.Fatalf("title %q, %d paragraphs", c.Course.Title, len(c.Paragraphs))
	}
	if got, want := c.Paragraphs[4].Text, "The engineer Clara Voss proposed a remedy in four steps:\n1. Workers built a second pier of granite to narrow the channel in 1793.\n2. The town rebuilt the sluice at the head of the basin in 1796.\n3. Keepers flushed the basin with river water at every spring tide."; got != want {
		t.Errorf("numbered list read as %q", got)
	}
	if s := out.String(); strings.Contains(s, "&#") || strings.Contains(s, "&rsquo;") || strings.Contains(s, "&amp;") || !strings.Contains(s, "communiqué") {
		t.Error("character references were not decoded")
	}
	var texts []string
	for _, q := range c.Questions {
		texts = append(texts, q.Prompt)
	}
	for _, cd := range c.Cards {
		texts = append(texts, cd.Front)
	}
	if len(texts) == 0 {
		t.Fatal("nothing drafted")
	}
	for _, s := range texts {
		if strings.Contains(s, "silted The river") || strings.Contains(s, "steps: ") || strings.Contains(s, "silting: ") {
			t.Errorf("drafted across lines: %q", s)
		}
	}
}
