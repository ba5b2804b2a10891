package handlers

import (
	"net/http"
	"strings"

	"github.com/lectern/lectern/internal/store"
	"github.com/lectern/lectern/static"
)

// Route is one registered route, listed so tests can walk them all. Role,
// when set, is the least role that may use it (instructor routes admit
// admins too).
type Route struct {
	Pattern string
	Handler http.HandlerFunc
	Role    string
}

// Routes lists every route Lectern serves, in one place.
func (h *Handler) Routes() []Route {
	return []Route{
		{"GET /{$}", h.showHome, ""},
		{"GET /healthz", h.health, ""},
		{"GET /courses/{slug}", h.showCourse, ""},
		{"GET /courses/{slug}/read", h.showArticle, ""},
		{"GET /courses/{slug}/themes/{theme}", h.showTheme, ""},
		{"POST /courses/{slug}/quiz", h.startQuiz, ""},
		{"GET /attempts/{id}", h.resumeAttempt, ""},
		{"GET /attempts/{id}/q/{n}", h.showQuestion, ""},
		{"POST /attempts/{id}/q/{n}", h.submitAnswer, ""},
		{"GET /attempts/{id}/results", h.showResults, ""},
		{"POST /attempts/{id}/retry", h.retryMissed, ""},
		{"GET /courses/{slug}/review", h.showReview, ""},
		{"GET /courses/{slug}/review/{card}", h.showCardBack, ""},
		{"POST /courses/{slug}/review/{card}", h.rateCard, ""},
		{"POST /courses/{slug}/review/undo", h.undoReview, ""},
		{"GET /courses/{slug}/leeches", h.showLeeches, ""},
		{"POST /courses/{slug}/cards/{card}/suspend", h.suspendCard, ""},
		{"GET /login", h.showLogin, ""},
		{"POST /login", h.login, ""},
		{"POST /logout", h.logout, ""},
		{"GET /signup", h.showSignup, ""},
		{"POST /signup", h.signup, ""},
		{"GET /password", h.showPassword, ""},
		{"POST /password", h.changePassword, ""},
		{"GET /settings", h.showSettings, ""},
		{"POST /settings", h.saveSettings, ""},
		{"GET /teach", h.showTeach, store.RoleInstructor},
		{"GET /teach/courses/{slug}", h.showTeachCourse, store.RoleInstructor},
		{"GET /teach/courses/{slug}/export/{format}", h.exportCourse, store.RoleInstructor},
		{"GET /teach/sets/{id}", h.showTeachSet, store.RoleInstructor},
		{"POST /teach/sets/{id}/status", h.setStatus, store.RoleInstructor},
		{"POST /teach/sets/{id}/duplicate", h.duplicateSet, store.RoleInstructor},
		{"POST /teach/sets/{id}/delete", h.deleteSet, store.RoleInstructor},
		{"POST /teach/sets/{id}/move", h.moveSet, store.RoleInstructor},
		{"POST /teach/sets/{id}/rename", h.renameSet, store.RoleInstructor},
		{"GET /teach/sets/{id}/export/{format}", h.exportSet, store.RoleInstructor},
		{"POST /teach/questions/{id}/move", h.moveQuestion, store.RoleInstructor},
		{"GET /teach/sets/{id}/settings", h.showSetSettings, store.RoleInstructor},
		{"POST /teach/sets/{id}/settings", h.saveSetSettings, store.RoleInstructor},
		{"GET /teach/sets/{id}/questions/new", h.newQuestion, store.RoleInstructor},
		{"POST /teach/sets/{id}/questions", h.createQuestion, store.RoleInstructor},
		{"GET /teach/questions/{id}/edit", h.editQuestion, store.RoleInstructor},
		{"POST /teach/questions/{id}", h.updateQuestion, store.RoleInstructor},
		{"POST /teach/questions/{id}/delete", h.deleteQuestion, store.RoleInstructor},
		{"GET /teach/courses/{slug}/import", h.importForm, store.RoleInstructor},
		{"POST /teach/courses/{slug}/import", h.uploadImport, store.RoleInstructor},
		{"GET /teach/imports/{id}", h.showImportPreview, store.RoleInstructor},
		{"POST /teach/imports/{id}", h.confirmImport, store.RoleInstructor},
		{"POST /teach/imports/{id}/cancel", h.cancelImport, store.RoleInstructor},
		// Course authoring routes.
		{"GET /teach/courses/new", h.newCourse, store.RoleInstructor},
		{"POST /teach/courses/new", h.createCourse, store.RoleInstructor},
		{"GET /teach/courses/{slug}/themes", h.editThemes, store.RoleInstructor},
		{"POST /teach/courses/{slug}/themes", h.saveThemes, store.RoleInstructor},
		{"POST /teach/courses/{slug}/sets", h.createSet, store.RoleInstructor},
		{"GET /teach/courses/{slug}/themes/{theme}/cards", h.showThemeCards, store.RoleInstructor},
		{"POST /teach/courses/{slug}/themes/{theme}/cards", h.createCard, store.RoleInstructor},
		{"GET /teach/cards/{id}/edit", h.editCard, store.RoleInstructor},
		{"POST /teach/cards/{id}", h.updateCard, store.RoleInstructor},
		{"POST /teach/cards/{id}/delete", h.deleteCard, store.RoleInstructor},
		// Review queue routes.
		{"GET /teach/courses/{slug}/drafts", h.showDrafts, store.RoleInstructor},
		{"POST /teach/courses/{slug}/drafts/generate", h.generateDrafts, store.RoleInstructor},
		{"GET /teach/courses/{slug}/drafts/{theme}", h.showDraftQueue, store.RoleInstructor},
		{"POST /teach/courses/{slug}/drafts/{theme}/bulk", h.bulkDrafts, store.RoleInstructor},
		{"POST /teach/courses/{slug}/drafts/{theme}/more", h.moreDrafts, store.RoleInstructor},
		{"POST /teach/drafts/{id}/accept", h.acceptDraft, store.RoleInstructor},
		{"POST /teach/drafts/{id}/reject", h.rejectDraft, store.RoleInstructor},
		{"POST /teach/drafts/{id}/restore", h.restoreDraft, store.RoleInstructor},
		{"GET /teach/drafts/{id}/edit", h.editDraft, store.RoleInstructor},
		{"POST /teach/drafts/{id}/edit", h.saveDraft, store.RoleInstructor},
		// Admin routes.
		{"GET /admin/users", h.showAccounts, store.RoleAdmin},
		{"POST /admin/users", h.inviteAccount, store.RoleAdmin},
		{"POST /admin/users/{id}/role", h.changeRole, store.RoleAdmin},
		{"GET /static/{name}", static.Handler().ServeHTTP, ""},
		{"/", h.notFound, ""},
	}
}

func (h *Handler) routes() {
	h.reservedSlugs = reservedCourseSlugs(h.Routes())
	for _, rt := range h.Routes() {
		if rt.Role != "" {
			h.mux.Handle(rt.Pattern, h.requireRole(rt.Role, rt.Handler))
			continue
		}
		h.mux.HandleFunc(rt.Pattern, rt.Handler)
	}
}

// reservedCourseSlugs lists the fixed path segments that routes put where
// a course's slug goes, such as "new" in /teach/courses/new: a course with
// such a slug could not be reached at its own address.
func reservedCourseSlugs(routes []Route) map[string]bool {
	out := map[string]bool{}
	for _, rt := range routes {
		path := rt.Pattern
		if _, p, ok := strings.Cut(path, " "); ok {
			path = p
		}
		for _, prefix := range []string{"/courses/", "/teach/courses/"} {
			rest, ok := strings.CutPrefix(path, prefix)
			if !ok {
				continue
			}
			if seg, _, _ := strings.Cut(rest, "/"); seg != "" && !strings.HasPrefix(seg, "{") {
				out[seg] = true
			}
		}
	}
	return out
}
