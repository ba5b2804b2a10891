package handlers

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// downloadData sends everything Lectern stores about the learner as one
// JSON file. A visitor with no learner yet gets a document saying so.
func (h *Handler) downloadData(w http.ResponseWriter, r *http.Request) {
	var doc any = map[string]string{"note": "Lectern stores nothing about this browser."}
	if u := userFrom(r.Context()); u != nil {
		d, err := h.db.LearnerData(r.Context(), u.ID)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		doc = d
	}
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		h.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="lectern-my-data.json"`)
	w.Header().Set("Cache-Control", "no-store")
	w.Write(append(b, '\n'))
}

// confirmDeleteData shows what deleting the learner's data removes, with
// the form that does it.
func (h *Handler) confirmDeleteData(w http.ResponseWriter, r *http.Request) {
	vm, err := h.deleteDataVM(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.render(w, r, http.StatusOK, views.DeleteDataPage(vm))
}

func (h *Handler) deleteDataVM(r *http.Request) (views.DeleteDataVM, error) {
	vm := views.DeleteDataVM{Page: h.page(r, "Delete my data")}
	u := userFrom(r.Context())
	if u == nil {
		return vm, nil
	}
	d, err := h.db.LearnerData(r.Context(), u.ID)
	if err != nil {
		return vm, err
	}
	vm.Learner = strconv.FormatInt(u.ID, 10)
	vm.Email = d.Account.Email
	vm.Account = !d.Account.Anonymous
	vm.Attempts = len(d.Attempts)
	for _, a := range d.Attempts {
		vm.Answers += len(a.Responses)
	}
	vm.Cards, vm.Reviews = len(d.Cards), len(d.Reviews)
	vm.Settings = d.Settings != nil
	vm.Classes = len(d.Classes)
	vm.Courses = len(d.Authored.Courses)
	return vm, nil
}

// deleteData removes everything stored about the learner whose session
// sent the form, after the confirmation, and ends the session. The form
// names the learner it was shown to: a form shown to another learner of
// this browser deletes nothing. An account must retype its email.
func (h *Handler) deleteData(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	u := userFrom(r.Context())
	if u == nil {
		http.Redirect(w, r, "/settings/delete", http.StatusSeeOther)
		return
	}
	vm, err := h.deleteDataVM(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if r.PostForm.Get("learner") != vm.Learner {
		vm.Errors = map[string]string{"form": "This form was shown to someone else signed in on this browser. Nothing was deleted; check what is listed below and confirm again."}
		h.render(w, r, http.StatusConflict, views.DeleteDataPage(vm))
		return
	}
	if !u.Anonymous() {
		typed := strings.TrimSpace(r.PostForm.Get("confirm_email"))
		if !strings.EqualFold(typed, u.Email) {
			vm.Errors = map[string]string{"confirm_email": "Type the email address of your account, " + u.Email + ", to confirm."}
			h.render(w, r, http.StatusUnprocessableEntity, views.DeleteDataPage(vm))
			return
		}
	}
	del, err := h.db.DeleteLearner(r.Context(), u.ID)
	if quiz.KindOf(err) == quiz.EConflict {
		vm.Errors = map[string]string{"form": quiz.MessageOf(err)}
		h.render(w, r, http.StatusConflict, views.DeleteDataPage(vm))
		return
	}
	if err != nil {
		h.fail(w, r, err)
		return
	}
	// The session's row is gone with the learner; the cookie goes too.
	if sess, err := h.sessions.Get(r, sessionName); err == nil && sess.ID != "" {
		opts := *sess.Options
		opts.MaxAge = -1
		sess.Options = &opts
		if err := sess.Save(r, w); err != nil {
			h.fail(w, r, err)
			return
		}
	}
	h.log.Info("learner data deleted", "user_id", u.ID, "account", del.Account)
	q := url.Values{
		"deleted":  {map[bool]string{true: "account", false: "learner"}[del.Account]},
		"attempts": {strconv.Itoa(del.Attempts)},
		"answers":  {strconv.Itoa(del.Answers)},
		"cards":    {strconv.Itoa(del.Cards)},
		"reviews":  {strconv.Itoa(del.Reviews)},
	}
	http.Redirect(w, r, "/?"+q.Encode(), http.StatusSeeOther)
}

// deletedMessage is what the home page says after a learner's data was
// deleted, from the counts the redirect carried; "" when there is none.
func deletedMessage(q url.Values) string {
	what := q.Get("deleted")
	if what != "account" && what != "learner" {
		return ""
	}
	n := func(key string) int {
		v, err := strconv.Atoi(q.Get(key))
		if err != nil || v < 0 {
			return 0
		}
		return v
	}
	lead := "Your progress on this browser is deleted"
	if what == "account" {
		lead = "Your account is deleted, and everything stored with it"
	}
	return lead + ": " + plural(n("attempts"), "quiz", "quizzes") + " with " + plural(n("answers"), "answer", "answers") +
		", " + plural(n("cards"), "flashcard", "flashcards") + " with " + plural(n("reviews"), "review", "reviews") +
		", your places in classes, your settings and your sessions. Lectern keeps nothing of it."
}
