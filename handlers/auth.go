package handlers

import (
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/mail"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/lectern/lectern/internal/auth"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// badLogin is said for an unknown email and a wrong password alike.
const badLogin = "That email and password do not match an account."

func (h *Handler) authPage(w http.ResponseWriter, r *http.Request, status int, vm views.AuthFormVM) {
	vm.Page = h.page(r, map[string]string{"login": "Sign in", "signup": "Create an account", "password": "Change password"}[vm.Mode])
	if u := userFrom(r.Context()); u != nil && u.Anonymous() {
		vm.HasProgress = true
	}
	h.render(w, r, status, views.AuthPage(vm))
}

// showLogin shows the sign-in form.
func (h *Handler) showLogin(w http.ResponseWriter, r *http.Request) {
	h.authPage(w, r, http.StatusOK, views.AuthFormVM{Mode: "login", Next: safeNext(r.URL.Query().Get("next"))})
}

// login signs a user in. Each password check is reserved with the
// sign-in guard before the password is hashed, so parallel tries count as
// many; failures say the same whether the email exists or not. The session
// gets a new id, and what the browser did anonymously is merged into the
// account.
func (h *Handler) login(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	email := strings.TrimSpace(r.PostForm.Get("email"))
	password := r.PostForm.Get("password")
	vm := views.AuthFormVM{Mode: "login", Email: email, Next: safeNext(r.PostForm.Get("next"))}
	client := h.clientKey(r)
	try, wait := h.signIn.Begin(email, client, h.now())
	if try == nil {
		h.log.Warn("sign-in throttled", "client", h.clientAddr(r))
		vm.Errors = map[string]string{"form": tooManyTries(wait)}
		setRetryAfter(w, wait)
		h.authPage(w, r, http.StatusTooManyRequests, vm)
		return
	}
	acct, err := h.db.FindAccount(r.Context(), email)
	switch {
	case quiz.KindOf(err) == quiz.ENotFound || email == "":
		err = h.hashes.VerifyNothing(r.Context(), password)
	case err != nil:
		try.Cancel()
		h.fail(w, r, err)
		return
	default:
		err = h.hashes.Verify(r.Context(), acct.PasswordHash, password)
	}
	if h.hashBusy(w, r, err) {
		try.Cancel()
		return
	}
	if err != nil {
		try.Failed()
		if !errors.Is(err, auth.ErrMismatch) && acct != nil {
			h.log.Error("verify password", "user_id", acct.ID, "err", err)
		}
		vm.Errors = map[string]string{"form": badLogin}
		h.authPage(w, r, http.StatusUnauthorized, vm)
		return
	}
	try.Succeeded()
	if u := userFrom(r.Context()); u != nil && u.Anonymous() {
		if err := h.db.MergeLearner(r.Context(), u.ID, acct.ID); err != nil {
			h.fail(w, r, err)
			return
		}
	}
	if err := h.startSession(w, r, acct.ID); err != nil {
		h.fail(w, r, err)
		return
	}
	h.log.Info("signed in", "user_id", acct.ID, "role", acct.Role)
	next := orHome(vm.Next)
	if vm.Next == "" && hasRole(&acct.User, quiz.RoleInstructor) {
		// An instructor signs in to teach: their courses, drafts and
		// classes, not the learners' list of courses.
		next = "/teach"
	}
	http.Redirect(w, r, next, http.StatusSeeOther)
}

// tooManyTries says how long to wait before trying again.
func tooManyTries(wait time.Duration) string {
	return "Too many tries. Wait " + waitPhrase(wait) + ", then try again."
}

// waitPhrase is a wait in words: "1 second", "40 seconds", "3 minutes".
func waitPhrase(wait time.Duration) string {
	n, unit := int(math.Ceil(wait.Seconds())), "second"
	if wait > time.Minute {
		n, unit = int(math.Ceil(wait.Minutes())), "minute"
	}
	n = max(n, 1)
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// setRetryAfter sets Retry-After to wait, in whole seconds (at least 1).
func setRetryAfter(w http.ResponseWriter, wait time.Duration) {
	w.Header().Set("Retry-After", strconv.Itoa(max(1, int(math.Ceil(wait.Seconds())))))
}

// hashBusy answers the request when err says that the password could not
// be hashed: 503 with Retry-After when the server has too many hashes
// running, nothing when the client went away. It reports whether it
// answered.
func (h *Handler) hashBusy(w http.ResponseWriter, r *http.Request, err error) bool {
	switch {
	case errors.Is(err, auth.ErrBusy):
		h.log.Warn("password hashing busy", "client", h.clientAddr(r), "path", r.URL.Path)
		w.Header().Set("Retry-After", strconv.Itoa(h.hashes.RetryAfter()))
		h.render(w, r, http.StatusServiceUnavailable, views.ErrorPage(views.ErrorVM{
			Page:    h.page(r, "Busy"),
			Status:  http.StatusServiceUnavailable,
			Heading: "Lectern is busy",
			Message: "Many people are signing in at this moment. Nothing was changed: wait a few seconds, then send the form again.",
		}))
		return true
	case r.Context().Err() != nil && errors.Is(err, r.Context().Err()):
		return true
	}
	return false
}

// startSession gives the browser a new session for the user, revoking the
// one it had: a change of privilege always gets a fresh session id.
func (h *Handler) startSession(w http.ResponseWriter, r *http.Request, userID int64) error {
	sess, err := h.sessions.Get(r, sessionName)
	if err != nil {
		return err
	}
	if err := h.sessions.Renew(r.Context(), sess); err != nil {
		return err
	}
	sess.Values = map[any]any{keyUserID: userID}
	return sess.Save(r, w)
}

// logout ends the session on the server and in the browser.
func (h *Handler) logout(w http.ResponseWriter, r *http.Request) {
	sess, err := h.sessions.Get(r, sessionName)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if sess.ID != "" {
		opts := *sess.Options
		opts.MaxAge = -1
		sess.Options = &opts
		if err := sess.Save(r, w); err != nil {
			h.fail(w, r, err)
			return
		}
	}
	http.Redirect(w, r, "/?signed-out=1", http.StatusSeeOther)
}

// showSignup shows the form to create an account.
func (h *Handler) showSignup(w http.ResponseWriter, r *http.Request) {
	if u := userFrom(r.Context()); u != nil && !u.Anonymous() {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	h.authPage(w, r, http.StatusOK, views.AuthFormVM{Mode: "signup"})
}

// emailUnusable is the answer to a sign-up with an email that has an
// account. A new account signs in at once, so no answer can look the same
// as success; this one does not say why the email cannot be used, and such
// answers are limited per address (signupsRefused).
const emailUnusable = "Lectern cannot create an account with this email address. If you made one before, sign in with it instead."

// signup creates a learner account. A browser that has progress becomes the
// account, so nothing it did is lost.
func (h *Handler) signup(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	u := userFrom(r.Context())
	if u != nil && !u.Anonymous() {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	email := strings.TrimSpace(r.PostForm.Get("email"))
	password := r.PostForm.Get("password")
	vm := views.AuthFormVM{Mode: "signup", Email: email, Errors: map[string]string{}}
	if msg := checkEmail(email); msg != "" {
		vm.Errors["email"] = msg
	}
	if msg := auth.CheckPolicy(password, email); msg != "" {
		vm.Errors["password"] = msg
	}
	if len(vm.Errors) > 0 {
		h.authPage(w, r, http.StatusUnprocessableEntity, vm)
		return
	}
	// Both limits are reserved before anything is hashed or looked up:
	// sign-ups per address, and answers that an email cannot be used.
	client, now := h.clientKey(r), h.now()
	for i, t := range []*auth.Throttle{h.signups, h.signupsRefused} {
		if ok, wait := t.Reserve(client, now); !ok {
			if i == 1 {
				h.signups.Cancel(client, now)
			}
			h.log.Warn("sign-up throttled", "client", h.clientAddr(r))
			vm.Errors["form"] = tooManyTries(wait)
			setRetryAfter(w, wait)
			h.authPage(w, r, http.StatusTooManyRequests, vm)
			return
		}
	}
	hash, err := h.hashes.Hash(r.Context(), password)
	if err != nil {
		h.signups.Cancel(client, now)
		h.signupsRefused.Cancel(client, now)
		if !h.hashBusy(w, r, err) {
			h.fail(w, r, err)
		}
		return
	}
	var id int64
	if u != nil {
		id, err = u.ID, h.db.UpgradeAnonymous(r.Context(), u.ID, email, hash)
	} else {
		id, err = h.db.CreateUser(r.Context(), email, hash, quiz.RoleLearner)
	}
	if quiz.KindOf(err) == quiz.EConflict {
		vm.Errors["email"] = emailUnusable
		h.authPage(w, r, http.StatusUnprocessableEntity, vm)
		return
	}
	h.signupsRefused.Cancel(client, now)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if err := h.startSession(w, r, id); err != nil {
		h.fail(w, r, err)
		return
	}
	h.log.Info("account created", "user_id", id)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// showPassword shows the change-password form to a signed-in user.
func (h *Handler) showPassword(w http.ResponseWriter, r *http.Request) {
	if u := userFrom(r.Context()); u == nil || u.Anonymous() {
		http.Redirect(w, r, "/login?next=/password", http.StatusSeeOther)
		return
	}
	h.authPage(w, r, http.StatusOK, views.AuthFormVM{Mode: "password"})
}

// changePassword checks the current password, sets the new one, revokes
// every session of the user, and signs this browser in again.
func (h *Handler) changePassword(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	u := userFrom(r.Context())
	if u == nil || u.Anonymous() {
		http.Redirect(w, r, "/login?next=/password", http.StatusSeeOther)
		return
	}
	vm := views.AuthFormVM{Mode: "password", Errors: map[string]string{}}
	password := r.PostForm.Get("password")
	if msg := auth.CheckPolicy(password, u.Email); msg != "" {
		// Refused before the current password is checked: no hash spent.
		vm.Errors["password"] = msg
		h.authPage(w, r, http.StatusUnprocessableEntity, vm)
		return
	}
	if ok, status := h.checkCurrent(w, r, u, "This is not your current password.", vm.Errors); !ok {
		if status != 0 {
			h.authPage(w, r, status, vm)
		}
		return
	}
	hash, err := h.hashes.Hash(r.Context(), password)
	if err != nil {
		if !h.hashBusy(w, r, err) {
			h.fail(w, r, err)
		}
		return
	}
	if err := h.db.SetPassword(r.Context(), u.ID, hash); err != nil {
		h.fail(w, r, err)
		return
	}
	if err := h.startSession(w, r, u.ID); err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/?password=changed", http.StatusSeeOther)
}

// checkCurrent checks the password a signed-in user typed in the form's
// "current" field, through the sign-in throttle, and reports whether it is
// right. When it is not, it either fills errs ("form" after too many
// tries, with Retry-After set; "current" with the message wrong) and
// returns the status to show the form again with, or returns status 0
// having answered already (the hasher busy, a server error).
func (h *Handler) checkCurrent(w http.ResponseWriter, r *http.Request, u *quiz.User, wrong string, errs map[string]string) (ok bool, status int) {
	acct, err := h.db.FindAccount(r.Context(), u.Email)
	if err != nil {
		h.fail(w, r, err)
		return false, 0
	}
	try, wait := h.signIn.Begin(u.Email, h.clientKey(r), h.now())
	if try == nil {
		errs["form"] = tooManyTries(wait)
		setRetryAfter(w, wait)
		return false, http.StatusTooManyRequests
	}
	err = h.hashes.Verify(r.Context(), acct.PasswordHash, r.PostForm.Get("current"))
	if h.hashBusy(w, r, err) {
		try.Cancel()
		return false, 0
	}
	if err != nil {
		try.Failed()
		errs["current"] = wrong
		return false, http.StatusUnprocessableEntity
	}
	try.Succeeded()
	return true, 0
}

func checkEmail(email string) string {
	if email == "" {
		return "Type your email address."
	}
	a, err := mail.ParseAddress(email)
	if err != nil || a.Address != email || len(email) > 254 || !strings.Contains(email[strings.LastIndex(email, "@")+1:], ".") {
		return "This does not look like an email address, such as ada@example.org."
	}
	return ""
}

// safeNext keeps a redirect target only when it is a path on this site
// as a browser would read it. Browsers drop tabs and line breaks from a
// URL and read a backslash as a slash, so "/\t/evil.example" and
// "/\\evil.example" are the host-relative "//evil.example" to them: those
// characters are removed first, and then anything that is not a plain
// absolute path (a scheme, a host, a leading "//" or "/\\", any other
// control character) is refused. It returns the cleaned path, or "".
func safeNext(next string) string {
	next = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\r' || r == '\n' {
			return -1
		}
		return r
	}, next)
	if len(next) > 2048 || !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") ||
		strings.ContainsRune(next, '\\') || strings.ContainsFunc(next, unicode.IsControl) {
		return ""
	}
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || u.Opaque != "" || !strings.HasPrefix(u.Path, "/") ||
		strings.HasPrefix(u.Path, "//") {
		return ""
	}
	return next
}

func orHome(next string) string {
	if next == "" {
		return "/"
	}
	return next
}
