package handlers

import (
	"errors"
	"fmt"
	"math"
	"net"
	"net/http"
	"net/mail"
	"strings"
	"time"

	"github.com/lectern/lectern/internal/auth"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/store"
	"github.com/lectern/lectern/views"
)

// Failed sign-ins allowed per account and per client address within the
// window before further tries are refused.
const (
	maxFailsPerAccount = 5
	maxFailsPerClient  = 30
	failWindow         = 15 * time.Minute
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

// login signs a user in. Failures are throttled per account and per
// client address, and say the same whether the email exists or not. The
// session gets a new id, and what the browser did anonymously is merged
// into the account.
func (h *Handler) login(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	email := strings.TrimSpace(r.PostForm.Get("email"))
	password := r.PostForm.Get("password")
	vm := views.AuthFormVM{Mode: "login", Email: email, Next: safeNext(r.PostForm.Get("next"))}
	now := h.now()
	acctKey, clientKey := "account:"+strings.ToLower(email), "client:"+clientAddr(r)
	for _, k := range []struct {
		t   *auth.Throttle
		key string
	}{{h.accountThrottle, acctKey}, {h.clientThrottle, clientKey}} {
		if ok, wait := k.t.Allowed(k.key, now); !ok {
			vm.Errors = map[string]string{"form": fmt.Sprintf("Too many failed attempts. Try again in %d minutes.", int(math.Ceil(wait.Minutes())))}
			h.log.Warn("sign-in throttled", "client", clientAddr(r))
			h.authPage(w, r, http.StatusTooManyRequests, vm)
			return
		}
	}
	acct, err := h.db.FindAccount(r.Context(), email)
	switch {
	case quiz.KindOf(err) == quiz.ENotFound || email == "":
		auth.VerifyNothing(password)
		err = auth.ErrMismatch
	case err != nil:
		h.fail(w, r, err)
		return
	default:
		err = auth.Verify(acct.PasswordHash, password)
	}
	if err != nil {
		if !errors.Is(err, auth.ErrMismatch) {
			h.log.Error("verify password", "user_id", acct.ID, "err", err)
		}
		h.accountThrottle.Fail(acctKey, now)
		h.clientThrottle.Fail(clientKey, now)
		vm.Errors = map[string]string{"form": badLogin}
		h.authPage(w, r, http.StatusUnauthorized, vm)
		return
	}
	h.accountThrottle.Reset(acctKey)
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
	http.Redirect(w, r, orHome(vm.Next), http.StatusSeeOther)
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
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// showSignup shows the form to create an account.
func (h *Handler) showSignup(w http.ResponseWriter, r *http.Request) {
	if u := userFrom(r.Context()); u != nil && !u.Anonymous() {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	h.authPage(w, r, http.StatusOK, views.AuthFormVM{Mode: "signup"})
}

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
	hash, err := auth.Hash(password)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	var id int64
	if u != nil {
		id, err = u.ID, h.db.UpgradeAnonymous(r.Context(), u.ID, email, hash)
	} else {
		id, err = h.db.CreateUser(r.Context(), email, hash, store.RoleLearner)
	}
	if quiz.KindOf(err) == quiz.EConflict {
		vm.Errors["email"] = "An account with this email exists already: sign in instead."
		h.authPage(w, r, http.StatusUnprocessableEntity, vm)
		return
	}
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
	acct, err := h.db.FindAccount(r.Context(), u.Email)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	now := h.now()
	key := "account:" + strings.ToLower(u.Email)
	if ok, _ := h.accountThrottle.Allowed(key, now); !ok {
		vm.Errors["form"] = "Too many failed attempts. Try again later."
		h.authPage(w, r, http.StatusTooManyRequests, vm)
		return
	}
	if err := auth.Verify(acct.PasswordHash, r.PostForm.Get("current")); err != nil {
		h.accountThrottle.Fail(key, now)
		vm.Errors["current"] = "This is not your current password."
		h.authPage(w, r, http.StatusUnprocessableEntity, vm)
		return
	}
	password := r.PostForm.Get("password")
	if msg := auth.CheckPolicy(password, u.Email); msg != "" {
		vm.Errors["password"] = msg
		h.authPage(w, r, http.StatusUnprocessableEntity, vm)
		return
	}
	hash, err := auth.Hash(password)
	if err != nil {
		h.fail(w, r, err)
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

// safeNext keeps a redirect target only when it is a path on this site.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.ContainsAny(next, "\\\r\n") {
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

// clientAddr is the client's IP address as this server sees it.
func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
