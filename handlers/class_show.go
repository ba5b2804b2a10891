package handlers

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/stats"
	"github.com/lectern/lectern/views"
)

// teachClass returns the class of a /teach/classes/{id} request with its
// course, checking that the user owns the course.
func (h *Handler) teachClass(w http.ResponseWriter, r *http.Request) (*quiz.Class, *quiz.StoredCourse, bool) {
	c, err := h.ownedCourse(r, quiz.ResourceClass)
	if err != nil {
		h.fail(w, r, err)
		return nil, nil, false
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	var k *quiz.Class
	if err == nil {
		k, err = h.db.FindClass(r.Context(), id)
	}
	if err != nil || k.CourseID != c.ID {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "There is no such class."))
		return nil, nil, false
	}
	return k, c, true
}

// userLocation is the time zone a user set, UTC when they set none.
func (h *Handler) userLocation(ctx context.Context, userID int64) *time.Location {
	st, err := h.db.FindSettings(ctx, userID)
	if err != nil {
		return time.UTC
	}
	return zoneOrUTC(st.TimeZone)
}

// zoneOrUTC is the named time zone, UTC when the name is empty or unknown.
func zoneOrUTC(name string) *time.Location {
	if name == "" {
		return time.UTC
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return time.UTC
	}
	return loc
}

func when(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format("2 Jan 2006 15:04")
}

// learnerName is how the class page names a learner: the display name,
// else the account's email, else "Anonymous learner #n" in join order.
func learnerName(m quiz.ClassMember, anon *int) string {
	switch {
	case m.DisplayName != "":
		return m.DisplayName
	case m.Email != "":
		return m.Email
	}
	*anon++
	return "Anonymous learner #" + strconv.Itoa(*anon)
}

// classReport is what the class page and its CSV show: each learner with
// what they did in the course, and each assignment with how many did it
// in time and late.
type classReport struct {
	assignments []views.AssignmentRowVM
	learners    []views.ClassLearnerVM
	// the figures behind each line, as numbers (what the learners are
	// sorted by, and what the CSV writes)
	raw []learnerFigures
}

// learnerFigures are a class page line's figures as numbers.
type learnerFigures struct {
	id      int64
	last    time.Time
	mean    float64   // 0 to 1
	overall float64   // mastery over the whole course, 0 to 1
	mastery []float64 // per theme, 0 to 1
}

// classSortKeys are the class page's columns that it sorts by, besides
// one per theme ("theme-ID"), each in its order: the name A to Z, every
// other column lowest (or longest idle) first, so that who needs help
// comes first.
var classSortKeys = []string{"name", "overall", "activity", "quizzes", "score", "due", "leeches", "done", "late"}

// sortLearners puts the report's learners in the order of a column's key,
// by name when the key is unknown, and by name among equals.
func (rep *classReport) sortLearners(key string, themes []quiz.StoredTheme) {
	n := len(rep.learners)
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	theme := -1
	for i, t := range themes {
		if key == "theme-"+strconv.FormatInt(t.ID, 10) {
			theme = i
		}
	}
	cmp := func(a, b int) int {
		la, lb := rep.learners[a], rep.learners[b]
		num := func(x, y float64) int {
			switch {
			case x < y:
				return -1
			case x > y:
				return 1
			}
			return 0
		}
		switch {
		case theme >= 0:
			return num(float64(la.Mastery[theme]), float64(lb.Mastery[theme]))
		case key == "overall":
			return num(rep.raw[a].overall, rep.raw[b].overall)
		case key == "activity":
			return rep.raw[a].last.Compare(rep.raw[b].last)
		case key == "quizzes":
			return num(float64(la.Attempts), float64(lb.Attempts))
		case key == "score":
			return num(rep.raw[a].mean, rep.raw[b].mean)
		case key == "due":
			return num(float64(la.CardsDue), float64(lb.CardsDue))
		case key == "leeches":
			return num(float64(la.Leeches), float64(lb.Leeches))
		case key == "done":
			return num(float64(la.Done), float64(lb.Done))
		case key == "late":
			return num(float64(la.Late), float64(lb.Late))
		}
		return 0
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		if c := cmp(a, b); c != 0 {
			return c
		}
		// Names in natural order: "Learner 2" before "Learner 10".
		return quiz.CompareNatural(rep.learners[a].Name, rep.learners[b].Name)
	})
	learners, raw := make([]views.ClassLearnerVM, n), make([]learnerFigures, n)
	for i, j := range idx {
		learners[i], raw[i] = rep.learners[j], rep.raw[j]
	}
	rep.learners, rep.raw = learners, raw
}

// classSortKey is the column a class page request sorts by: ?sort=, the
// learner's name when absent or unknown.
func classSortKey(r *http.Request, themes []quiz.StoredTheme) string {
	key := r.URL.Query().Get("sort")
	if slices.Contains(classSortKeys, key) {
		return key
	}
	for _, t := range themes {
		if key == "theme-"+strconv.FormatInt(t.ID, 10) {
			return key
		}
	}
	return "name"
}

// classReport gathers the class page's lines, each learner's assignments
// counted in the learner's time zone.
func (h *Handler) classReport(ctx context.Context, k *quiz.Class, c *quiz.StoredCourse, loc *time.Location) (classReport, error) {
	var rep classReport
	as, err := h.db.ClassAssignments(ctx, k.ID)
	if err != nil {
		return rep, err
	}
	now := h.now()
	// The class's figures in one statement (asked per learner, a class of
	// 30 cost some 120 reads, each a disk seek when cold), read while the
	// members are: each reads rows scattered through the file, and a cold
	// disk serves two reads at once about as fast as one.
	var figs map[int64]quiz.ClassFigures
	var ferr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		figs, ferr = h.db.ClassFigures(ctx, k.ID, c.ID, now)
	}()
	members, err := h.db.ClassMembers(ctx, k.ID)
	<-done
	if err != nil {
		return rep, err
	}
	if ferr != nil {
		return rep, ferr
	}
	for _, a := range as {
		rep.assignments = append(rep.assignments, views.AssignmentRowVM{ID: a.ID, Title: a.Label(), DueOn: a.DueOn,
			DeleteURL: classURL(k.ID) + "/assignments/" + strconv.FormatInt(a.ID, 10) + "/delete"})
	}
	anon, zones := 0, map[string]*time.Location{}
	for _, m := range members {
		f := figs[m.UserID]
		l := views.ClassLearnerVM{Name: learnerName(m, &anon), URL: classURL(k.ID) + "/learners/" + strconv.FormatInt(m.UserID, 10),
			LastActivity: when(m.LastActivity, loc), Attempts: m.Attempts, Leeches: f.Leeches}
		if m.Attempts > 0 {
			l.MeanScore = strconv.Itoa(int(m.MeanScore*100+0.5)) + "%"
		}
		fig := learnerFigures{id: m.UserID, last: m.LastActivity, mean: m.MeanScore}
		// Overall mastery is as on the course page: the marks of the
		// latest answers to every question, out of the course's questions.
		score, total := 0.0, 0
		for _, t := range c.Themes {
			p := f.Progress[t.ID]
			score += p.Score
			total += p.Total
			l.Mastery = append(l.Mastery, p.Percent())
			frac := 0.0
			if p.Total > 0 {
				frac = p.Score / float64(p.Total)
			}
			fig.mastery = append(fig.mastery, frac)
			l.CardsDue += f.CardsDue[t.ID]
		}
		l.Overall = quiz.PercentOf(score, total)
		if total > 0 {
			fig.overall = score / float64(total)
		}
		mloc, ok := zones[f.TimeZone]
		if !ok {
			mloc = zoneOrUTC(f.TimeZone)
			zones[f.TimeZone] = mloc
		}
		for i, a := range as {
			switch quiz.AssignmentState(a, m.Done[a.ID], now, mloc) {
			case quiz.AssignmentDone:
				l.Done++
				rep.assignments[i].Done++
			case quiz.AssignmentLate:
				l.Late++
				rep.assignments[i].Late++
			}
		}
		rep.learners = append(rep.learners, l)
		rep.raw = append(rep.raw, fig)
	}
	rep.sortLearners("name", c.Themes)
	return rep, nil
}

// showClass is the class page: code and link, assignments, learners.
func (h *Handler) showClass(w http.ResponseWriter, r *http.Request) {
	k, c, ok := h.teachClass(w, r)
	if !ok {
		return
	}
	h.renderClass(w, r, k, c, http.StatusOK, views.ClassVM{NewName: k.Name})
}

func (h *Handler) renderClass(w http.ResponseWriter, r *http.Request, k *quiz.Class, c *quiz.StoredCourse, status int, vm views.ClassVM) {
	ctx := r.Context()
	loc := h.userLocation(ctx, userFrom(ctx).ID)
	rep, err := h.classReport(ctx, k, c, loc)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	vm.Page = h.page(r, k.Name)
	vm.Page.Wide = true
	vm.Lookback = int(quiz.AssignmentLookback / (24 * time.Hour))
	vm.ID, vm.Name, vm.Code, vm.CourseSlug, vm.CourseTitle = k.ID, k.Name, k.Code, c.Slug, c.Title
	vm.JoinPath = "/join/" + k.Code
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	vm.JoinURL = scheme + "://" + r.Host + vm.JoinPath
	key := classSortKey(r, c.Themes)
	rep.sortLearners(key, c.Themes)
	vm.Learners, vm.Assignments = rep.learners, rep.assignments
	vm.CSVURL, vm.TimeZone = classURL(k.ID)+"/learners.csv", loc.String()
	column := func(key, label string) views.ClassColumnVM {
		return views.ClassColumnVM{Label: label, URL: classURL(k.ID) + "?sort=" + key + "#learners-h", Sorted: key == vm.Sort}
	}
	vm.Sort = key
	vm.Columns = []views.ClassColumnVM{column("name", "Learner"), column("overall", "Overall mastery"), column("activity", "Last activity"), column("quizzes", "Quizzes finished"),
		column("score", "Mean score over all quizzes")}
	for _, t := range c.Themes {
		vm.Themes = append(vm.Themes, t.Title)
		vm.Columns = append(vm.Columns, column("theme-"+strconv.FormatInt(t.ID, 10), "Mastery: "+t.Title))
	}
	vm.Columns = append(vm.Columns, column("due", "Cards due"), column("leeches", "Leeches"), column("done", "Assignments done"),
		column("late", "Late"))
	// The choices need no count of answers: counting them reads every
	// response to the course, the school's, not the class's.
	sets, err := h.db.ListSetsUncounted(ctx, c.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	for _, t := range c.Themes {
		if t.Practice > 0 {
			vm.Choices = append(vm.Choices, views.ChoiceOptionVM{Value: "theme:" + strconv.FormatInt(t.ID, 10), Label: "Theme quiz: " + t.Title})
		}
		for _, s := range sets {
			// A set without questions (cards only, or empty) gives its
			// learners nothing to practise: it is not offered.
			if s.ThemeID == t.ID && s.Status == quiz.SetPublished && s.Questions > 0 {
				// A set named after its theme (an accepted draft's set)
				// is not named twice.
				label := "Set: " + s.Title + " (" + t.Title + ")"
				if s.Title == t.Title {
					label = "Set: " + s.Title
				}
				vm.Choices = append(vm.Choices, views.ChoiceOptionVM{Value: "set:" + strconv.FormatInt(s.ID, 10), Label: label})
			}
		}
	}
	h.render(w, r, status, views.ClassPage(vm))
}

// renameClass changes a class's name.
func (h *Handler) renameClass(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	k, c, ok := h.teachClass(w, r)
	if !ok {
		return
	}
	name := r.PostForm.Get("name")
	err := h.db.RenameClass(r.Context(), k.ID, name)
	if quiz.KindOf(err) == quiz.EInvalid {
		h.renderClass(w, r, k, c, http.StatusUnprocessableEntity, views.ClassVM{NewName: name, Errors: map[string]string{"name": quiz.MessageOf(err)}})
		return
	}
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.setFlash(w, r, flashClassRenamed, k.ID)
	http.Redirect(w, r, classURL(k.ID), http.StatusSeeOther)
}

// newClassCode gives a class a new code.
func (h *Handler) newClassCode(w http.ResponseWriter, r *http.Request) {
	k, _, ok := h.teachClass(w, r)
	if !ok {
		return
	}
	if _, err := h.db.NewClassCode(r.Context(), k.ID); err != nil {
		h.fail(w, r, err)
		return
	}
	h.setFlash(w, r, flashClassCode, k.ID)
	http.Redirect(w, r, classURL(k.ID), http.StatusSeeOther)
}

// confirmDeleteClass asks before deleting a class, saying what goes.
func (h *Handler) confirmDeleteClass(w http.ResponseWriter, r *http.Request) {
	k, c, ok := h.teachClass(w, r)
	if !ok {
		return
	}
	classURL := "/teach/classes/" + strconv.FormatInt(k.ID, 10)
	h.render(w, r, http.StatusOK, views.ConfirmPage(views.ConfirmVM{
		Page: h.page(r, "Delete "+k.Name), BackURL: classURL, BackTitle: k.Name + " (" + c.Title + ")",
		Heading: "Delete the class “" + k.Name + "”?",
		Lines: []string{
			"Its code " + k.Code + " and its link stop working.",
			"Its assignments are removed, and its page with them.",
			classMembersKeep(k.Members),
		},
		Note:   "It cannot be undone.",
		Action: classURL + "/delete", Button: "Delete the class", Cancel: "Keep it", Danger: true,
	}))
}

// deleteClass deletes a class, once confirmed; its learners keep their
// progress.
func (h *Handler) deleteClass(w http.ResponseWriter, r *http.Request) {
	k, c, ok := h.teachClass(w, r)
	if !ok {
		return
	}
	if err := h.db.DeleteClass(r.Context(), k.ID); err != nil {
		h.fail(w, r, err)
		return
	}
	h.toSettings(w, r, c, flashClassDeleted)
}

// createAssignment assigns a published set or a theme's quiz to a class.
func (h *Handler) createAssignment(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	k, c, ok := h.teachClass(w, r)
	if !ok {
		return
	}
	what, due := r.PostForm.Get("what"), strings.TrimSpace(r.PostForm.Get("due"))
	a := quiz.Assignment{ClassID: k.ID, DueOn: due}
	errs := map[string]string{}
	kind, idText, _ := strings.Cut(what, ":")
	id, err := strconv.ParseInt(idText, 10, 64)
	switch {
	case err != nil || id <= 0:
		errs["what"] = "Choose a question set or a theme’s quiz."
	case kind == "set":
		a.SetID = id
	case kind == "theme":
		a.ThemeID = id
		if t, ok := c.ThemeByID(id); !ok || t.Practice == 0 {
			errs["what"] = "This theme has no practice questions to quiz on."
		}
	default:
		errs["what"] = "Choose a question set or a theme’s quiz."
	}
	// A day already past is refused unless the instructor says it is
	// meant (to record work done earlier): the learners would see it late
	// the moment it is made. Today is counted in the instructor's zone.
	pastOK := r.PostForm.Get("past_ok") == "1"
	askPast := false
	if day, err := time.Parse(time.DateOnly, due); err != nil {
		errs["due"] = "Give the day it is due, as YYYY-MM-DD."
	} else if today := h.now().In(h.userLocation(r.Context(), userFrom(r.Context()).ID)).Format(time.DateOnly); day.Format(time.DateOnly) < today && !pastOK {
		errs["due"] = "This day has passed: every learner who has not done it yet would be late at once. Choose a later day, or tick the box below to assign it due on a past day."
		askPast = true
	}
	if len(errs) == 0 {
		_, err := h.db.CreateAssignment(r.Context(), a)
		if quiz.KindOf(err) == quiz.EInvalid {
			errs["what"] = quiz.MessageOf(err)
		} else if err != nil {
			h.fail(w, r, err)
			return
		}
	}
	if len(errs) > 0 {
		h.renderClass(w, r, k, c, http.StatusUnprocessableEntity, views.ClassVM{NewName: k.Name, AssignWhat: what, AssignDue: due, AskPast: askPast, Errors: errs})
		return
	}
	h.setFlash(w, r, flashAssigned, k.ID)
	http.Redirect(w, r, classURL(k.ID), http.StatusSeeOther)
}

// deleteAssignment removes an assignment from a class.
func (h *Handler) deleteAssignment(w http.ResponseWriter, r *http.Request) {
	k, _, ok := h.teachClass(w, r)
	if !ok {
		return
	}
	id, err := strconv.ParseInt(r.PathValue("assignment"), 10, 64)
	if err != nil {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "There is no such assignment."))
		return
	}
	if err := h.db.DeleteAssignment(r.Context(), k.ID, id); err != nil {
		h.fail(w, r, err)
		return
	}
	h.setFlash(w, r, flashUnassigned, k.ID)
	http.Redirect(w, r, classURL(k.ID), http.StatusSeeOther)
}

// showClassLearner lists one learner's attempts in the class's course,
// with their answers.
func (h *Handler) showClassLearner(w http.ResponseWriter, r *http.Request) {
	k, c, ok := h.teachClass(w, r)
	if !ok {
		return
	}
	ctx := r.Context()
	uid, err := strconv.ParseInt(r.PathValue("learnerID"), 10, 64)
	if err != nil {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "This learner is not in the class."))
		return
	}
	members, err := h.db.ClassMembers(ctx, k.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	name, anon := "", 0
	var member quiz.ClassMember
	for _, m := range members {
		if n := learnerName(m, &anon); m.UserID == uid {
			name, member = n, m
		}
	}
	if name == "" {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "This learner is not in the class."))
		return
	}
	atts, err := h.db.LearnerAttempts(ctx, uid, c.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	loc := h.userLocation(ctx, userFrom(ctx).ID)
	vm := views.ClassLearnerPageVM{Page: h.page(r, name+" · "+k.Name), ClassName: k.Name, ClassURL: classURL(k.ID), Name: name, TimeZone: loc.String()}
	vm.Page.Wide = true
	// The figures of the class page's line, read the same way.
	now := h.now()
	figs, err := h.db.ClassFigures(ctx, k.ID, c.ID, now)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	f := figs[uid]
	for _, t := range c.Themes {
		p := f.Progress[t.ID]
		vm.Themes = append(vm.Themes, views.LearnerThemeVM{Title: t.Title, Mastery: p.Percent(), Answered: p.Answered, Total: p.Total, CardsDue: f.CardsDue[t.ID]})
		vm.CardsDue += f.CardsDue[t.ID]
	}
	vm.Leeches = f.Leeches
	as, err := h.db.ClassAssignments(ctx, k.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	mloc := zoneOrUTC(f.TimeZone)
	for _, a := range as {
		st := quiz.AssignmentState(a, member.Done[a.ID], now, mloc)
		switch st {
		case quiz.AssignmentDone:
			vm.Done++
		case quiz.AssignmentLate:
			vm.Late++
		}
		vm.Assignments = append(vm.Assignments, views.LearnerAssignmentRowVM{Label: a.Label(), DueOn: dueDay(a.DueOn), State: st,
			DoneAt: when(member.Done[a.ID], loc)})
	}
	for _, a := range atts {
		title := a.SetTitle
		if title == "" {
			title = quizTitle(c, a.Mode, a.ThemeID)
		}
		av := views.LearnerAttemptVM{Title: title, Started: when(a.StartedAt, loc), Finished: when(a.FinishedAt, loc),
			Score: formatScore(a.Score) + " of " + strconv.Itoa(a.Items)}
		for _, rr := range a.Responses {
			rv := views.LearnerResponseVM{Prompt: rr.Question.Prompt, Chosen: describeAnswer(rr.Question, rr.Answer),
				Correct: rr.Correct, Partial: !rr.Correct && rr.Score > 0, Answered: when(rr.AnsweredAt, loc)}
			if !rr.ShownAt.IsZero() && !rr.AnsweredAt.Before(rr.ShownAt) {
				rv.Took = stats.Figure{Value: rr.AnsweredAt.Sub(rr.ShownAt).Seconds(), Valid: true}.Seconds()
			}
			av.Responses = append(av.Responses, rv)
		}
		vm.Attempts = append(vm.Attempts, av)
	}
	h.render(w, r, http.StatusOK, views.ClassLearnerPage(vm))
}

// formatScore writes a sum of scores with at most one decimal.
func formatScore(s float64) string {
	if s == float64(int(s)) {
		return strconv.Itoa(int(s))
	}
	return fmt.Sprintf("%.1f", s)
}

// describeAnswer says in words what a learner answered to q.
func describeAnswer(q quiz.Question, a quiz.Answer) string {
	var parts []string
	switch q.Type {
	case quiz.Single, quiz.Multiple, quiz.TrueFalse:
		for _, c := range a.Choices {
			if c >= 0 && c < len(q.Options) {
				parts = append(parts, q.Options[c].Text)
			}
		}
	case quiz.Matching:
		for i, m := range a.Matches {
			if i < len(q.Pairs) && m >= 0 && m < len(q.Pairs) {
				parts = append(parts, q.Pairs[i].Left+" → "+q.Pairs[m].Right)
			}
		}
	default:
		if a.Text != "" {
			parts = append(parts, a.Text)
		}
	}
	if len(parts) == 0 {
		return "no answer"
	}
	return strings.Join(parts, "; ")
}

// classMembersKeep says what a class's learners keep when it is deleted.
func classMembersKeep(n int) string {
	if n == 0 {
		return "No learner has joined it."
	}
	return upperFirst(plural(n, "learner keeps", "learners keep")) + " what they did in the course."
}
