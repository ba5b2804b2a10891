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
	"github.com/lectern/lectern/internal/srs"
	"github.com/lectern/lectern/internal/study"
	"github.com/lectern/lectern/views"
)

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

// showReview shows the front of the next card to study, or the session's
// summary when nothing is left for now.
func (h *Handler) showReview(w http.ResponseWriter, r *http.Request) {
	d, err := h.deck(r, r.URL.Query().Get("theme"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	u := userFrom(r.Context())
	clk, err := h.clock(r, u)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	var uid int64
	if u != nil {
		uid = u.ID
	}
	card, due, newLeft, err := h.db.NextCard(r.Context(), quiz.NextCardQuery{
		UserID: uid, CourseID: d.course.ID, ThemeID: d.theme.ID,
		Now: clk.now, DayStart: clk.dayStart, NewLimit: clk.settings.NewPerDay,
	})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if card == nil {
		h.reviewDone(w, r, d, uid, clk)
		return
	}
	vm := h.cardVM(r, d, card, false)
	vm.Due, vm.NewLeft = due, newLeft
	vm.CanUndo = uid > 0
	h.render(w, r, http.StatusOK, views.ReviewPage(vm))
}

// showCardBack shows both sides of a card with the rating buttons.
func (h *Handler) showCardBack(w http.ResponseWriter, r *http.Request) {
	d, card, clk, ok := h.reviewCard(w, r, r.URL.Query().Get("theme"))
	if !ok {
		return
	}
	if !h.inSession(r, d, card, clk) {
		// Rated already (a back button) or not due: go on with the session.
		http.Redirect(w, r, d.reviewURL(), http.StatusSeeOther)
		return
	}
	vm, err := h.backVM(r, d, card, clk, "")
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.render(w, r, http.StatusOK, views.ReviewPage(vm))
}

func (h *Handler) backVM(r *http.Request, d *deck, card *quiz.StudyCard, clk studyClock, problem string) (views.ReviewVM, error) {
	vm := h.cardVM(r, d, card, true)
	waits, err := study.Preview(clk.settings, card.State, clk.now)
	if err != nil {
		return vm, err
	}
	for i, wait := range waits {
		vm.Buttons = append(vm.Buttons, views.RateButtonVM{Rating: i + 1, Label: ratingLabels[i], Interval: intervalLabel(wait)})
	}
	vm.Error = problem
	vm.ShownAt = strconv.FormatInt(clk.now.UnixMilli(), 10)
	if vm.Due, vm.NewLeft, err = h.queue(r, d, clk); err != nil {
		return vm, err
	}
	vm.CanUndo = userFrom(r.Context()) != nil
	return vm, nil
}

// rateCard records a rating and goes on to the next card. A rating for a
// card not due in this session is refused; a repeated one changes nothing.
func (h *Handler) rateCard(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	d, card, clk, ok := h.reviewCard(w, r, r.PostForm.Get("theme"))
	if !ok {
		return
	}
	reps, err := strconv.Atoi(r.PostForm.Get("reps"))
	if err != nil || reps < 0 {
		h.fail(w, r, quiz.Errorf(quiz.EInvalid, "The rating form was incomplete. Go back to your flashcards and rate the card again."))
		return
	}
	cur := 0
	if card.State != nil {
		cur = card.State.Reps
	}
	if reps != cur {
		// This card was rated since the form was shown: a double submit.
		http.Redirect(w, r, d.reviewURL(), http.StatusSeeOther)
		return
	}
	rating, err := strconv.Atoi(r.PostForm.Get("rating"))
	if err != nil || rating < 1 || rating > 4 {
		vm, verr := h.backVM(r, d, card, clk, "Choose one of the four ratings.")
		if verr != nil {
			h.fail(w, r, verr)
			return
		}
		h.render(w, r, http.StatusUnprocessableEntity, views.ReviewPage(vm))
		return
	}
	if !h.inSession(r, d, card, clk) {
		h.fail(w, r, quiz.Errorf(quiz.EConflict, "That card is not due for review now, so the rating was not recorded."))
		return
	}
	u, err := h.learner(w, r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if ms, err := strconv.ParseInt(r.PostForm.Get("shown"), 10, 64); err == nil {
		clk.now = study.RatedAt(clk.now, time.UnixMilli(ms).UTC())
	}
	rev, err := study.Rate(clk.settings, card, srs.Rating(rating), clk.now)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	rev.UserID = u.ID
	if _, err := h.db.RecordReview(r.Context(), rev); err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, d.reviewURL(), http.StatusSeeOther)
}

// undoReview takes back the learner's last rating in the course and shows
// that card again.
func (h *Handler) undoReview(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	d, err := h.deck(r, r.PostForm.Get("theme"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	u := userFrom(r.Context())
	if u == nil {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "There is no rating to undo."))
		return
	}
	cardID, err := h.db.UndoLastReview(r.Context(), u.ID, d.course.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, d.cardURL(cardID), http.StatusSeeOther)
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
		Now: clk.now, DayStart: clk.dayStart, NewLimit: clk.settings.NewPerDay,
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

func (h *Handler) reviewDone(w http.ResponseWriter, r *http.Request, d *deck, uid int64, clk studyClock) {
	vm := views.ReviewDoneVM{
		Page: h.page(r, "Flashcards"), CourseSlug: d.course.Slug, CourseTitle: d.course.Title, DeckTitle: d.title,
		UndoURL: "/courses/" + d.course.Slug + "/review/undo", LeechesURL: "/courses/" + d.course.Slug + "/leeches",
	}
	if uid > 0 {
		stats, err := h.db.FindReviewStats(r.Context(), uid, d.course.ID, clk.dayStart)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		vm.Reviewed = stats.Reviewed
		if stats.Reviewed > 0 {
			vm.Accuracy = stats.Recalled * 100 / stats.Reviewed
			vm.CanUndo = true
		}
		if !stats.NextDue.IsZero() {
			vm.NextDue = dueLabel(stats.NextDue, clk)
		}
		leeches, err := h.db.Leeches(r.Context(), uid, d.course.ID)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		vm.Leeches = len(leeches)
		_, started, err := h.db.DeckCounts(r.Context(), uid, d.course.ID, clk.now, clk.dayStart)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		vm.NewLimitHit = started >= clk.settings.NewPerDay
	}
	h.render(w, r, http.StatusOK, views.ReviewDonePage(vm))
}

// cardVM shows a card's front and, when revealed, its back.
func (h *Handler) cardVM(r *http.Request, d *deck, card *quiz.StudyCard, revealed bool) views.ReviewVM {
	vm := views.ReviewVM{
		Page: h.page(r, "Flashcards"), CourseSlug: d.course.Slug, CourseTitle: d.course.Title,
		DeckTitle: d.title, ThemeSlug: d.theme.Slug, CardID: card.ID, Revealed: revealed,
		ShowURL: d.cardURL(card.ID), ActionURL: "/courses/" + d.course.Slug + "/review/" + strconv.FormatInt(card.ID, 10),
		UndoURL: "/courses/" + d.course.Slug + "/review/undo", StateLabel: "New",
	}
	if t, ok := d.course.ThemeByID(card.ThemeID); ok {
		vm.Theme = t.Title
	}
	if card.State != nil {
		vm.Reps, vm.Leech = card.State.Reps, card.State.Leech
		vm.StateLabel = map[string]string{"new": "New", "learning": "Learning", "review": "Review", "relearning": "Relearning"}[card.State.State]
	}
	if q := card.Question; q != nil {
		vm.Front = quiz.CardFront(*q)
		switch q.Type {
		case quiz.Single, quiz.Multiple:
			for _, o := range q.Options {
				vm.FrontLines = append(vm.FrontLines, o.Text)
			}
		case quiz.Matching:
			for _, p := range q.Pairs {
				vm.FrontLines = append(vm.FrontLines, p.Left)
			}
		}
		vm.BackLines = quiz.CorrectText(*q)
		vm.Explanation = q.Explanation
	} else {
		vm.Front = card.Front
		vm.BackText = card.Back
	}
	if len(card.Paragraphs) > 0 {
		if pars, err := h.db.Paragraphs(r.Context(), d.course.ID); err == nil {
			if n := card.Paragraphs[0]; n >= 1 && n <= len(pars) {
				vm.Quote = &views.QuoteVM{N: n, Text: pars[n-1].Text, URL: "/courses/" + d.course.Slug + "/read#p-" + itoa(n)}
			}
		}
	}
	return vm
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
