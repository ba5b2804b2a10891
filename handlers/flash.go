package handlers

import (
	"context"
	"net/http"
	"strconv"
	"strings"

	"github.com/lectern/lectern/views"
)

// Flash messages say, on the page an action redirects to, what the action
// did, with a button to undo it where undoing is cheap. The session keeps
// the message's kind and the id it is about, never text: the words come
// from flashMessage, and the next page shown takes the message out.

// keyFlash is the session value holding the message for the next page.
const keyFlash = "flash"

// flashKey keys the message taken out of the session for this request.
type flashKey struct{}

// Kinds of flash message.
const (
	flashSaved           = "saved"
	flashQuestionAdded   = "question-added"
	flashQuestionRemoved = "question-removed" // id: the question, to restore
	flashQuestionBack    = "question-restored"
	flashSetPublished    = "set-published" // id: the set, to take back to draft
	flashSetDraft        = "set-draft"     // id: the set, to publish again
	flashSetDeleted      = "set-deleted"
	flashCoursePublished = "course-published"
	flashCardRemoved     = "card-removed" // id: the card, to restore
	flashCardBack        = "card-restored"
	flashImported        = "imported"      // id: the one set made; its page says the rest
	flashImportedSets    = "imported-sets" // id: how many questions and cards
)

// setFlash keeps a message for the next page the user is shown. A failure
// to save it loses only the message.
func (h *Handler) setFlash(w http.ResponseWriter, r *http.Request, kind string, id int64) {
	sess, err := h.sessions.Get(r, sessionName)
	if err != nil {
		return
	}
	sess.Values[keyFlash] = kind + ":" + strconv.FormatInt(id, 10)
	if err := sess.Save(r, w); err != nil {
		h.log.Warn("save flash", "err", err)
	}
}

// takeFlash moves a message waiting in the session into the request's
// context, for the page shown now, and out of the session.
func (h *Handler) takeFlash(w http.ResponseWriter, r *http.Request) *http.Request {
	if r.Method != http.MethodGet {
		return r
	}
	sess, err := h.sessions.Get(r, sessionName)
	if err != nil {
		return r
	}
	v, ok := sess.Values[keyFlash].(string)
	if !ok {
		return r
	}
	delete(sess.Values, keyFlash)
	if err := sess.Save(r, w); err != nil {
		h.log.Warn("take flash", "err", err)
	}
	return r.WithContext(context.WithValue(r.Context(), flashKey{}, v))
}

// flashOf returns the kind of flash message this request shows, and the
// id it is about.
func flashOf(ctx context.Context) (kind string, id int64) {
	v, _ := ctx.Value(flashKey{}).(string)
	kind, idText, _ := strings.Cut(v, ":")
	id, _ = strconv.ParseInt(idText, 10, 64)
	return kind, id
}

func atoiOr(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// flashMessage is the text of a flash message and its undo button, if any.
func flashMessage(ctx context.Context) (string, *views.FlashActionVM) {
	v, _ := ctx.Value(flashKey{}).(string)
	kind, idText, _ := strings.Cut(v, ":")
	id := idText
	switch kind {
	case flashSaved:
		return "Saved.", nil
	case flashQuestionAdded:
		return "Question added.", nil
	case flashQuestionRemoved:
		return "Question removed.", &views.FlashActionVM{URL: "/teach/questions/" + id + "/restore", Label: "Undo"}
	case flashCardRemoved:
		return "The card is removed from the deck. Learners who studied it keep their history.",
			&views.FlashActionVM{URL: "/teach/cards/" + id + "/restore", Label: "Undo"}
	case flashCardBack:
		return "The card is back in the deck.", nil
	case flashQuestionBack:
		return "The question is back in its place.", nil
	case flashSetPublished:
		return "Published: learners see this set now.",
			&views.FlashActionVM{URL: "/teach/sets/" + id + "/status", Label: "Undo", Fields: []views.FieldVM{{Name: "status", Value: "draft"}}}
	case flashSetDraft:
		return "Taken back to draft: learners no longer see this set.",
			&views.FlashActionVM{URL: "/teach/sets/" + id + "/status", Label: "Publish it again", Fields: []views.FieldVM{{Name: "status", Value: "published"}}}
	case flashSetDeleted:
		return "The set was deleted.", nil
	case flashImported:
		return "Imported into this set.", nil
	case flashImportedSets:
		return "Imported " + plural(atoiOr(idText), "question or flashcard", "questions and flashcards") + ".", nil
	case flashCoursePublished:
		return "The course is published: learners see it now.", nil
	}
	return moreFlashMessage(kind, idText)
}
