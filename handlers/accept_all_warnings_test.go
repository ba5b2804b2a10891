package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// oneLine joins a text's words with single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// The confirmation of "Accept all" repeats the queue's note on drafts that
// test the same sentence as another, quoting both, and offers to accept
// all but the draft of each pair lower in the queue, which stay there.
func TestAcceptAllWarnsOfSameSentenceAndLeavesRepeats(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	theme, path := valmoraQueueWhole(t, a, b)
	ctx := context.Background()
	pending, err := a.db.ListDrafts(ctx, theme.ID, quiz.DraftPending)
	if err != nil {
		t.Fatal(err)
	}
	prompt := func(d quiz.Draft) string {
		if d.Card != nil {
			return d.Card.Front
		}
		return d.Question.Prompt
	}
	// The drafts of each sentence after the first, in queue order, and the first.
	first := map[string]quiz.Draft{}
	var later []quiz.Draft
	n := 0
	for _, d := range pending {
		if d.Held {
			continue
		}
		n++
		k := strconv.Itoa(d.Paragraph) + ":" + strconv.Itoa(d.SentenceStart) + ":" + strconv.Itoa(d.SentenceEnd)
		if _, ok := first[k]; ok && d.Sentence != "" {
			later = append(later, d)
		} else {
			first[k] = d
		}
	}
	if len(later) == 0 || len(later) == n {
		t.Fatalf("the article drafts %d repeats of %d drafts; the test needs some", len(later), n)
	}

	confirm := b.get(path + "/accept-all")
	wantStatus(t, confirm, http.StatusOK)
	repeats := confirm.doc.Find(`[data-testid="same-sentence"] [data-testid="repeat"]`)
	if repeats.Length() != len(later) {
		t.Fatalf("the confirmation lists %d drafts of a sentence tested already, want %d", repeats.Length(), len(later))
	}
	for i, d := range later {
		got := oneLine(repeats.Eq(i).Text())
		if !strings.Contains(got, oneLine(prompt(d))) || !strings.Contains(got, "Same sentence as a draft above it in the queue") {
			t.Errorf("repeat %d reads %q, want it to quote %q and the draft above it", i, got, prompt(d))
		}
	}
	button := confirm.doc.Find(`[data-testid="accept-but-repeats"]`)
	want := "Accept " + strconv.Itoa(n-len(later)) + ", leaving out " + strconv.Itoa(len(later)) + " repeat"
	if got := oneLine(button.Text()); !strings.HasPrefix(got, want) {
		t.Errorf("the second button reads %q, want %q…", got, want)
	}
	// The note above the button says which of each pair stays: the one
	// lower in the queue, which the page lists.
	if got, want := oneLine(confirm.doc.Find(`[data-testid="but-repeats-note"]`).Text()), "Or leave the drafts listed above in the queue, to reject or edit there (of each pair, the one lower in the queue):"; got != want {
		t.Errorf("the note above the second button reads %q, want %q", got, want)
	}
	form := button.Closest("form")
	if form.AttrOr("action", "") != path+"/bulk" || form.Find(`input[name="action"]`).AttrOr("value", "") != "accept-all-but-repeats" {
		t.Fatalf("the second button's form posts to %q", form.AttrOr("action", ""))
	}
	// Opening the page accepted nothing.
	if still, _ := a.db.ListDrafts(ctx, theme.ID, quiz.DraftPending); len(still) != len(pending) {
		t.Fatalf("opening the confirmation decided %d drafts", len(pending)-len(still))
	}

	msg, q := flashAfter(t, b, b.post(path+"/bulk", url.Values{"action": {"accept-all-but-repeats"}}))
	wantMsg := "Accepted " + strconv.Itoa(n-len(later)) + " drafts. The drafts that test the same sentence as another item are still in the queue: reject them, or edit them to test something else."
	if msg != wantMsg {
		t.Errorf("after accepting all but the repeats: %q, want %q", msg, wantMsg)
	}
	left, err := a.db.ListDrafts(ctx, theme.ID, quiz.DraftPending)
	if err != nil {
		t.Fatal(err)
	}
	var leftIDs []int64
	for _, d := range left {
		if !d.Held {
			leftIDs = append(leftIDs, d.ID)
		}
	}
	if len(leftIDs) != len(later) {
		t.Fatalf("%d drafts left in the queue, want the %d repeats", len(leftIDs), len(later))
	}
	for i, d := range later {
		if leftIDs[i] != d.ID {
			t.Errorf("left in the queue: %v, want the repeats", leftIDs)
			break
		}
		if note := oneLine(q.doc.Find("#d-" + strconv.FormatInt(d.ID, 10) + ` [data-testid="same-sentence"]`).Text()); !strings.Contains(note, "an item you accepted") {
			t.Errorf("the repeat left says %q", note)
		}
	}
	// With only repeats of accepted items left, the confirmation names
	// them and has no second button: it would accept nothing.
	confirm = b.get(path + "/accept-all")
	if got := confirm.doc.Find(`[data-testid="repeat"]`).Length(); got != len(later) || !strings.Contains(confirm.body, "Same sentence as an item you accepted") {
		t.Errorf("the confirmation lists %d repeats of accepted items, want %d", got, len(later))
	}
	if confirm.doc.Find(`[data-testid="accept-but-repeats"]`).Length() != 0 {
		t.Error("the second button is offered with nothing but repeats to accept")
	}
	// Pressed again from a page left open, it says why nothing was
	// accepted; so does Accept all once the queue is empty.
	msg, _ = flashAfter(t, b, b.post(path+"/bulk", url.Values{"action": {"accept-all-but-repeats"}}))
	if want := "Nothing was accepted: every draft waiting tests the same sentence as another item. Reject them, or edit them to test something else."; msg != want {
		t.Errorf("accepting all but repeats with only repeats left: %q, want %q", msg, want)
	}
	for _, d := range later {
		wantStatus(t, b.post("/teach/drafts/"+strconv.FormatInt(d.ID, 10)+"/reject", nil), http.StatusSeeOther)
	}
	want = "No draft is waiting in this theme’s queue: nothing was accepted."
	if msg, _ := flashAfter(t, b, b.post(path+"/bulk", url.Values{"action": {"accept-all"}})); msg != want {
		t.Errorf("accept all with an empty queue: %q, want %q", msg, want)
	}
	if msg, _ := flashAfter(t, b, b.get(path+"/accept-all")); msg != want {
		t.Errorf("the Accept all page with an empty queue: %q, want %q", msg, want)
	}
}

// The confirmation of "Accept all" repeats the queue's warning that every
// true/false statement is true, quoting the statements it would accept.
func TestAcceptAllWarnsOfAllTrueStatements(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	theme, path := valmoraQueueWhole(t, a, b)
	drafts, err := a.db.ListDrafts(context.Background(), theme.ID, quiz.DraftPending)
	if err != nil {
		t.Fatal(err)
	}
	var trues []string
	var falses []int64
	for _, d := range drafts {
		if q := d.Question; q != nil && q.Type == quiz.TrueFalse && len(q.Options) == 2 && !d.Held {
			if q.Options[0].Correct {
				trues = append(trues, q.Prompt)
			} else {
				falses = append(falses, d.ID)
			}
		}
	}
	if len(trues) < 2 || len(falses) == 0 {
		t.Fatalf("the article drafts %d true and %d false statements; the test needs two and one", len(trues), len(falses))
	}
	if n := b.get(path + "/accept-all").doc.Find(`[data-testid="all-true"]`).Length(); n != 0 {
		t.Error("with false statements queued, the confirmation warns that all are true")
	}
	for _, id := range falses {
		wantStatus(t, b.post("/teach/drafts/"+strconv.FormatInt(id, 10)+"/reject", nil), http.StatusSeeOther)
	}
	warning := b.get(path + "/accept-all").doc.Find(`[data-testid="all-true"]`)
	if warning.Length() != 1 || !strings.Contains(warning.Text(), "Every true/false statement of this theme is true.") {
		t.Fatalf("with only true statements left, the confirmation warns %q", warning.Text())
	}
	listed := warning.Find("li")
	if listed.Length() != len(trues) {
		t.Errorf("the warning quotes %d statements, want %d", listed.Length(), len(trues))
	}
	for i, p := range trues {
		if got := oneLine(listed.Eq(i).Text()); got != oneLine(p) {
			t.Errorf("statement %d quoted as %q, want %q", i, got, p)
		}
	}
}
