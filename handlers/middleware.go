package handlers

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// contentSecurityPolicy allows only Lectern's own files: no inline script,
// no inline style, nothing from elsewhere, and no framing.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// middleware wraps the routes, outermost first: recover from panics, log,
// set security headers, limit bodies, refuse cross-origin writes, load the
// user.
func (h *Handler) middleware(next http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.fail(w, r, quiz.Errorf(quiz.EForbidden, "This form was sent from another site, so Lectern refused it. Go back, reload the page and try again."))
	}))
	return h.recoverer(h.logRequests(h.secureHeaders(h.limitBody(cop.Handler(h.loadUser(next))))))
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	return s.ResponseWriter.Write(b)
}

func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

func (h *Handler) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				h.log.Error("panic", "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
				h.fail(w, r, quiz.Errorf(quiz.EInternal, "internal"))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

func (h *Handler) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		h.log.Debug("request", "method", r.Method, "path", r.URL.Path, "status", rec.status, "duration_ms", time.Since(start).Milliseconds())
	})
}

func (h *Handler) secureHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", contentSecurityPolicy)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "same-origin")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}

// limitBody refuses a declared oversize body at once with a 413 page, and
// caps undeclared ones so that reading past the limit fails (parseForm then
// answers 413 too).
func (h *Handler) limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		limit := h.maxBody
		if isUpload(r) {
			limit = h.maxImport + 64<<10 // the file and the form around it
		}
		if r.ContentLength > limit {
			h.tooLarge(w, r, limit)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, limit)
		next.ServeHTTP(w, r)
	})
}

// isUpload reports whether r posts a file to import.
func isUpload(r *http.Request) bool {
	if r.Method != http.MethodPost {
		return false
	}
	// The question editor, which may carry an image.
	if strings.HasPrefix(r.URL.Path, "/teach/questions/") && strings.Count(r.URL.Path, "/") == 3 ||
		strings.HasPrefix(r.URL.Path, "/teach/sets/") && strings.HasSuffix(r.URL.Path, "/questions") {
		return true
	}
	// The written card's form, which may carry an image on each side.
	if strings.HasPrefix(r.URL.Path, "/teach/cards/") && strings.Count(r.URL.Path, "/") == 3 ||
		strings.HasPrefix(r.URL.Path, "/teach/courses/") && strings.HasSuffix(r.URL.Path, "/cards") {
		return true
	}
	return strings.HasPrefix(r.URL.Path, "/teach/courses/") &&
		(strings.HasSuffix(r.URL.Path, "/import") || r.URL.Path == "/teach/courses/new")
}

func (h *Handler) tooLarge(w http.ResponseWriter, r *http.Request, limit int64) {
	w.Header().Set("Connection", "close")
	h.render(w, r, http.StatusRequestEntityTooLarge, views.ErrorPage(views.ErrorVM{
		Page:    h.page(r, "Too large"),
		Status:  http.StatusRequestEntityTooLarge,
		Heading: "That was too large",
		Message: "What you sent is larger than Lectern accepts (" + byteSize(limit) + "). Nothing was saved. Go back and send something smaller.",
	}))
}

type ctxKey int

const userKey ctxKey = 1

// loadUser puts the session's user, if any, into the request context. It
// never creates a session or a user: a page view leaves no trace.
func (h *Handler) loadUser(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := r.Cookie(sessionName); err == nil && !isStatic(r) {
			if sess, err := h.sessions.Get(r, sessionName); err == nil {
				if u, ok := sess.Values[sessionUser{}].(*quiz.User); ok {
					r = r.WithContext(context.WithValue(r.Context(), userKey, u))
				}
				if _, ok := sess.Values[keyFlash]; ok {
					r = h.takeFlash(w, r)
				}
			}
		}
		next.ServeHTTP(w, r)
	})
}

func isStatic(r *http.Request) bool {
	return len(r.URL.Path) > 8 && r.URL.Path[:8] == "/static/"
}

func userFrom(ctx context.Context) *quiz.User {
	u, _ := ctx.Value(userKey).(*quiz.User)
	return u
}

// errAnswered is returned by a helper that has answered the request
// itself; fail then writes nothing more.
var errAnswered = errors.New("handlers: answered already")

// learner returns the current user, creating an anonymous learner (and the
// session that remembers it) when the browser has none: called only when
// the visitor does something worth keeping. New learners are limited per
// client address (answered 429, with errAnswered returned).
func (h *Handler) learner(w http.ResponseWriter, r *http.Request) (*quiz.User, error) {
	if u := userFrom(r.Context()); u != nil {
		return u, nil
	}
	if h.tooManyVisitors(w, r) {
		return nil, errAnswered
	}
	id, err := h.db.CreateAnonymousLearner(r.Context())
	if err != nil {
		return nil, err
	}
	sess, err := h.sessions.Get(r, sessionName)
	if err != nil {
		return nil, err
	}
	sess.Values[keyUserID] = id
	if err := sess.Save(r, w); err != nil {
		return nil, err
	}
	return h.db.FindUser(r.Context(), id)
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return itoa(int(n>>20)) + " MiB"
	case n >= 1<<10:
		return itoa(int(n>>10)) + " KiB"
	}
	return itoa(int(n)) + " bytes"
}

// requireRole admits only signed-in users with the role or a higher one:
// a visitor is sent to sign in (or refused, for a form post), an account
// with a lower role is refused. The messages name the role needed.
func (h *Handler) requireRole(role string, next http.Handler) http.Handler {
	need := roleAccount(role)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u := userFrom(r.Context())
		if u == nil || u.Anonymous() {
			if r.Method == http.MethodGet {
				http.Redirect(w, r, "/login?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
				return
			}
			h.fail(w, r, quiz.Errorf(quiz.EUnauthorized, "Sign in with %s to do this.", need))
			return
		}
		if !hasRole(u, role) {
			h.fail(w, r, quiz.Errorf(quiz.EForbidden, "This page needs %s. Your account is %s.", need, roleAccount(u.Role)))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// roleAccount names an account of a role, for messages.
func roleAccount(role string) string {
	switch role {
	case quiz.RoleLearner:
		return "a learner’s account"
	case quiz.RoleInstructor:
		return "an instructor’s account"
	case quiz.RoleAdmin:
		return "an admin account"
	}
	return "an account with the role “" + role + "”"
}

// hasRole reports whether u has role or one above it.
func hasRole(u *quiz.User, role string) bool {
	rank := map[string]int{quiz.RoleLearner: 0, quiz.RoleInstructor: 1, quiz.RoleAdmin: 2}
	return rank[u.Role] >= rank[role]
}
