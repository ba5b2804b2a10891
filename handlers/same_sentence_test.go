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

// A draft that tests the same sentence as an item accepted before it says
// so in the review queue, naming that item; a draft whose sentence nothing
// else tests says nothing. "More drafts" brings held-back drafts of
// sentences already asked, and accepting both gives items that answer each
// other.
func TestQueueNamesADraftOfTheSameSentence(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	theme, path := valmoraQueueWhole(t, a, b)
	ctx := context.Background()
	all, err := a.db.ListDrafts(ctx, theme.ID, quiz.DraftPending)
	if err != nil {
		t.Fatal(err)
	}
	key := func(d quiz.Draft) string {
		return strconv.Itoa(d.Paragraph) + ":" + strconv.Itoa(d.SentenceStart) + ":" + strconv.Itoa(d.SentenceEnd)
	}
	bySentence := map[string][]quiz.Draft{}
	for _, d := range all {
		bySentence[key(d)] = append(bySentence[key(d)], d)
	}
	var first, second, alone *quiz.Draft
	for _, d := range all {
		if ds := bySentence[key(d)]; len(ds) >= 2 && first == nil {
			first, second = &ds[0], &ds[1]
		} else if len(ds) == 1 && alone == nil {
			alone = &ds[0]
		}
	}
	if first == nil || alone == nil {
		t.Fatalf("the article drafts no two items of one sentence (or none of a sentence alone): %d drafts", len(all))
	}
	wantStatus(t, b.post("/teach/drafts/"+strconv.FormatInt(first.ID, 10)+"/accept", nil), http.StatusSeeOther)

	q := b.get(path)
	wantStatus(t, q, http.StatusOK)
	note := q.doc.Find("#d-" + strconv.FormatInt(second.ID, 10) + ` [data-testid="same-sentence"]`)
	prompt := first.Question
	want := ""
	if first.Card != nil {
		want = first.Card.Front
	} else if prompt != nil {
		want = prompt.Prompt
	}
	if got := strings.Join(strings.Fields(note.Text()), " "); !strings.Contains(got, "an item you accepted") || !strings.Contains(got, strings.Join(strings.Fields(want), " ")) {
		t.Errorf("the second draft of the sentence says %q, want it to name the accepted %q", got, want)
	}
	if n := q.doc.Find("#d-" + strconv.FormatInt(alone.ID, 10) + ` [data-testid="same-sentence"]`).Length(); n != 0 {
		t.Errorf("a draft whose sentence nothing else tests carries %d notes", n)
	}
	if q.doc.Find("#d-"+strconv.FormatInt(alone.ID, 10)).Length() != 1 || q.doc.Find("#d-"+strconv.FormatInt(second.ID, 10)).Length() != 1 {
		t.Error("the drafts are not in the queue")
	}
}

// valmoraQueueWhole makes the news article a course of one theme whose
// drafts, none held back, all wait in its review queue: "More drafts" is
// pressed until nothing is held back. It returns the theme and its queue.
func valmoraQueueWhole(t *testing.T, a *app, b *browser) (quiz.StoredTheme, string) {
	t.Helper()
	p := b.post("/teach/courses/new", url.Values{"title": {"Valmora rail link"}, "slug": {"valmora"}, "article": {newsArticle(t)},
		"themes": {"1-9 The rail link"}, "then": {"drafts"}})
	wantStatus(t, p, http.StatusSeeOther)
	c, err := a.db.FindCourse(context.Background(), "valmora")
	if err != nil {
		t.Fatal(err)
	}
	theme := c.Themes[0]
	path := "/teach/courses/valmora/drafts/" + theme.Slug
	for i := 0; i < 20; i++ {
		if b.get(path).doc.Find(`[data-testid="more-drafts"]`).Length() == 0 {
			return theme, path
		}
		wantStatus(t, b.post(path+"/more", url.Values{}), http.StatusSeeOther)
	}
	t.Fatal("More drafts still offers drafts after 20 presses")
	return theme, path
}
