// Package handlers is Lectern's HTTP layer: routes, middleware, sessions,
// and one file per use case. Each handler reads who the user is, parses and
// validates the form, calls the store or a pure package, then renders or
// redirects.
package handlers

import (
	"context"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/netip"
	"time"

	"github.com/lectern/lectern/internal/admit"
	"github.com/lectern/lectern/internal/auth"
	"github.com/lectern/lectern/internal/jobs"
	"github.com/lectern/lectern/internal/lru"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// Deps is what the handlers need from the rest of the application.
type Deps struct {
	Store    Store
	Sessions *SessionStore
	Log      *slog.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Rand seeds the shuffling of questions and options; nil means a
	// random seed per attempt.
	Rand func() *rand.Rand
	// MaxBodyBytes limits request bodies; 0 means 1 MiB.
	MaxBodyBytes int64
	// MixedQuizSize is how many questions a mixed quiz draws; 0 means 15.
	MixedQuizSize int
	// MaxImportBytes limits an uploaded question file; 0 means 5 MiB.
	MaxImportBytes int64
	// TrustedProxies are the proxies whose X-Forwarded-For is believed;
	// none by default, so the client is the connection's peer.
	TrustedProxies []netip.Prefix
	// Hashes bounds the password hashes running at once; nil means one
	// per CPU, each request waiting at most auth.DefaultGateWait.
	Hashes *auth.Gate
	// Visitors limits how fast one client address can make anonymous
	// learners; the zero value means DefaultVisitorLimit.
	Visitors VisitorLimit
	// JobWorkers is how many background jobs run at once; 0 means 1.
	JobWorkers int
	// JobWait is how long a form that starts a job waits for it before
	// showing the job's status page: a job done by then goes straight to
	// its result. 0 means DefaultJobWait; negative, no wait.
	JobWait time.Duration
	// JobHook, when set, is called as each job starts, with the job's
	// context; tests hold a job there.
	JobHook func(ctx context.Context, j *quiz.Job)
	// ImportJobBytes is the size of an upload from which confirming it
	// imports in the background; 0 means DefaultImportJobBytes.
	ImportJobBytes int64
	// MemorySyncMax is how many flashcard states a view of the whole
	// course's statistics reads before leaving the learners' memory of
	// each question to the background; 0 means 4,000.
	MemorySyncMax int
	// Gate orders the learners' pages when the server is busy (package
	// admit); nil means one slot per CPU. NoGate serves them unordered.
	Gate   *admit.Gate
	NoGate bool
}

// sharedTries is what a store offers when several servers may share it:
// the sign-in tries are then kept in it (auth.TryStore).
type sharedTries interface {
	auth.TryStore
	SharesServers() bool
}

// sharedLimits is what a store offers to keep the per-address limits
// (sign-ups, class codes, new visitors) in the database, so that servers
// sharing it count each address together.
type sharedLimits interface {
	auth.TryStore
	TakeToken(ctx context.Context, scope, key string, now time.Time, burst int, every time.Duration) (time.Duration, error)
}

// Handler serves Lectern over HTTP.
type Handler struct {
	gate      *admit.Gate
	db        Store
	sessions  *SessionStore
	log       *slog.Logger
	now       func() time.Time
	rand      func() *rand.Rand
	maxBody   int64
	maxImport int64
	mixed     int
	mux       *http.ServeMux
	root      http.Handler

	// reservedSlugs are course slugs that fixed routes already use.
	reservedSlugs map[string]bool

	trustedProxies []netip.Prefix
	hashes         *auth.Gate                       // bounds concurrent password hashing
	signIn         *auth.SignInGuard                // password checks per account and address
	signups        *auth.Throttle                   // sign-ups per client address
	signupsRefused *auth.Throttle                   // sign-ups refused for a taken email, per client address
	visitors       *visitorLimiter                  // anonymous learners made per client address
	wrongCodes     *auth.Throttle                   // class codes tried that name no class, per client address
	gzPages        *gzPages                         // compressed forms of recently served pages
	keySentences   *keySentences                    // where the sentence a question tests lies in its paragraph
	resetsShown    *lru.Cache[resetKey, shownReset] // reset links made in the last hour, shown again on reload
	jobs           *jobs.Runner                     // runs drafting and large imports in the background
	jobWait        time.Duration
	importJobBytes int64
	memories       memoryCache // large courses' memory figures, worked out in the background
	memorySyncMax  int         // card states read on a statistics view before the background takes over
}

// New builds the handler with every route and the middleware around them.
func New(d Deps) *Handler {
	h := &Handler{
		db:        d.Store,
		sessions:  d.Sessions,
		log:       d.Log,
		now:       d.Now,
		rand:      d.Rand,
		maxBody:   d.MaxBodyBytes,
		maxImport: d.MaxImportBytes,
		mixed:     d.MixedQuizSize,
		mux:       http.NewServeMux(),

		trustedProxies: d.TrustedProxies,
		hashes:         d.Hashes,
		signIn:         auth.NewSignInGuard(),
		signups:        auth.NewThrottle(signupsFree, time.Hour, time.Minute, time.Hour),
		signupsRefused: auth.NewThrottle(signupsRefusedFree, time.Hour, time.Minute, time.Hour),
		visitors:       newVisitorLimiter(d.Visitors),
		wrongCodes:     auth.NewThrottle(wrongCodesFree, time.Hour, time.Minute, time.Hour),
		gzPages:        newGzPages(),
		keySentences:   newKeySentences(),
		memories:       memoryCache{courses: map[int64]*courseMemory{}},
		resetsShown:    lru.New[resetKey, shownReset](1000),
	}
	if h.hashes == nil {
		h.hashes = auth.NewGate(0, 0)
	}
	// Servers sharing one database count sign-in tries together, in it.
	if ts, ok := d.Store.(sharedTries); ok && ts.SharesServers() {
		h.signIn.Share(ts)
	}
	// The per-address limits are kept in the database on SQLite too: one
	// small write per counted request, and servers on one file agree.
	if ls, ok := d.Store.(sharedLimits); ok {
		h.signups.Share(ls, "signup")
		h.signupsRefused.Share(ls, "signup-refused")
		h.wrongCodes.Share(ls, "class-code")
		h.visitors.share(ls)
	}
	if h.log == nil {
		h.log = slog.Default()
	}
	if h.now == nil {
		h.now = time.Now
	}
	if h.memorySyncMax = d.MemorySyncMax; h.memorySyncMax <= 0 {
		h.memorySyncMax = memorySyncMax
	}
	if h.rand == nil {
		h.rand = func() *rand.Rand { return rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64())) }
	}
	if h.maxBody == 0 {
		h.maxBody = 1 << 20
	}
	if h.maxImport == 0 {
		h.maxImport = 5 << 20
	}
	if h.mixed == 0 {
		h.mixed = 15
	}
	h.jobWait, h.importJobBytes = d.JobWait, d.ImportJobBytes
	if h.jobWait == 0 {
		h.jobWait = DefaultJobWait
	}
	if h.importJobBytes == 0 {
		h.importJobBytes = DefaultImportJobBytes
	}
	h.jobs = jobs.New(h.db, h.log, h.jobKinds(), jobs.Options{Workers: d.JobWorkers, Hook: d.JobHook})
	switch {
	case d.NoGate:
	case d.Gate != nil:
		h.gate = d.Gate
	default:
		h.gate = admit.New(0, 0)
	}
	// The group commit the learners' answers wait for takes its turn at
	// the same gate, ahead of them.
	if s, ok := d.Store.(interface{ ShareCores(*admit.Gate) }); ok && h.gate != nil {
		s.ShareCores(h.gate)
	}
	h.routes()
	h.root = h.middleware(h.mux)
	return h
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.root.ServeHTTP(w, r) }

// page returns the frame data every page needs.
func (h *Handler) page(r *http.Request, title string) views.Page {
	p := views.Page{Title: title}
	p.Flash, p.FlashAction = flashMessage(r.Context())
	if r.URL.Query().Get("password") == "changed" {
		p.Flash = "Your password is changed: you are signed in here and signed out everywhere else."
	}
	if u := userFrom(r.Context()); u != nil && !u.Anonymous() {
		p.UserLabel = u.Email
		p.Teaches = hasRole(u, quiz.RoleInstructor)
		p.Admin = hasRole(u, quiz.RoleAdmin)
	}
	return p
}

// coursePage is page for an instructor's page about a course: a draft
// course gets the banner that says learners cannot see it, with Publish.
func (h *Handler) coursePage(r *http.Request, title string, c *quiz.StoredCourse) views.Page {
	p := h.page(r, title)
	if c.Status == quiz.CourseDraft {
		p.DraftCourse = &views.DraftCourseVM{Slug: c.Slug, Back: r.URL.Path}
	}
	return p
}
