package handlers

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// showJoinForm is where a learner types a class code. Viewing it stores
// nothing.
func (h *Handler) showJoinForm(w http.ResponseWriter, r *http.Request) {
	vm := views.JoinVM{Page: h.page(r, "Join a class")}
	// A link such as /join?code=ABC123 fills the code in; it is only
	// shown back in the field (escaped), never looked up, until posted.
	if code := strings.TrimSpace(r.URL.Query().Get("code")); len(code) <= 32 {
		vm.Code = code
	}
	vm.DisplayName, vm.NameNeeded = ownName(userFrom(r.Context()))
	h.render(w, r, http.StatusOK, views.JoinPage(vm))
}

// ownName is the name a learner already has, and whether they need to
// give one on joining a class: a learner without an account and without a
// name would be only a number to the instructor.
func ownName(u *quiz.User) (string, bool) {
	if u == nil {
		return "", true
	}
	return u.DisplayName, u.Anonymous() && u.DisplayName == ""
}

// joinName checks the name typed on joining a class: the name to keep
// ("" to keep the learner's own), or the message to show beside the field.
func joinName(u *quiz.User, typed string) (string, string) {
	name, err := quiz.CleanDisplayName(typed)
	if err != nil {
		return "", quiz.MessageOf(err)
	}
	if _, needed := ownName(u); needed && name == "" {
		return "", "Give your name: your instructor sees it beside your quizzes and flashcards."
	}
	return name, ""
}

// wrongCodesFree is how many class codes naming no class one client
// address may try within an hour before each further try waits a growing
// delay: codes are short, and a script should not walk through them.
const wrongCodesFree = 20

// tooManyCodes is the error of a client that tried too many wrong codes.
type tooManyCodes struct{ wait time.Duration }

func (e *tooManyCodes) Error() string { return tooManyTries(e.wait) }

// joinableClass finds the class a code names, refusing a class whose
// course is a draft (learners cannot open it yet). Codes that name no
// class are counted per client address.
func (h *Handler) joinableClass(r *http.Request, typed string) (*quiz.Class, error) {
	code, err := quiz.ParseClassCode(typed)
	if err != nil {
		return nil, err
	}
	client, now := h.clientKey(r), h.now()
	if ok, wait := h.wrongCodes.Reserve(client, now); !ok {
		h.log.Warn("class codes throttled", "client", h.clientAddr(r))
		return nil, &tooManyCodes{wait}
	}
	k, err := h.db.FindClassByCode(r.Context(), code)
	if quiz.KindOf(err) == quiz.ENotFound {
		return nil, quiz.Errorf(quiz.EInvalid, "No class has the code %s: check it with your instructor.", code)
	}
	h.wrongCodes.Cancel(client, now)
	if err != nil {
		return nil, err
	}
	c, err := h.db.FindCourseByID(r.Context(), k.CourseID)
	if err != nil {
		return nil, err
	}
	if !c.VisibleTo(userFrom(r.Context())) {
		return nil, quiz.Errorf(quiz.EInvalid, "The course of this class is not open yet: ask your instructor to publish it.")
	}
	return k, nil
}

// joinProblem answers a code that does not lead to a class: the form
// again with the error beside the field and the code kept. It reports
// whether err was such a problem.
func (h *Handler) joinProblem(w http.ResponseWriter, r *http.Request, typed string, err error, status int) bool {
	var tm *tooManyCodes
	switch {
	case errors.As(err, &tm):
		setRetryAfter(w, tm.wait)
		status = http.StatusTooManyRequests
	case quiz.KindOf(err) != quiz.EInvalid:
		return false
	}
	msg := quiz.MessageOf(err)
	if tm != nil {
		msg = tm.Error()
	}
	vm := views.JoinVM{Page: h.page(r, "Join a class"), Code: typed, Error: msg}
	_, vm.NameNeeded = ownName(userFrom(r.Context()))
	vm.DisplayName = r.PostForm.Get("display_name")
	if r.Method == http.MethodGet {
		vm.DisplayName, _ = ownName(userFrom(r.Context()))
	}
	h.render(w, r, status, views.JoinPage(vm))
	return true
}

// joinByCode joins the class whose code the learner typed.
func (h *Handler) joinByCode(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	typed := r.PostForm.Get("code")
	k, err := h.joinableClass(r, typed)
	if h.joinProblem(w, r, typed, err, http.StatusUnprocessableEntity) {
		return
	}
	if err != nil {
		h.fail(w, r, err)
		return
	}
	name, msg := joinName(userFrom(r.Context()), r.PostForm.Get("display_name"))
	if msg != "" {
		vm := views.JoinVM{Page: h.page(r, "Join a class"), Code: typed, DisplayName: r.PostForm.Get("display_name"), NameError: msg}
		_, vm.NameNeeded = ownName(userFrom(r.Context()))
		h.render(w, r, http.StatusUnprocessableEntity, views.JoinPage(vm))
		return
	}
	h.join(w, r, k, name)
}

// showJoinLink is the page a class's link opens: the class, and a Join
// button. Viewing it stores nothing.
func (h *Handler) showJoinLink(w http.ResponseWriter, r *http.Request) {
	k, err := h.joinableClass(r, r.PathValue("code"))
	if h.joinProblem(w, r, r.PathValue("code"), err, http.StatusNotFound) {
		return
	}
	if err != nil {
		h.fail(w, r, err)
		return
	}
	vm := joinLinkVM(r, k)
	vm.Page = h.page(r, "Join "+k.Name)
	vm.DisplayName, _ = ownName(userFrom(r.Context()))
	if u := userFrom(r.Context()); u != nil {
		if vm.Member, err = h.db.IsClassMember(r.Context(), k.ID, u.ID); err != nil {
			h.fail(w, r, err)
			return
		}
	}
	h.render(w, r, http.StatusOK, views.JoinPage(vm))
}

// joinLinkVM is the page of a class's link.
func joinLinkVM(r *http.Request, k *quiz.Class) views.JoinVM {
	vm := views.JoinVM{Code: k.Code, ClassName: k.Name, CourseTitle: k.CourseTitle,
		Action: "/join/" + k.Code, CourseURL: "/courses/" + k.CourseSlug}
	_, vm.NameNeeded = ownName(userFrom(r.Context()))
	return vm
}

// joinByLink joins the class of a link's Join button.
func (h *Handler) joinByLink(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	k, err := h.joinableClass(r, r.PathValue("code"))
	if h.joinProblem(w, r, r.PathValue("code"), err, http.StatusNotFound) {
		return
	}
	if err != nil {
		h.fail(w, r, err)
		return
	}
	name, msg := joinName(userFrom(r.Context()), r.PostForm.Get("display_name"))
	if msg != "" {
		vm := joinLinkVM(r, k)
		vm.Page, vm.DisplayName, vm.NameError = h.page(r, "Join "+k.Name), r.PostForm.Get("display_name"), msg
		h.render(w, r, http.StatusUnprocessableEntity, views.JoinPage(vm))
		return
	}
	h.join(w, r, k, name)
}

// join puts the learner in the class (a visitor becomes an anonymous
// learner now), under the name they gave if any, and opens the course.
func (h *Handler) join(w http.ResponseWriter, r *http.Request, k *quiz.Class, name string) {
	u, err := h.learner(w, r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if name != "" && name != u.DisplayName {
		if err := h.db.SetDisplayName(r.Context(), u.ID, name); err != nil {
			h.fail(w, r, err)
			return
		}
	}
	if _, err := h.db.JoinClass(r.Context(), k.ID, u.ID); err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/courses/"+k.CourseSlug+"?joined="+strconv.FormatInt(k.ID, 10), http.StatusSeeOther)
}

// leaveClass takes the learner out of a class, then goes back to where
// they were (the course page or their settings).
func (h *Handler) leaveClass(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	u := userFrom(r.Context())
	if u == nil {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "You are not in that class."))
		return
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "You are not in that class."))
		return
	}
	if err := h.db.LeaveClass(r.Context(), id, u.ID); err != nil {
		h.fail(w, r, err)
		return
	}
	next := r.PostForm.Get("next")
	if !strings.HasPrefix(next, "/courses/") && next != "/settings" {
		next = "/settings"
	}
	if strings.ContainsAny(next, "\\?#") || strings.HasPrefix(next, "//") {
		next = "/settings"
	}
	http.Redirect(w, r, next+"?left=1", http.StatusSeeOther)
}

// learnerClassVMs lists a learner's classes, those of one course when
// courseID > 0, with where the Leave button returns.
func learnerClassVMs(classes []quiz.Class, courseID int64, back string) []views.LearnerClassVM {
	var out []views.LearnerClassVM
	for _, k := range classes {
		if courseID > 0 && k.CourseID != courseID {
			continue
		}
		out = append(out, views.LearnerClassVM{Name: k.Name, CourseTitle: k.CourseTitle, CourseURL: back,
			LeaveURL: "/classes/" + strconv.FormatInt(k.ID, 10) + "/leave"})
	}
	return out
}

// classesVM adds to a course page the learner's classes in the course and
// their assignments, each due, done or late in the learner's time zone.
func (h *Handler) classesVM(r *http.Request, c *quiz.StoredCourse, vm *views.CoursePageVM) error {
	ctx := r.Context()
	switch q := r.URL.Query(); {
	case q.Get("joined") != "":
		vm.Page.Flash = "You joined the class. Your instructor now sees your quizzes and flashcards in this course."
	case q.Get("left") == "1":
		vm.Page.Flash = "You left the class."
	}
	u := userFrom(ctx)
	if u == nil {
		return nil
	}
	classes, err := h.db.LearnerClasses(ctx, u.ID)
	if err != nil {
		return err
	}
	vm.Classes = learnerClassVMs(classes, c.ID, "/courses/"+c.Slug)
	if len(vm.Classes) == 0 {
		return nil
	}
	as, err := h.db.LearnerAssignments(ctx, u.ID, c.ID)
	if err != nil {
		return err
	}
	loc := h.userLocation(ctx, u.ID)
	vm.AssignmentRule = fmt.Sprintf("Done once you finish it by the end of its day; a quiz you finished in the %d days before it was assigned counts.",
		int(quiz.AssignmentLookback/(24*time.Hour)))
	for _, a := range as {
		av := views.LearnerAssignmentVM{Title: a.Label(), Class: a.ClassName, SetID: a.SetID,
			State: quiz.AssignmentState(a.Assignment, a.DoneAt, h.now(), loc), DueOn: dueDay(a.DueOn) + ", end of the day " + zoneName(loc)}
		if t, ok := c.ThemeByID(a.ThemeID); ok {
			av.Theme = t.Slug
		}
		vm.Assignments = append(vm.Assignments, av)
	}
	return nil
}

// dueDay writes a due day (YYYY-MM-DD) as "Mon 7 Dec 2026": a day is the
// same in every zone, counted in the learner's.
func dueDay(d string) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return d
	}
	return t.Format("Mon 2 Jan 2006")
}

// zoneName names a time zone for a learner: theirs, or UTC when they set
// none.
func zoneName(loc *time.Location) string {
	if loc == time.UTC {
		return "UTC"
	}
	return "(" + loc.String() + ")"
}
