package handlers

import (
	"net/http"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// More kinds of flash message: a course's settings, a class's page and a
// theme's draft queue. The id is what the message is about, or a count.
const (
	flashCourseRenamed = "course-renamed"
	flashCourseDraft   = "course-draft" // id: the course, to publish again
	flashOwnerAdded    = "owner-added"
	flashOwnerRemoved  = "owner-removed"
	flashClassDeleted  = "class-deleted"
	flashClassRenamed  = "class-renamed"
	flashClassCode     = "class-code"
	flashClassMade     = "class-made"
	flashAssigned      = "assigned"
	flashUnassigned    = "unassigned"
	flashDraftsTaken   = "drafts-accepted" // id: how many
	// id: how many; the drafts of a sentence tested already stay queued.
	flashDraftsTakenBut = "drafts-accepted-not-repeats"
	flashDraftsDropped  = "drafts-rejected" // id: how many
	flashDraftsNone     = "drafts-none"
	// Accept all with no draft waiting (a page left open), or only drafts
	// of a sentence tested already.
	flashDraftsNoneLeft    = "drafts-none-left"
	flashDraftsOnlyRepeats = "drafts-only-repeats"
	flashDraftsMore        = "drafts-more" // id: how many came into the queue
	flashDraftBack         = "draft-restored"
	flashCardSaved         = "card-saved"
)

// moreFlashMessage is the text of the flash messages above; their undo
// buttons, when they need a page's own address, are that page's to add.
func moreFlashMessage(kind, idText string) (string, *views.FlashActionVM) {
	n := atoiOr(idText)
	switch kind {
	case flashCourseRenamed:
		return "The course was renamed.", nil
	case flashCourseDraft:
		return "The course is a draft again: learners no longer see it, its quizzes or its flashcards, until it is published again. What they did in it is kept.", nil
	case flashOwnerAdded:
		return "The owner was added.", nil
	case flashOwnerRemoved:
		return "The owner was removed: they no longer see or change the course.", nil
	case flashClassDeleted:
		return "The class was deleted. Its learners keep what they did in the course.", nil
	case flashClassRenamed:
		return "The class was renamed.", nil
	case flashClassMade:
		return "The class is made: learners join it with the code or the link below.", nil
	case flashClassCode:
		return "The class has a new code; the old one no longer works.", nil
	case flashAssigned:
		return "Assigned.", nil
	case flashUnassigned:
		return "The assignment was removed: the class’s learners no longer see it. What they did for it is kept.", nil
	case flashDraftsTaken:
		return "Accepted " + plural(n, "draft", "drafts") + ".", nil
	case flashDraftsTakenBut:
		return "Accepted " + plural(n, "draft", "drafts") + ". The drafts that test the same sentence as another item are still in the queue: reject them, or edit them to test something else.", nil
	case flashDraftsDropped:
		return "Rejected " + plural(n, "draft", "drafts") + ".", nil
	case flashDraftsNoneLeft:
		return "No draft is waiting in this theme’s queue: nothing was accepted.", nil
	case flashDraftsOnlyRepeats:
		return "Nothing was accepted: every draft waiting tests the same sentence as another item. Reject them, or edit them to test something else.", nil
	case flashDraftsNone:
		return "No draft was ticked: tick the drafts to accept or reject, or use “Accept all”.", nil
	case flashDraftsMore:
		return "Brought " + plural(n, "more draft", "more drafts") + " into the queue.", nil
	case flashCardSaved:
		return "The card is saved.", nil
	case flashDraftBack:
		return "The draft is back in the queue.", nil
	}
	if msg, ok := undoFlash(kind, ""); ok {
		return msg, nil
	}
	return "", nil
}

// toQueue redirects to a theme's draft queue, at anchor ("#d-12", or ""),
// where the flash message of kind says what was done (n: how many).
func (h *Handler) toQueue(w http.ResponseWriter, r *http.Request, c *quiz.StoredCourse, t quiz.StoredTheme, kind string, n int, anchor string) {
	h.setFlash(w, r, kind, int64(n))
	http.Redirect(w, r, queueURL(c.Slug, t.Slug)+anchor, http.StatusSeeOther)
}
