package handlers_test

import (
	"compress/gzip"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/handlers"
	"github.com/lectern/lectern/internal/pgtest"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
	"github.com/lectern/lectern/internal/store"
	"github.com/lectern/lectern/quizzes"
)

// app is the whole handler stack on a real SQLite file, served over a real
// loopback listener.
type app struct {
	t    testing.TB
	db   *store.DB
	path string // the SQLite file
	srv  *httptest.Server
	h    *handlers.Handler
	// stop stops the server as Lectern stops: no more requests, the
	// background jobs stopped (one running is left running in the
	// database), the database closed.
	stop func()
}

func (a *app) handler() *handlers.Handler { return a.h }

func newApp(t testing.TB, opts ...func(*handlers.Deps)) *app {
	t.Helper()
	return newAppWith(t, quiztest.Course(), opts...)
}

// newAppWith is newApp with the given course in place of the test course.
func newAppWith(t testing.TB, course *quiz.Course, opts ...func(*handlers.Deps)) *app {
	t.Helper()
	path := storeTarget(t)
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.ImportCourse(context.Background(), course, 0)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	return openApp(t, path, opts...)
}

// storeTarget returns where a test app's store lives: a new SQLite file,
// or, with LECTERN_TEST_HANDLERS_POSTGRES=1, a new database on the
// PostgreSQL server LECTERN_TEST_POSTGRES names (not every handler test
// passes there yet: README, Running on PostgreSQL).
func storeTarget(t testing.TB) string {
	t.Helper()
	if os.Getenv("LECTERN_TEST_HANDLERS_POSTGRES") == "1" {
		pgtest.Require(t)
		return pgtest.NewDatabase(t)
	}
	return filepath.Join(t.TempDir(), "lectern.db")
}

// openApp serves the database at path, as Lectern's server does: its
// background jobs run, and those a previous server left running are
// settled first.
func openApp(t testing.TB, path string, opts ...func(*handlers.Deps)) *app {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	d := handlers.Deps{
		Store:        db,
		Sessions:     handlers.NewSessionStore(db, time.Hour, false),
		Log:          slog.New(slog.NewTextHandler(io.Discard, nil)),
		MaxBodyBytes: 64 << 10,
		// A form that starts a job waits for its end, so that tests of
		// drafting and importing read the result as before jobs; the tests
		// of jobs themselves set their own wait.
		JobWait: time.Hour,
	}
	for _, o := range opts {
		o(&d)
	}
	if d.Now != nil {
		db.Now = d.Now // one clock for the handlers and the store
	}
	h := handlers.New(d)
	jobsCtx, stopJobs := context.WithCancel(ctx)
	if err := h.StartJobs(jobsCtx); err != nil {
		db.Close()
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	a := &app{t: t, db: db, path: path, srv: srv, h: h}
	a.stop = sync.OnceFunc(func() {
		srv.Close()
		stopJobs()
		h.WaitJobs() // before the database closes
		db.Close()
	})
	t.Cleanup(a.stop)
	return a
}

// browser is a client with a cookie jar that does not follow redirects.
type browser struct {
	a *app
	c *http.Client
}

func (a *app) browser() *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{a: a, c: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

type page struct {
	status int
	header http.Header
	body   string
	doc    *goquery.Document
}

func (b *browser) do(req *http.Request) page {
	b.a.t.Helper()
	resp, err := b.c.Do(req)
	if err != nil {
		b.a.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(string(body)))
	return page{resp.StatusCode, resp.Header, string(body), doc}
}

func (b *browser) get(path string) page {
	req, _ := http.NewRequest("GET", b.a.srv.URL+path, nil)
	return b.do(req)
}

func (b *browser) post(path string, form url.Values) page {
	req, _ := http.NewRequest("POST", b.a.srv.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", b.a.srv.URL)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	return b.do(req)
}

func wantStatus(t testing.TB, p page, want int) {
	t.Helper()
	if p.status != want {
		t.Fatalf("status %d, want %d; body:\n%.600s", p.status, want, p.body)
	}
}

// startQuiz starts a theme quiz and returns the attempt's path.
func (b *browser) startQuiz(theme string) string {
	b.a.t.Helper()
	p := b.post("/courses/rivers/quiz", url.Values{"theme": {theme}})
	wantStatus(b.a.t, p, http.StatusSeeOther)
	loc := p.header.Get("Location")
	m := regexp.MustCompile(`^/attempts/([0-9a-f]{32})/q/1$`).FindStringSubmatch(loc)
	if m == nil {
		b.a.t.Fatalf("start redirected to %q", loc)
	}
	return "/attempts/" + m[1]
}

var questions = func() map[string]quiz.Question {
	out := map[string]quiz.Question{}
	for _, q := range quiztest.Course().Questions {
		out[q.ID] = q
	}
	return out
}()

// answerForm builds the form that answers the shown question rightly (or
// wrongly), reading the on-screen option values from the page.
func answerForm(t testing.TB, p page, right bool) url.Values {
	t.Helper()
	qid, _ := p.doc.Find(`input[name="q"]`).Attr("value")
	q, ok := questions[qid]
	if !ok {
		t.Fatalf("page asks unknown question %q", qid)
	}
	f := url.Values{"q": {qid}}
	valueOf := func(text string) string {
		var v string
		p.doc.Find(".choice").Each(func(_ int, s *goquery.Selection) {
			if strings.TrimSpace(s.Find(".text").Text()) == text {
				v, _ = s.Find("input").Attr("value")
			}
		})
		if v == "" {
			t.Fatalf("option %q not on the page", text)
		}
		return v
	}
	switch q.Type {
	case quiz.Single, quiz.TrueFalse, quiz.Multiple:
		for _, o := range q.Options {
			if o.Correct == right {
				f.Add("choice", valueOf(o.Text))
				if q.Type != quiz.Multiple {
					break
				}
			}
		}
	case quiz.Short:
		f.Set("text", map[bool]string{true: q.Answers[0], false: "nothing like it"}[right])
	case quiz.Numeric:
		f.Set("text", map[bool]string{true: "2", false: "99"}[right])
	case quiz.Matching:
		for i, pair := range q.Pairs {
			want := pair.Right
			if !right {
				want = q.Pairs[(i+1)%len(q.Pairs)].Right
			}
			p.doc.Find(`select[name="match-` + itoaT(i) + `"] option`).Each(func(_ int, s *goquery.Selection) {
				if s.Text() == want {
					v, _ := s.Attr("value")
					f.Set("match-"+itoaT(i), v)
				}
			})
		}
	}
	return f
}

func itoaT(i int) string { return string(rune('0' + i)) }

func TestPageViewsLeaveNoTrace(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	for _, path := range []string{"/", "/courses/rivers", "/courses/rivers/read", "/courses/rivers/themes/danube"} {
		p := b.get(path)
		wantStatus(t, p, http.StatusOK)
		if c := p.header.Get("Set-Cookie"); c != "" {
			t.Errorf("GET %s set a cookie: %s", path, c)
		}
	}
	p := b.get("/courses/rivers")
	if got := p.doc.Find(`[data-testid="theme"]`).Length(); got != 2 {
		t.Errorf("the course page lists %d themes, want 2", got)
	}
	if got := p.doc.Find(`#p-2`).Length(); got != 0 {
		t.Errorf("home should not hold the article")
	}
	r := b.get("/courses/rivers/read")
	for _, id := range []string{"p-1", "p-2", "p-3"} {
		if r.doc.Find("#"+id).Length() != 1 {
			t.Errorf("reader has no anchor #%s", id)
		}
	}
}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	for _, path := range []string{"/", "/nope", "/healthz", "/attempts/zzz"} {
		p := b.get(path)
		if csp := p.header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("%s: CSP %q", path, csp)
		}
		if p.header.Get("X-Content-Type-Options") != "nosniff" || p.header.Get("Referrer-Policy") == "" {
			t.Errorf("%s: headers %v", path, p.header)
		}
	}
	p := b.get("/")
	if strings.Contains(p.body, "<script>") || strings.Contains(p.body, " style=") {
		t.Error("home has inline script or style")
	}
}

func TestSessionCookieFlags(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	p := b.post("/courses/rivers/quiz", url.Values{"theme": {"danube"}})
	wantStatus(t, p, http.StatusSeeOther)
	c := p.header.Get("Set-Cookie")
	for _, want := range []string{"lectern=", "HttpOnly", "SameSite=Lax", "Path=/"} {
		if !strings.Contains(c, want) {
			t.Errorf("cookie %q lacks %s", c, want)
		}
	}
	val := strings.TrimPrefix(strings.SplitN(c, ";", 2)[0], "lectern=")
	if len(val) != 43 {
		t.Errorf("cookie value %q is not a bare random token", val)
	}
	if strings.Contains(c, "Secure") {
		t.Error("Secure set on a plain-HTTP test server")
	}
}

func TestQuestionPageHidesTheAnswer(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	att := b.startQuiz("danube")
	for n := 1; n <= 3; n++ {
		p := b.get(att + "/q/" + itoaT(n))
		wantStatus(t, p, http.StatusOK)
		qid, _ := p.doc.Find(`input[name="q"]`).Attr("value")
		q := questions[qid]
		if strings.Contains(p.body, q.Explanation) {
			t.Errorf("question %s: page holds the explanation before answering", qid)
		}
		for _, o := range q.Options {
			if o.Feedback != "" && strings.Contains(p.body, o.Feedback) {
				t.Errorf("question %s: page holds option feedback before answering", qid)
			}
		}
		for _, ans := range q.Answers {
			if regexp.MustCompile(`(?i)\b` + ans + `\b`).MatchString(p.doc.Find("form").Text()) {
				t.Errorf("question %s: form text holds the accepted answer %q", qid, ans)
			}
		}
		if p.doc.Find(".right, .mark, [data-testid=feedback]").Length() != 0 {
			t.Errorf("question %s: page marks an answer before answering", qid)
		}
		// Option values are on-screen positions 0..n-1, not answer-key indexes.
		p.doc.Find(`input[name="choice"]`).Each(func(i int, s *goquery.Selection) {
			if v, _ := s.Attr("value"); v != itoaT(i) {
				t.Errorf("question %s: option %d has value %q", qid, i, v)
			}
		})
	}
}

func TestTakeQuizToResultsAndRetry(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	att := b.startQuiz("danube")
	for n := 1; n <= 3; n++ {
		path := att + "/q/" + itoaT(n)
		p := b.get(path)
		wantStatus(t, p, http.StatusOK)
		if got := strings.TrimSpace(p.doc.Find(`[data-testid="progress"] p`).Text()); got != "Question "+itoaT(n)+" of 3" {
			t.Errorf("progress %q", got)
		}
		right := n != 2
		r := b.post(path, answerForm(t, p, right))
		wantStatus(t, r, http.StatusSeeOther)
		fb := b.get(path)
		wantStatus(t, fb, http.StatusOK)
		box := fb.doc.Find(`[data-testid="feedback"]`)
		if box.Length() != 1 {
			t.Fatalf("no feedback after answering question %d", n)
		}
		head := box.Find("h2").Text()
		if right && head != "Right" || !right && head != "Not quite" {
			t.Errorf("question %d: feedback heading %q, answered right=%v", n, head, right)
		}
		qid := fb.doc.Find(`[data-testid="question"] legend`).Text()
		_ = qid
		quote := box.Find("blockquote").Text()
		if !strings.Contains(quote, "Danube flows through ten countries") {
			t.Errorf("question %d: feedback quotes %q, want paragraph 1", n, quote)
		}
		if href, _ := box.Find("figcaption a").Attr("href"); href != "/courses/rivers/read#p-1" {
			t.Errorf("quote links to %q", href)
		}
	}
	res := b.get(att + "/results")
	wantStatus(t, res, http.StatusOK)
	if got := res.doc.Find(`[data-testid="score"] strong`).Text(); got != "2 of 3" {
		t.Errorf("score %q, want 2 of 3", got)
	}
	if got := res.doc.Find(`[data-testid="missed"] > li`).Length(); got != 1 {
		t.Errorf("%d missed questions listed, want 1", got)
	}
	// One question missed is "the missed question", not "the 1 missed question".
	if got := strings.Join(strings.Fields(res.doc.Find(`[data-testid="retry-missed"]`).Text()), " "); got != "Retry the missed question" {
		t.Errorf("retry button %q, want “Retry the missed question”", got)
	}
	if got := res.doc.Find(`[data-testid="breakdown"] tbody tr`).Length(); got != 1 {
		t.Errorf("%d breakdown rows, want 1", got)
	}
	// Progress shows on the course page, and on the home page for the course.
	home := b.get("/courses/rivers")
	if got := home.doc.Find(`[data-testid="theme"]`).First().Find(".pct").Text(); got != "67%" {
		t.Errorf("danube mastery on the course page %q, want 67%%", got)
	}
	if got := b.get("/").doc.Find(`[data-testid="course"] .pct`).Text(); got != "33%" {
		t.Errorf("course mastery on home %q, want 33%% (2 of 6)", got)
	}
	// Retry the missed question.
	r := b.post(att+"/retry", nil)
	wantStatus(t, r, http.StatusSeeOther)
	retry := strings.TrimSuffix(r.header.Get("Location"), "/q/1")
	if retry == att {
		t.Fatal("retry reused the attempt")
	}
	rp := b.get(retry + "/q/1")
	if rp.doc.Find(`[data-testid="progress"] p`).Text() != "Question 1 of 1" {
		t.Errorf("retry progress %q", rp.doc.Find(`[data-testid="progress"] p`).Text())
	}
	// A perfect quiz may still be taken again.
	again := b.post("/courses/rivers/quiz", url.Values{"theme": {"danube"}})
	wantStatus(t, again, http.StatusSeeOther)
}

func TestDoubleSubmitKeepsTheFirstAnswer(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	att := b.startQuiz("danube")
	path := att + "/q/1"
	p := b.get(path)
	wrong := answerForm(t, p, false)
	right := answerForm(t, p, true)
	wantStatus(t, b.post(path, wrong), http.StatusSeeOther)
	wantStatus(t, b.post(path, right), http.StatusSeeOther)
	fb := b.get(path)
	if h := fb.doc.Find(`[data-testid="feedback"] h2`).Text(); h != "Not quite" {
		t.Fatalf("after a resubmit the feedback says %q; the first (wrong) answer must stand", h)
	}
}

func TestBadInput(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	att := b.startQuiz("danube")
	p := b.get(att + "/q/1")
	qid, _ := p.doc.Find(`input[name="q"]`).Attr("value")

	t.Run("no choice re-renders with a message", func(t *testing.T) {
		f := url.Values{"q": {qid}}
		r := b.post(att+"/q/1", f)
		wantStatus(t, r, http.StatusUnprocessableEntity)
		if r.doc.Find(".field-error").Length() != 1 || r.doc.Find("form").Length() != 1 {
			t.Fatalf("no inline message: %.400s", r.body)
		}
	})
	t.Run("typed answer is kept", func(t *testing.T) {
		for n := 1; n <= 3; n++ {
			pg := b.get(att + "/q/" + itoaT(n))
			if pg.doc.Find(`input[name="text"]`).Length() == 0 {
				continue
			}
			id, _ := pg.doc.Find(`input[name="q"]`).Attr("value")
			r := b.post(att+"/q/"+itoaT(n), url.Values{"q": {id}, "text": {"  ?!  "}})
			wantStatus(t, r, http.StatusUnprocessableEntity)
			if v, _ := r.doc.Find(`input[name="text"]`).Attr("value"); v != "?!" {
				t.Errorf("typed answer not kept: %q", v)
			}
			return
		}
		t.Fatal("no short-answer question in the theme")
	})
	t.Run("question not in the attempt", func(t *testing.T) {
		wantStatus(t, b.post(att+"/q/1", url.Values{"q": {"rhine-1"}, "choice": {"0"}}), http.StatusBadRequest)
	})
	t.Run("choice out of range", func(t *testing.T) {
		r := b.post(att+"/q/1", url.Values{"q": {qid}, "choice": {"99"}})
		if r.status != http.StatusUnprocessableEntity {
			t.Fatalf("status %d", r.status)
		}
	})
	t.Run("unknown attempt and question", func(t *testing.T) {
		wantStatus(t, b.get("/attempts/00000000000000000000000000000000/q/1"), http.StatusNotFound)
		wantStatus(t, b.get(att+"/q/9"), http.StatusNotFound)
		wantStatus(t, b.get(att+"/q/zero"), http.StatusNotFound)
		wantStatus(t, b.get("/courses/nope"), http.StatusNotFound)
		wantStatus(t, b.get("/courses/rivers/themes/nope"), http.StatusNotFound)
		wantStatus(t, b.post("/courses/rivers/quiz", url.Values{"theme": {"nope"}}), http.StatusNotFound)
	})
	t.Run("another learner's attempt is not found", func(t *testing.T) {
		other := a.browser()
		wantStatus(t, other.get(att+"/q/1"), http.StatusNotFound)
		other.startQuiz("rhine-and-borders")
		wantStatus(t, other.get(att+"/q/1"), http.StatusNotFound)
		wantStatus(t, other.post(att+"/q/1", url.Values{"q": {qid}, "choice": {"0"}}), http.StatusNotFound)
	})
	t.Run("oversized body gets 413", func(t *testing.T) {
		big := url.Values{"q": {qid}, "text": {strings.Repeat("x", 100<<10)}}
		r := b.post(att+"/q/1", big)
		wantStatus(t, r, http.StatusRequestEntityTooLarge)
		if !strings.Contains(r.body, "too large") {
			t.Errorf("413 page does not say so: %.300s", r.body)
		}
	})
	t.Run("cross-origin post is refused", func(t *testing.T) {
		req, _ := http.NewRequest("POST", a.srv.URL+"/courses/rivers/quiz", strings.NewReader("theme=danube"))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Sec-Fetch-Site", "cross-site")
		req.Header.Set("Origin", "https://evil.example")
		r := b.do(req)
		wantStatus(t, r, http.StatusForbidden)
	})
	// After all that, the first question is still unanswered.
	got, err := a.db.FindAttempt(context.Background(), strings.TrimPrefix(att, "/attempts/"))
	if err != nil {
		t.Fatal(err)
	}
	if got.Answered() != 0 {
		t.Fatalf("bad input recorded %d responses", got.Answered())
	}
}

func TestResumeGoesToFirstUnanswered(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	att := b.startQuiz("danube")
	p := b.get(att + "/q/1")
	b.post(att+"/q/1", answerForm(t, p, true))
	r := b.get(att)
	wantStatus(t, r, http.StatusSeeOther)
	if loc := r.header.Get("Location"); loc != att+"/q/2" {
		t.Fatalf("resume goes to %q, want question 2", loc)
	}
	home := b.get("/")
	if href, _ := home.doc.Find(`[data-testid="next-step"][data-kind="attempt"] + .actions a.button`).Attr("href"); href != att {
		t.Fatalf("home's next step goes to %q, want the unfinished quiz %s", href, att)
	}
	if b.get("/courses/rivers").doc.Find(`[data-testid="resume"] a`).Length() != 1 {
		t.Fatal("the course page does not offer to resume the unfinished quiz")
	}
	// Results of an unfinished attempt send the learner back.
	if loc := b.get(att + "/results").header.Get("Location"); loc != att+"/q/2" {
		t.Fatalf("results of an unfinished quiz redirect to %q", loc)
	}
}

func TestMixedQuizAndMatching(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	p := b.post("/courses/rivers/quiz", nil)
	wantStatus(t, p, http.StatusSeeOther)
	att := strings.TrimSuffix(p.header.Get("Location"), "/q/1")
	for n := 1; n <= 6; n++ {
		path := att + "/q/" + itoaT(n)
		pg := b.get(path)
		wantStatus(t, pg, http.StatusOK)
		wantStatus(t, b.post(path, answerForm(t, pg, true)), http.StatusSeeOther)
		if h := b.get(path).doc.Find(`[data-testid="feedback"] h2`).Text(); h != "Right" {
			t.Errorf("question %d answered rightly got %q", n, h)
		}
	}
	res := b.get(att + "/results")
	if got := res.doc.Find(`[data-testid="score"] strong`).Text(); got != "6 of 6" {
		t.Errorf("score %q", got)
	}
	if res.doc.Find(`[data-testid="retry-missed"]`).Length() != 0 {
		t.Error("retry offered with nothing missed")
	}
}

func TestHealthAndNotFound(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	wantStatus(t, b.get("/healthz"), http.StatusOK)
	nf := b.get("/no/such/page")
	wantStatus(t, nf, http.StatusNotFound)
	if nf.doc.Find(`[data-testid="error"]`).Length() != 1 {
		t.Error("404 is not the error page")
	}
}

func TestPagesAreCompressedAndAssetsCached(t *testing.T) {
	builtin, err := quizzes.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	a := newAppWith(t, builtin[0])
	b := a.browser()
	get := func(path string) *http.Response {
		t.Helper()
		req, _ := http.NewRequest("GET", a.srv.URL+path, nil)
		req.Header.Set("Accept-Encoding", "gzip")
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { resp.Body.Close() })
		return resp
	}
	// A large page is compressed. Twice: the second answer may come from
	// the compressed-page cache.
	coursePath := "/courses/" + builtin[0].Course.Slug
	course := b.get(coursePath)
	wantStatus(t, course, http.StatusOK)
	if len(course.body) < 8<<10 {
		t.Fatalf("the course page is %d bytes: too small to show compression", len(course.body))
	}
	for range 2 {
		resp := get(coursePath)
		if resp.Header.Get("Content-Encoding") != "gzip" {
			t.Fatalf("course page not gzipped: %v", resp.Header)
		}
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		plain, err := io.ReadAll(zr)
		if err != nil || string(plain) != course.body {
			t.Fatalf("gunzipped course page differs from the plain one (%v)", err)
		}
	}
	// A small page goes as it is: it fits in the first flight either way.
	home := b.get("/")
	resp := get("/")
	if len(home.body) >= 8<<10 {
		t.Fatalf("the home page is %d bytes: too large to show a small page", len(home.body))
	}
	if enc := resp.Header.Get("Content-Encoding"); enc != "" {
		t.Errorf("small home page sent with Content-Encoding %q", enc)
	}
	if v := resp.Header.Get("Vary"); v != "Accept-Encoding" {
		t.Errorf("Vary %q, want Accept-Encoding", v)
	}
	plain, err := io.ReadAll(resp.Body)
	if err != nil || string(plain) != home.body {
		t.Fatalf("small home page differs from the one asked without gzip (%v)", err)
	}
	css, _ := home.doc.Find(`link[rel="stylesheet"]`).Attr("href")
	if !regexp.MustCompile(`^/static/app\.[0-9a-f]{10}\.css$`).MatchString(css) {
		t.Fatalf("stylesheet at %q, want a hashed name", css)
	}
	s := b.get(css)
	wantStatus(t, s, http.StatusOK)
	if !strings.Contains(s.header.Get("Cache-Control"), "immutable") {
		t.Errorf("asset cache header %q", s.header.Get("Cache-Control"))
	}
	wantStatus(t, b.get("/static/app.css"), http.StatusNotFound)
}

// Every route answers something other than a panic for an anonymous
// visitor, and only GET routes are reachable by GET.
func TestEveryRouteIsListed(t *testing.T) {
	a := newApp(t)
	h := handlers.New(handlers.Deps{Store: a.db, Sessions: handlers.NewSessionStore(a.db, time.Hour, false)})
	if len(h.Routes()) < 10 {
		t.Fatalf("only %d routes", len(h.Routes()))
	}
	b := a.browser()
	for _, rt := range h.Routes() {
		method, path, ok := strings.Cut(rt.Pattern, " ")
		if !ok {
			continue
		}
		path = strings.NewReplacer("{slug}", "rivers", "{theme}", "danube", "{id}", "0123456789abcdef0123456789abcdef", "{n}", "1", "{name}", "x", "{card}", "1", "{$}", "").Replace(path)
		var p page
		if method == "GET" {
			p = b.get(path)
		} else {
			p = b.post(path, nil)
		}
		if p.status >= 500 {
			t.Errorf("%s %s: %d", method, path, p.status)
		}
	}
}
