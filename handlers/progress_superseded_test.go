package handlers_test

import (
	"net/http"
	"testing"
)

// A quiz left unfinished and later taken again to the end is not the next
// step: the course's progress page no longer asks to finish the abandoned attempt.
func TestProgressSkipsASupersededAttempt(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	abandoned := b.startQuiz("danube")
	b.post(abandoned+"/q/1", answerForm(t, b.get(abandoned+"/q/1"), true))
	nextURL := func() (string, string) {
		p := b.get("/courses/rivers/progress")
		wantStatus(t, p, http.StatusOK)
		step := p.doc.Find(`[data-testid="next-step"]`)
		kind, _ := step.Attr("data-kind")
		href, _ := step.Find("a.button").Attr("href")
		return kind, href
	}
	if kind, href := nextURL(); kind != "attempt" || href != abandoned {
		t.Fatalf("with a quiz begun, /progress's next step is %s %q, want to finish %s", kind, href, abandoned)
	}
	b.finishQuiz(t, "danube", true)
	if kind, href := nextURL(); kind == "attempt" || href == abandoned {
		t.Errorf("after the same quiz was finished later, /progress's next step is %s %q, want something else than the abandoned attempt", kind, href)
	}
}
