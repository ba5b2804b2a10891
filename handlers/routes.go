package handlers

import (
	"net/http"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
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
		{"GET /courses/{slug}/progress", h.showProgress, ""},
		{"GET /courses/{slug}/map", h.showArticleMap, ""},
		{"GET /progress", h.showProgressIndex, ""},
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
		{"GET /forgot", h.showForgot, ""},
		{"GET /reset/{token}", h.showReset, ""},
		{"POST /reset/{token}", h.resetPassword, ""},
		{"GET /account/email", h.showEmail, ""},
		{"POST /account/email", h.changeEmail, ""},
		{"GET /settings", h.showSettings, ""},
		{"POST /settings", h.saveSettings, ""},
		{"GET /settings/data", h.downloadData, ""},
		{"GET /settings/delete", h.confirmDeleteData, ""},
		{"POST /settings/delete", h.deleteData, ""},
		{"GET /teach", h.showTeach, quiz.RoleInstructor},
		{"GET /teach/courses/{slug}", h.showTeachCourse, quiz.RoleInstructor},
		{"GET /teach/courses/{slug}/export/{format}", h.exportCourse, quiz.RoleInstructor},
		{"GET /teach/courses/{slug}/statistics", h.showStatistics, quiz.RoleInstructor},
		{"GET /teach/courses/{slug}/statistics.csv", h.downloadStatistics, quiz.RoleInstructor},
		{"GET /teach/courses/{slug}/responses.csv", h.downloadResponses, quiz.RoleInstructor},
		{"GET /teach/sets/{id}", h.showTeachSet, quiz.RoleInstructor},
		{"POST /teach/sets/{id}/status", h.setStatus, quiz.RoleInstructor},
		{"POST /teach/sets/{id}/duplicate", h.duplicateSet, quiz.RoleInstructor},
		{"GET /teach/sets/{id}/delete", h.confirmDeleteSet, quiz.RoleInstructor},
		{"POST /teach/sets/{id}/delete", h.deleteSet, quiz.RoleInstructor},
		{"POST /teach/sets/{id}/move", h.moveSet, quiz.RoleInstructor},
		{"POST /teach/sets/{id}/rename", h.renameSet, quiz.RoleInstructor},
		{"GET /teach/sets/{id}/export/{format}", h.exportSet, quiz.RoleInstructor},
		{"POST /teach/questions/{id}/move", h.moveQuestion, quiz.RoleInstructor},
		{"GET /teach/sets/{id}/settings", h.showSetSettings, quiz.RoleInstructor},
		{"POST /teach/sets/{id}/settings", h.saveSetSettings, quiz.RoleInstructor},
		{"GET /teach/sets/{id}/questions/new", h.newQuestion, quiz.RoleInstructor},
		{"POST /teach/sets/{id}/questions", h.createQuestion, quiz.RoleInstructor},
		{"GET /teach/questions/{id}/edit", h.editQuestion, quiz.RoleInstructor},
		{"POST /teach/questions/{id}", h.updateQuestion, quiz.RoleInstructor},
		{"POST /teach/questions/{id}/delete", h.deleteQuestion, quiz.RoleInstructor},
		{"POST /teach/questions/{id}/restore", h.restoreQuestion, quiz.RoleInstructor},
		{"GET /teach/courses/{slug}/import", h.importForm, quiz.RoleInstructor},
		{"POST /teach/courses/{slug}/import", h.uploadImport, quiz.RoleInstructor},
		{"GET /teach/imports/{id}", h.showImportPreview, quiz.RoleInstructor},
		{"POST /teach/imports/{id}", h.confirmImport, quiz.RoleInstructor},
		{"POST /teach/imports/{id}/cancel", h.cancelImport, quiz.RoleInstructor},
		{"GET /teach/imports/{id}/images/{hash}", h.showImportImage, quiz.RoleInstructor},
		// Course authoring routes.
		{"GET /teach/courses/new", h.newCourse, quiz.RoleInstructor},
		{"POST /teach/courses/new", h.createCourse, quiz.RoleInstructor},
		{"GET /teach/courses/{slug}/themes", h.editThemes, quiz.RoleInstructor},
		{"POST /teach/courses/{slug}/themes", h.saveThemes, quiz.RoleInstructor},
		{"POST /teach/courses/{slug}/sets", h.createSet, quiz.RoleInstructor},
		{"GET /teach/courses/{slug}/themes/{theme}/cards", h.showThemeCards, quiz.RoleInstructor},
		{"POST /teach/courses/{slug}/themes/{theme}/cards", h.createCard, quiz.RoleInstructor},
		{"GET /teach/cards/{id}/edit", h.editCard, quiz.RoleInstructor},
		{"POST /teach/cards/{id}", h.updateCard, quiz.RoleInstructor},
		{"POST /teach/cards/{id}/delete", h.deleteCard, quiz.RoleInstructor},
		{"POST /teach/cards/{id}/restore", h.restoreCard, quiz.RoleInstructor},
		// Review queue routes.
		{"GET /teach/courses/{slug}/drafts", h.showDrafts, quiz.RoleInstructor},
		{"POST /teach/courses/{slug}/drafts/generate", h.generateDrafts, quiz.RoleInstructor},
		{"GET /teach/courses/{slug}/drafts/{theme}", h.showDraftQueue, quiz.RoleInstructor},
		{"POST /teach/courses/{slug}/drafts/{theme}/bulk", h.bulkDrafts, quiz.RoleInstructor},
		{"GET /teach/courses/{slug}/drafts/{theme}/accept-all", h.confirmAcceptAll, quiz.RoleInstructor},
		{"POST /teach/courses/{slug}/drafts/{theme}/more", h.moreDrafts, quiz.RoleInstructor},
		{"POST /teach/drafts/{id}/accept", h.acceptDraft, quiz.RoleInstructor},
		{"POST /teach/drafts/{id}/reject", h.rejectDraft, quiz.RoleInstructor},
		{"POST /teach/drafts/{id}/restore", h.restoreDraft, quiz.RoleInstructor},
		{"GET /teach/drafts/{id}/edit", h.editDraft, quiz.RoleInstructor},
		{"POST /teach/drafts/{id}/edit", h.saveDraft, quiz.RoleInstructor},
		// Background jobs: drafting, large imports.
		{"GET /teach/jobs", h.listJobs, quiz.RoleInstructor},
		{"GET /teach/jobs/{id}", h.showJob, quiz.RoleInstructor},
		{"POST /teach/jobs/{id}/cancel", h.cancelJob, quiz.RoleInstructor},
		// Course owners, publishing and classes.
		{"GET /teach/courses/{slug}/settings", h.showCourseSettings, quiz.RoleInstructor},
		{"POST /teach/courses/{slug}/rename", h.renameCourse, quiz.RoleInstructor},
		{"POST /teach/courses/{slug}/status", h.setCourseStatus, quiz.RoleInstructor},
		{"POST /teach/courses/{slug}/owners", h.addCourseOwner, quiz.RoleInstructor},
		{"GET /teach/courses/{slug}/owners/{user}/remove", h.confirmRemoveOwner, quiz.RoleInstructor},
		{"POST /teach/courses/{slug}/owners/{user}/remove", h.removeCourseOwner, quiz.RoleInstructor},
		{"GET /teach/courses/{slug}/delete", h.confirmDeleteCourse, quiz.RoleInstructor},
		{"POST /teach/courses/{slug}/delete", h.deleteCourse, quiz.RoleInstructor},
		{"POST /teach/courses/{slug}/classes", h.createClass, quiz.RoleInstructor},
		{"GET /teach/classes/{id}", h.showClass, quiz.RoleInstructor},
		{"GET /teach/classes/{id}/learners.csv", h.exportClass, quiz.RoleInstructor},
		{"GET /teach/classes/{id}/learners/{learnerID}", h.showClassLearner, quiz.RoleInstructor},
		{"POST /teach/classes/{id}/rename", h.renameClass, quiz.RoleInstructor},
		{"POST /teach/classes/{id}/code", h.newClassCode, quiz.RoleInstructor},
		{"GET /teach/classes/{id}/delete", h.confirmDeleteClass, quiz.RoleInstructor},
		{"POST /teach/classes/{id}/delete", h.deleteClass, quiz.RoleInstructor},
		{"POST /teach/classes/{id}/assignments", h.createAssignment, quiz.RoleInstructor},
		{"GET /teach/classes/{id}/assignments/{assignment}/delete", h.confirmDeleteAssignment, quiz.RoleInstructor},
		{"POST /teach/classes/{id}/assignments/{assignment}/delete", h.deleteAssignment, quiz.RoleInstructor},
		{"GET /join", h.showJoinForm, ""},
		{"POST /join", h.joinByCode, ""},
		{"GET /join/{code}", h.showJoinLink, ""},
		{"POST /join/{code}", h.joinByLink, ""},
		{"POST /classes/{id}/leave", h.leaveClass, ""},
		// Admin routes.
		{"GET /admin/users", h.showAccounts, quiz.RoleAdmin},
		{"POST /admin/users", h.inviteAccount, quiz.RoleAdmin},
		{"POST /admin/users/{id}/role", h.changeRole, quiz.RoleAdmin},
		{"GET /admin/users/{id}/reset", h.showResetLink, quiz.RoleAdmin},
		{"POST /admin/users/{id}/reset", h.makeResetLink, quiz.RoleAdmin},
		{"GET /images/{hash}", h.showImage, ""},
		{"GET /static/{name}", static.Handler().ServeHTTP, ""},
		{"/", h.notFound, ""},
	}
}

func (h *Handler) routes() {
	h.reservedSlugs = reservedCourseSlugs(h.Routes())
	for _, rt := range h.Routes() {
		var next http.Handler = rt.Handler
		if _, path, _ := strings.Cut(rt.Pattern, " "); strings.HasPrefix(path, "/courses/{slug}") {
			next = h.requireVisible(next)
		}
		if rt.Role != "" {
			if scope := ownerScope(rt.Pattern); scope != "" {
				next = h.requireOwner(scope, next)
			}
			next = h.requireRole(rt.Role, next)
		}
		if c, ok := admitClasses[rt.Pattern]; ok && h.gate != nil {
			next = h.admitted(c, next)
		}
		h.mux.Handle(rt.Pattern, next)
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
