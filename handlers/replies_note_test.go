package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// busRoutePage is a page of my own in the shape of a news site's page of
// readers' replies: a short report, each paragraph saying who said what,
// then readers' opinions without signatures.
const busRoutePage = `Village bus route to end in May

The county council said on Thursday that the number 12 bus between Ashby Row and the market town of Holt would stop running on 31 May. Its transport chief, Ruth Penn, said only nine people used the service on an average day.

Villagers said the route was the only way for many older residents to reach the surgery in Holt. The parish clerk, Tom Ives, told the council's meeting that a petition against the cut had 600 names.

The council said a dial-a-ride minibus would run twice a week instead, booked a day ahead. "We cannot pay for empty seats," Mrs Penn said.

Nine a day? Of course, when the bus comes twice and never on time!

I think the council has run the route down for years so that it could say nobody uses it.

My mother is 84 and the bus is the only way she gets to the doctor. I hope the councillors remember that at the next election.

A minibus booked a day ahead is no use to anyone who falls ill in the morning.

Good luck to the parish clerk, but the money has gone to the new ring road.

The buses run empty through our village every hour. Something had to give.

Whatever the council says, the villages always lose out to the towns.

In my opinion the route should be run by the community, as in the next county.

Let's hope the minibus is better run than the bus ever was.

Empty seats cost money. Ratepayers in Holt should not pay for them.

We moved to Ashby Row because of the bus. Now we will have to buy a second car.

Oh please! Nobody in the village has used that bus since they got cars.
`

const repliesNoteWant = "This page ends in readers' replies; the drafts come from the article above them, and the replies are kept as a theme of their own with no drafts."

// The new-course form, the drafts overview and the replies' own queue
// say that a page ends in readers' replies and that they are not drafted;
// an ordinary article's pages say nothing of replies.
func TestRepliesNoteOnDraftingPages(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	note := func(p page) string {
		return strings.TrimSpace(p.doc.Find(`[data-testid="replies-note"]`).Text())
	}
	for _, c := range []struct {
		slug, title, article string
		replies              bool
	}{
		{"ashby-bus", "Village bus route to end in May", busRoutePage, true},
		{"valmora", "Valmora rail link", newsArticle(t), false},
	} {
		p := b.proposed(t, url.Values{"title": {c.title}, "slug": {c.slug}, "article": {c.article}, "then": {"drafts"}})
		themes := p.doc.Find("#themes").Text()
		if got := note(p); (got == repliesNoteWant) != c.replies || !c.replies && got != "" {
			t.Errorf("%s: the proposed themes' note is %q", c.slug, got)
		}
		if c.replies && !strings.Contains(themes, "4-15 Readers' Replies") {
			t.Errorf("%s: proposed themes %q, want the replies as 4-15", c.slug, themes)
		}
		if note := p.doc.Find(`[data-testid="replies-note"]`); note.Length() > 0 && goquery.NodeName(note) != "p" {
			t.Errorf("%s: the note is a %s, not a paragraph", c.slug, goquery.NodeName(note))
		}
		created := b.post("/teach/courses/new", url.Values{"title": {c.title}, "slug": {c.slug}, "article": {c.article}, "themes": {themes}, "then": {"drafts"}})
		wantStatus(t, created, http.StatusSeeOther)
		over := b.get(created.header.Get("Location"))
		wantStatus(t, over, http.StatusOK)
		if got := note(over); (got == repliesNoteWant) != c.replies || !c.replies && got != "" {
			t.Errorf("%s: the drafts overview's note is %q", c.slug, got)
		}
		// Each theme's queue: only the replies' theme carries the note.
		seen := false
		over.doc.Find(`[data-testid="draft-theme"] th a`).Each(func(_ int, s *goquery.Selection) {
			href, _ := s.Attr("href")
			q, _ := queue(t, b, href)
			isReplies := strings.HasSuffix(href, "/readers-replies")
			seen = seen || isReplies
			if got := note(q); (got == repliesNoteWant) != isReplies || !isReplies && got != "" {
				t.Errorf("%s: the queue %s's note is %q", c.slug, href, got)
			}
			if isReplies && q.doc.Find(`[data-testid="drafts"] > li`).Length() != 0 {
				t.Errorf("%s: drafts in the replies' queue", c.slug)
			}
		})
		if seen != c.replies {
			t.Errorf("%s: a replies' theme on the overview: %v", c.slug, seen)
		}
	}
}
