package handlers

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/lectern/lectern/internal/auth"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// ResetLinkTTL is how long a password reset link works.
const ResetLinkTTL = 72 * time.Hour

// NewResetToken returns a new reset link token and the hash the store
// keeps of it.
func NewResetToken() (token, hash string, err error) {
	token, err = newToken()
	return token, hashToken(token), err
}

// resetShownFor is how long the admin who made a reset link can see it
// again at its page (/admin/users/ID/reset): a reload shows the same link
// rather than making a new one, which would void the one passed on.
const resetShownFor = time.Hour

// shownReset is a reset link an admin made, kept in memory only (the
// database keeps its hash) so that its page shows it again.
type shownReset struct {
	token string
	made  time.Time
}

// resetKey names the link an admin made for an account.
type resetKey struct{ admin, user int64 }

// makeResetLink makes a one-time link with which the person of an account
// sets a new password (any earlier link stops working), then shows it at
// its page. Lectern sends no email: the admin passes the link on.
func (h *Handler) makeResetLink(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "No such account."))
		return
	}
	token, hash, err := NewResetToken()
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if err := h.db.CreatePasswordReset(r.Context(), id, hash, h.now().Add(ResetLinkTTL)); err != nil {
		h.fail(w, r, err)
		return
	}
	admin := userFrom(r.Context()).ID
	h.resetsShown.Add(resetKey{admin, id}, shownReset{token: token, made: h.now()})
	h.log.Info("password reset link made", "by", admin, "user_id", id)
	http.Redirect(w, r, "/admin/users/"+strconv.FormatInt(id, 10)+"/reset", http.StatusSeeOther)
}

// showResetLink shows the reset link the admin made for an account within
// the hour, if it still works, and otherwise offers to make one: showing
// never makes a link.
func (h *Handler) showResetLink(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "No such account."))
		return
	}
	vm, err := h.accountsVM(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	for _, a := range vm.Accounts {
		if a.ID == id {
			vm.ResetEmail = a.Email
		}
	}
	if vm.ResetEmail == "" {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "No such account."))
		return
	}
	vm.ResetFor = id
	key := resetKey{userFrom(r.Context()).ID, id}
	if s, ok := h.resetsShown.Get(key); ok && h.now().Sub(s.made) < resetShownFor {
		if _, err := h.db.FindPasswordReset(r.Context(), hashToken(s.token)); err == nil {
			vm.ResetLink = origin(r) + "/reset/" + s.token
		} else {
			h.resetsShown.Remove(key) // used, voided or expired
		}
	}
	h.render(w, r, http.StatusOK, views.AccountsPage(vm))
}

// origin is the scheme and host the request came to, for links that are
// passed on by hand.
func origin(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// showReset shows the new-password form of a live reset link.
func (h *Handler) showReset(w http.ResponseWriter, r *http.Request) {
	email, err := h.db.FindPasswordReset(r.Context(), hashToken(r.PathValue("token")))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.render(w, r, http.StatusOK, views.ResetPage(views.ResetVM{Page: h.page(r, "Set a new password"), Email: email, Action: r.URL.Path}))
}

// resetPassword sets the new password through a reset link, spends the
// link, signs the account out everywhere and signs this browser in.
func (h *Handler) resetPassword(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	token := hashToken(r.PathValue("token"))
	email, err := h.db.FindPasswordReset(r.Context(), token)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	vm := views.ResetVM{Page: h.page(r, "Set a new password"), Email: email, Action: r.URL.Path, Errors: map[string]string{}}
	password := r.PostForm.Get("password")
	if msg := auth.CheckPolicy(password, email); msg != "" {
		vm.Errors["password"] = msg
		h.render(w, r, http.StatusUnprocessableEntity, views.ResetPage(vm))
		return
	}
	hash, err := h.hashes.Hash(r.Context(), password)
	if err != nil {
		if !h.hashBusy(w, r, err) {
			h.fail(w, r, err)
		}
		return
	}
	id, err := h.db.UsePasswordReset(r.Context(), token, hash)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if err := h.startSession(w, r, id); err != nil {
		h.fail(w, r, err)
		return
	}
	h.log.Info("password reset", "user_id", id)
	http.Redirect(w, r, "/?password=changed", http.StatusSeeOther)
}

// showForgot says how to get back into an account without its password.
func (h *Handler) showForgot(w http.ResponseWriter, r *http.Request) {
	h.render(w, r, http.StatusOK, views.ForgotPage(h.page(r, "Forgot your password?")))
}

// showEmail shows the change-email form to a signed-in user.
func (h *Handler) showEmail(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	if u == nil || u.Anonymous() {
		http.Redirect(w, r, "/login?next=/account/email", http.StatusSeeOther)
		return
	}
	h.render(w, r, http.StatusOK, views.EmailPage(views.EmailVM{
		Page: h.page(r, "Change your email"), Current: u.Email, Saved: r.URL.Query().Get("saved") == "1",
	}))
}

// changeEmail checks the password and gives the account a new email.
func (h *Handler) changeEmail(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	u := userFrom(r.Context())
	if u == nil || u.Anonymous() {
		http.Redirect(w, r, "/login?next=/account/email", http.StatusSeeOther)
		return
	}
	vm := views.EmailVM{Page: h.page(r, "Change your email"), Current: u.Email, Email: strings.TrimSpace(r.PostForm.Get("email")), Errors: map[string]string{}}
	if msg := checkEmail(vm.Email); msg != "" {
		vm.Errors["email"] = msg
	} else if strings.EqualFold(vm.Email, u.Email) {
		vm.Errors["email"] = "This is your email already."
	}
	if len(vm.Errors) > 0 {
		h.render(w, r, http.StatusUnprocessableEntity, views.EmailPage(vm))
		return
	}
	if ok, status := h.checkCurrent(w, r, u, "This is not your password.", vm.Errors); !ok {
		if status != 0 {
			h.render(w, r, status, views.EmailPage(vm))
		}
		return
	}
	// Stored lower-cased, as sign-up stores it.
	if err := h.db.ChangeEmail(r.Context(), u.ID, strings.ToLower(vm.Email)); err != nil {
		if quiz.KindOf(err) == quiz.EConflict {
			vm.Errors["email"] = "This email cannot be used for your account. If it is yours, sign in with it instead."
			h.render(w, r, http.StatusUnprocessableEntity, views.EmailPage(vm))
			return
		}
		h.fail(w, r, err)
		return
	}
	h.log.Info("email changed", "user_id", u.ID)
	http.Redirect(w, r, "/account/email?saved=1", http.StatusSeeOther)
}
