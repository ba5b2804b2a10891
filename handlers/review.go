package handlers

import (
	"fmt"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/study"
)

// Flashcard review: a deck of a course (or of one theme), the learner's
// study clock, and the labels shared by the review pages
// (review_show.go, review_rate.go, review_undo.go).

var ratingLabels = [4]string{"Again", "Hard", "Good", "Easy"}

// deck is the course and, optionally, the theme a review session covers,
// read from the path and the theme parameter.
type deck struct {
	course *quiz.StoredCourse
	theme  quiz.StoredTheme // zero for every theme
	title  string
}

func (h *Handler) deck(r *http.Request, themeSlug string) (*deck, error) {
	c, err := h.db.FindCourse(r.Context(), r.PathValue("slug"))
	if err != nil {
		return nil, err
	}
	d := &deck{course: c, title: "all themes"}
	if themeSlug != "" {
		t, ok := c.Theme(themeSlug)
		if !ok {
			return nil, quiz.Errorf(quiz.ENotFound, "This course has no such theme.")
		}
		d.theme, d.title = t, t.Title
	}
	return d, nil
}

func (d *deck) reviewURL() string {
	u := "/courses/" + d.course.Slug + "/review"
	if d.theme.Slug != "" {
		u += "?theme=" + url.QueryEscape(d.theme.Slug)
	}
	return u
}

func (d *deck) cardURL(id int64) string {
	u := "/courses/" + d.course.Slug + "/review/" + strconv.FormatInt(id, 10)
	if d.theme.Slug != "" {
		u += "?theme=" + url.QueryEscape(d.theme.Slug)
	}
	return u
}

// studyClock is the learner's settings with the time now and the start of
// their day in their time zone.
type studyClock struct {
	settings quiz.StudySettings
	now      time.Time
	dayStart time.Time
}

func (h *Handler) clock(r *http.Request, u *quiz.User) (studyClock, error) {
	set := quiz.DefaultStudySettings()
	if u != nil {
		var err error
		if set, err = h.db.FindSettings(r.Context(), u.ID); err != nil {
			return studyClock{}, err
		}
	}
	now := h.now().UTC()
	return studyClock{settings: set, now: now, dayStart: study.DayStart(now, set)}, nil
}

// reviewCard loads the card named in the path, checking it belongs to the
// course (and theme) in the path.
func (h *Handler) reviewCard(w http.ResponseWriter, r *http.Request, themeSlug string) (*deck, *quiz.StudyCard, studyClock, bool) {
	d, err := h.deck(r, themeSlug)
	if err != nil {
		h.fail(w, r, err)
		return nil, nil, studyClock{}, false
	}
	id, err := strconv.ParseInt(r.PathValue("card"), 10, 64)
	if err != nil {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "There is no such card."))
		return nil, nil, studyClock{}, false
	}
	u := userFrom(r.Context())
	var uid int64
	if u != nil {
		uid = u.ID
	}
	card, err := h.db.FindCard(r.Context(), uid, id)
	if err == nil && (card.CourseID != d.course.ID || d.theme.ID != 0 && card.ThemeID != d.theme.ID) {
		err = quiz.Errorf(quiz.ENotFound, "There is no such card in this deck.")
	}
	if err != nil {
		h.fail(w, r, err)
		return nil, nil, studyClock{}, false
	}
	clk, err := h.clock(r, u)
	if err != nil {
		h.fail(w, r, err)
		return nil, nil, studyClock{}, false
	}
	return d, card, clk, true
}

// queue returns how many cards are due now and how many new ones the
// learner may still start today, in the deck.
func (h *Handler) queue(r *http.Request, d *deck, clk studyClock) (due, newLeft int, err error) {
	var uid int64
	if u := userFrom(r.Context()); u != nil {
		uid = u.ID
	}
	_, due, newLeft, err = h.db.NextCard(r.Context(), quiz.NextCardQuery{
		UserID: uid, CourseID: d.course.ID, ThemeID: d.theme.ID,
		Now: clk.now, DayStart: clk.dayStart, NewLimit: clk.settings.NewPerDay, CountOnly: true,
	})
	return due, newLeft, err
}

// inSession reports whether the learner may rate the card now: it is due
// and not suspended, or it is new and today's new-card limit allows one.
func (h *Handler) inSession(r *http.Request, d *deck, card *quiz.StudyCard, clk studyClock) bool {
	if card.State != nil {
		return study.Due(card.State, clk.now)
	}
	_, newLeft, err := h.queue(r, d, clk)
	return err == nil && newLeft > 0
}

// intervalLabel writes an interval as Anki's buttons do: 1m, 10m, 3h, 4d,
// 2.5mo, 1.2y.
func intervalLabel(d time.Duration) string {
	switch {
	case d < time.Minute:
		return "<1m"
	case d < time.Hour:
		return fmt.Sprintf("%dm", int(math.Round(d.Minutes())))
	case d < 24*time.Hour:
		return fmt.Sprintf("%dh", int(math.Round(d.Hours())))
	}
	days := d.Hours() / 24
	switch {
	case days < 30:
		return fmt.Sprintf("%dd", int(math.Round(days)))
	case days < 365:
		return strings.TrimSuffix(fmt.Sprintf("%.1f", days/30), ".0") + "mo"
	}
	return strings.TrimSuffix(fmt.Sprintf("%.1f", days/365), ".0") + "y"
}

// dueLabel says when a card falls due, in the learner's time zone.
func dueLabel(t time.Time, clk studyClock) string {
	if !t.After(clk.now) {
		return "now"
	}
	loc, err := time.LoadLocation(clk.settings.TimeZone)
	if err != nil {
		loc = time.UTC
	}
	lt := t.In(loc)
	return lt.Format("Mon 2 Jan 2006, 15:04") + " (in " + intervalLabel(t.Sub(clk.now)) + ")"
}
