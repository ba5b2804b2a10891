package handlers_test

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/lectern/lectern/handlers"
	"github.com/lectern/lectern/internal/generate"
)

// lockedBuffer is a log sink safe for the server's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// panicOnMarker makes the generator panic inside one of its parsing
// goroutines for any paragraph with the marker, as no article does once
// the bugs that did are fixed. A panic there, unrecovered, ends the
// server: net/http recovers only the handler's own goroutine.
func panicOnMarker(t *testing.T, marker string) {
	generate.TestHookParse = func(p string) {
		if strings.Contains(p, marker) {
			panic("provoked failure on " + marker)
		}
	}
	t.Cleanup(func() { generate.TestHookParse = nil })
}

// TestGeneratorPanicKeepsServing: when the generator fails on an article,
// the instructor gets the form back, or the drafting job's page, with a message
// (the article and what was typed kept), the stack is logged, and the
// server goes on serving.
func TestGeneratorPanicKeepsServing(t *testing.T) {
	logs := &lockedBuffer{}
	a := newApp(t, func(d *handlers.Deps) {
		d.MaxBodyBytes = 1 << 20
		d.Log = slog.New(slog.NewTextHandler(logs, nil))
	})
	b := teacherOn(t, a)
	const marker = "Quillfeather"
	article := newsArticle(t) + "\n\nThe " + marker + " committee met again on Friday to review the plan for the line."
	panicOnMarker(t, marker)

	// Proposing themes: the job fails, and its page is the form again,
	// with the message beside the themes.
	form := url.Values{"title": {"Valmora rail link"}, "slug": {"valmora"}, "article": {article}, "then": {"drafts"}}
	p := b.proposed(t, form)
	if msg := p.doc.Find("#themes").Parent().Text(); !strings.Contains(msg, "Lectern could not propose themes for this article") {
		t.Errorf("no message beside the themes: %q", msg)
	}
	if got := p.doc.Find("#article").Text(); got != article {
		t.Errorf("the article was not kept: %d bytes of %d", len(got), len(article))
	}
	if v, _ := p.doc.Find("#title").Attr("value"); v != "Valmora rail link" {
		t.Errorf("the title was not kept: %q", v)
	}
	if !strings.Contains(logs.String(), "provoked failure on "+marker) || !strings.Contains(logs.String(), "goroutine ") ||
		!strings.Contains(logs.String(), "panicOnMarker") {
		t.Errorf("the log has no stack of the panic:\n%.2000s", logs.String())
	}

	// Themes given by hand: the course is made, drafting fails in its
	// job, and the job's page says so.
	// The headline is the title, not a paragraph.
	nPar := len(strings.Split(strings.TrimSpace(article), "\n\n")) - 1
	form.Set("themes", "1-3 The line\n4-"+strconv.Itoa(nPar)+" What followed")
	failedJob := func(p page) {
		t.Helper()
		wantStatus(t, p, http.StatusSeeOther)
		loc := p.header.Get("Location")
		if !strings.HasPrefix(loc, "/teach/jobs/") {
			t.Fatalf("sent to %q, want the job's page", loc)
		}
		jp := b.get(loc)
		wantStatus(t, jp, http.StatusOK)
		if st, _ := jp.doc.Find("[data-testid=job-status]").Attr("data-status"); st != "failed" {
			t.Errorf("job status %q, want failed", st)
		}
		if msg := jp.doc.Find("[data-testid=job-error]").Text(); !strings.Contains(msg, "could not draft questions from this article") {
			t.Errorf("job page message = %q", msg)
		}
	}
	failedJob(b.post("/teach/courses/new", form))
	c, err := a.db.FindCourse(context.Background(), "valmora")
	if err != nil {
		t.Fatalf("the course was not made: %v", err)
	}

	// Drafting again from the course's page: the same message.
	failedJob(b.post("/teach/courses/valmora/drafts/generate", nil))
	if counts, _ := a.db.DraftCounts(context.Background(), c.ID); len(counts) != 0 {
		t.Errorf("drafts were stored: %v", counts)
	}

	// The server still serves, and drafts once the failure is gone.
	wantStatus(t, b.get("/teach"), http.StatusOK)
	generate.TestHookParse = nil
	p = b.post("/teach/courses/valmora/drafts/generate", nil)
	wantStatus(t, p, http.StatusSeeOther)
	if counts, _ := a.db.DraftCounts(context.Background(), c.ID); len(counts) == 0 {
		t.Error("no drafts after the failure was gone")
	}
}
