package handlers

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/study"
	"github.com/lectern/lectern/views"
)

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
	if uid > 0 {
		if err := h.undoButton(r, &vm, uid, d, clk); err != nil {
			h.fail(w, r, err)
			return
		}
	}
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
	// The intervals on the buttons depend on the moment the answer is
	// shown (fuzz is seeded with it): the Show answer link carries that
	// moment, so that a reload shows the same intervals, which the rating
	// then stores. A moment in the future or too old counts as now.
	if ms, err := strconv.ParseInt(r.URL.Query().Get("at"), 10, 64); err == nil {
		clk.now = study.RatedAt(clk.now, time.UnixMilli(ms).UTC())
	}
	vm, err := h.backVM(r, d, card, clk, "")
	if err != nil {
		h.fail(w, r, err)
		return
	}
	// After an undo, the message names the card's front as well as the
	// rating taken back.
	if kind, id := flashOf(r.Context()); id == card.ID && strings.HasPrefix(kind, flashRatingUndone) {
		if msg, ok := undoFlash(kind, vm.Front); ok {
			vm.Page.Flash = msg
		}
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
	if u := userFrom(r.Context()); u != nil {
		if err := h.undoButton(r, &vm, u.ID, d, clk); err != nil {
			return vm, err
		}
	}
	return vm, nil
}

// undoButton offers to undo the learner's last rating of the session,
// naming it ("Good"). The answer is kept with the learner's queue.
func (h *Handler) undoButton(r *http.Request, vm *views.ReviewVM, uid int64, d *deck, clk studyClock) (err error) {
	vm.CanUndo, vm.UndoRating, err = h.undoable(r, uid, d, clk)
	return err
}

// undoable says whether the learner has a rating of the session to undo,
// and its name.
func (h *Handler) undoable(r *http.Request, uid int64, d *deck, clk studyClock) (bool, string, error) {
	rating, err := h.db.UndoableRating(r.Context(), uid, d.course.ID, clk.dayStart)
	return rating > 0, ratingName(rating), err
}

func (h *Handler) reviewDone(w http.ResponseWriter, r *http.Request, d *deck, uid int64, clk studyClock) {
	vm := views.ReviewDoneVM{
		Page: h.page(r, "Flashcards"), CourseSlug: d.course.Slug, CourseTitle: d.course.Title, DeckTitle: d.title, ThemeSlug: d.theme.Slug,
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
			vm.Accuracy = quiz.Percent(stats.Recalled, stats.Reviewed)
			if vm.CanUndo, vm.UndoRating, err = h.undoable(r, uid, d, clk); err != nil {
				h.fail(w, r, err)
				return
			}
		}
		// The next due card of the course, if already due, is in another
		// theme: this deck has none left.
		switch {
		case stats.NextDue.IsZero():
		case stats.NextDue.After(clk.now):
			vm.NextDue = dueLabel(stats.NextDue, clk)
		case d.theme.ID != 0:
			vm.DueElsewhere = true
		}
		leeches, err := h.db.Leeches(r.Context(), uid, d.course.ID)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		vm.Leeches = len(leeches)
		started, err := h.db.NewCardsStarted(r.Context(), uid, clk.dayStart)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		vm.NewLimitHit = started >= clk.settings.NewPerDay
	}
	h.render(w, r, http.StatusOK, views.ReviewDonePage(vm))
}

// showMoment is the query that names the moment the answer is shown, to
// follow the card's address.
func showMoment(d *deck, now time.Time) string {
	sep := "?"
	if d.theme.Slug != "" {
		sep = "&"
	}
	return sep + "at=" + strconv.FormatInt(now.UnixMilli(), 10)
}

// cardVM shows a card's front and, when revealed, its back.
func (h *Handler) cardVM(r *http.Request, d *deck, card *quiz.StudyCard, revealed bool) views.ReviewVM {
	vm := views.ReviewVM{
		Page: h.page(r, "Flashcards"), CourseSlug: d.course.Slug, CourseTitle: d.course.Title,
		DeckTitle: d.title, ThemeSlug: d.theme.Slug, CardID: card.ID, Revealed: revealed,
		ShowURL: d.cardURL(card.ID) + showMoment(d, h.now()) + "#back", ActionURL: "/courses/" + d.course.Slug + "/review/" + strconv.FormatInt(card.ID, 10),
		UndoURL: "/courses/" + d.course.Slug + "/review/undo", StateLabel: "New", Tags: card.Tags,
	}
	if t, ok := d.course.ThemeByID(card.ThemeID); ok {
		vm.Theme = t.Title
	}
	if card.State != nil {
		vm.Reps, vm.Leech = card.State.Reps, card.State.Leech
		vm.StateLabel = map[string]string{"new": "New", "learning": "Learning", "review": "Review", "relearning": "Relearning"}[card.State.State]
		if card.State.State == "new" && card.State.Missed {
			vm.StateLabel = "Missed in a quiz"
			if s := card.State.MissedScore; s > 0 && s < 1 {
				vm.StateLabel = "Partly right in a quiz (" + quiz.ShareText(s) + ")"
			}
		}
	}
	if q := card.Question; q != nil {
		// A question that quotes the sentence it leans on shows that
		// sentence as a quotation above the front, as the quiz does,
		// not inside a heading-sized front.
		vm.Lead, vm.Front = quiz.SplitLead(quiz.CardFront(*q))
		vm.FrontImages = imageVMs(q.Images)
		vm.FrontLines = quiz.CardLines(*q)
		vm.BackLines = quiz.CorrectText(*q)
		vm.Explanation = q.Explanation
		// A statement's back says the fact, not "True" or "False" alone:
		// a true statement restated; for a false one what was swapped
		// ("The article has “forty”, not “fourteen”."), the feedback a
		// learner who answered True read, and the explanation, moved up
		// from under the rating buttons so that it is not said twice.
		vm.BackFacts = quiz.StatementFacts(*q)
		if q.Type == quiz.TrueFalse && slices.Contains(vm.BackFacts, strings.TrimSpace(q.Explanation)) {
			vm.Explanation = ""
		}
		// A true statement restated on the back is not quoted again
		// under the rating buttons by an explanation that only quotes
		// it: the paragraph below, with the sentence marked, gives the
		// article's own words.
		if q.Type == quiz.TrueFalse && len(q.Options) == 2 && q.Options[0].Correct && len(vm.BackFacts) == 1 &&
			quiz.QuotesOnlyStatement(q.Explanation, vm.BackFacts[0]) {
			vm.Explanation = ""
		}
	} else {
		vm.Front = card.Front
		vm.BackText = card.Back
		vm.FrontImages = imageVMs(quiz.ImagesOn(card.Images, quiz.SideFront))
		if vm.Revealed {
			// A card's back is answer material: its images are linked
			// only once the answer is shown.
			vm.BackImages = imageVMs(quiz.ImagesOn(card.Images, quiz.SideBack))
		}
	}
	if len(card.Paragraphs) > 0 {
		if pars, err := h.db.Paragraphs(r.Context(), d.course.ID); err == nil {
			if n := card.Paragraphs[0]; n >= 1 && n <= len(pars) {
				qt := &views.QuoteVM{N: n, Text: pars[n-1].Text, URL: "/courses/" + d.course.Slug + "/read#p-" + itoa(n)}
				// The sentence the card tests is marked and the rest of the
				// paragraph folded, as after a quiz answer; where the
				// explanation quotes the sentence already, it is not shown
				// a second time in plain view.
				clues, explained := []string{card.Front, card.Back}, vm.Explanation
				if q := card.Question; q != nil {
					explained = q.Explanation
					clues = append([]string{q.Explanation, q.Prompt}, quiz.CorrectText(*q)...)
				}
				h.markKeySentence(qt, explained, clues)
				vm.Quote = qt
			}
		}
	}
	return vm
}
