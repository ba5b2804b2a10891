package handlers

import (
	"net/http"
	"strconv"
	"time"

	"github.com/lectern/lectern/internal/progress"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// chartDays is how many days each progress chart covers.
const chartDays = 30

// activityYears bounds how far back the progress page reads answers and
// reviews: a streak longer than a year shows as a year.
const activityYears = 1

// showProgress shows the current learner's progress on a course: streak,
// what to do next, and charts of accuracy, reviews and coming reviews. A
// visitor who has done nothing is invited to start; viewing it creates
// nothing.
func (h *Handler) showProgress(w http.ResponseWriter, r *http.Request) {
	c, err := h.db.FindCourse(r.Context(), r.PathValue("slug"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	vm := views.ProgressVM{Page: h.page(r, "Your progress · "+c.Title), CourseSlug: c.Slug, CourseTitle: c.Title}
	u := userFrom(r.Context())
	if u == nil {
		h.render(w, r, http.StatusOK, views.ProgressPage(vm))
		return
	}
	vm.Learner = true
	clk, err := h.clock(r, u)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	pc := progress.NewClock(clk.settings.TimeZone, clk.settings.DayStartHour)
	vm.Zone = pc.Loc.String()
	today := pc.Day(clk.now)
	act, err := h.db.FindActivity(r.Context(), u.ID, c.ID, clk.now.AddDate(-activityYears, 0, -1), clk.now.AddDate(0, 0, chartDays+1), clk.now)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	state, err := h.db.FindLearnerState(r.Context(), u.ID, c.ID, clk.now)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	answers := make([]progress.Answer, len(act.Answers))
	studied := make([]time.Time, 0, len(act.Answers)+len(act.Reviews))
	for i, a := range act.Answers {
		answers[i] = progress.Answer{At: a.At, Score: a.Score}
		studied = append(studied, a.At)
	}
	studied = append(studied, act.Reviews...)
	vm.Streak = progress.Streak(pc, studied, clk.now)
	vm.StreakDay = "yesterday"
	if lastDay(pc, studied) == today {
		vm.StreakDay = "today"
	}
	vm.Next, vm.Percent = nextStep(c, state)
	vm.Charts = progressCharts(pc, answers, act, today, clk.now)
	h.render(w, r, http.StatusOK, views.ProgressPage(vm))
}

// lastDay is the latest day among times (0 with none).
func lastDay(pc progress.Clock, times []time.Time) progress.Day {
	var last progress.Day
	for _, t := range times {
		last = max(last, pc.Day(t))
	}
	return last
}

// progressCharts lays out the three charts of the progress page.
func progressCharts(pc progress.Clock, answers []progress.Answer, act *quiz.Activity, today progress.Day, now time.Time) []views.ChartVM {
	var acc []views.ChartPoint
	// Marks, as the results page counts them: a half-right answer
	// counts half.
	marks, total, whole, partly := 0.0, 0, 0, 0
	for _, p := range progress.Accuracy(pc, answers, chartDays) {
		whole += p.Value
		partly += p.Partly
		acc = append(acc, views.ChartPoint{Label: p.Day.Label(), Value: float64(p.Percent()),
			Text: marksText(p.Marks) + " of " + itoa(p.Total) + " marks (" + itoa(p.Percent()) + "%)"})
		marks += p.Marks
		total += p.Total
	}
	accuracy := views.NewChart("accuracy", "How often you answer right", "Days you answered questions", "% right", "Answers right",
		"No answers yet: take a quiz and your accuracy will show here, day by day.", acc, 100, false)
	if total > 0 {
		accuracy.Summary = "Share of questions answered right on each of your last " + plural(len(acc), "day", "days") +
			" of quizzes: " + marksText(marks) + " of " + itoa(total) + " marks in all (" + itoa(quiz.PercentOf(marks, total)) + "%): " + views.RightAndPartly(whole, partly) + "."
	}

	reviews, n := countPoints(progress.PerDay(pc, act.Reviews, today, chartDays), "review", "reviews")
	perDay := views.NewChart("reviews", "Flashcards reviewed per day", "The last 30 days", "reviews", "Reviews",
		"No flashcard reviews in the last 30 days.", reviews, 0, true)
	perDay.Summary = "Flashcards reviewed on each of the last 30 days, " + reviews[0].Label + " to today: " + plural(n, "review", "reviews") + " in all."

	points := progress.Forecast(pc, act.Due, today, chartDays)
	due, n := countPoints(points, "card", "cards")
	due[0].Label = "Today"
	forecast := views.NewChart("forecast", "Cards falling due", "The next 30 days", "cards", "Cards due",
		"No cards fall due in the next 30 days.", due, 0, true)
	forecast.Summary = "Flashcards falling due on each of the next 30 days, today to " + due[len(due)-1].Label +
		" (today's include any overdue): " + plural(n, "card", "cards") + " in all."
	// Today's bar counts the cards due by the day's end; the course page
	// and the review page count those due now. Both from the same rows,
	// at the same moment, so the difference is said, not left to puzzle.
	dueNow := 0
	for _, t := range act.Due {
		if !t.After(now) {
			dueNow++
		}
	}
	if later := int(points[0].Value) - dueNow; later > 0 {
		forecast.Note = "Today’s bar counts the cards due by the end of your day: " + plural(dueNow, "card is", "cards are") +
			" due now (the count on the course page), and " + plural(later, "more falls", "more fall") + " due later today."
	}
	return []views.ChartVM{accuracy, perDay, forecast}
}

// countPoints turns daily counts into chart points, and sums them.
func countPoints(ps []progress.Point, one, many string) ([]views.ChartPoint, int) {
	out := make([]views.ChartPoint, len(ps))
	sum := 0
	for i, p := range ps {
		out[i] = views.ChartPoint{Label: p.Day.Label(), Value: float64(p.Value), Text: plural(p.Value, one, many)}
		sum += p.Value
	}
	return out, sum
}

// nextStep chooses the one thing to recommend: an unfinished quiz first,
// then the cards due, then the weakest theme (the lowest mastery among
// those begun with questions left to master), then the next theme not yet
// begun. It returns the course's mastery too.
func nextStep(c *quiz.StoredCourse, st *quiz.LearnerState) (views.NextStepVM, int) {
	// Mastery is counted one way everywhere: the marks of the latest
	// answer to each question, out of the questions (quiz.Progress).
	score, total := 0.0, 0
	for _, t := range c.Themes {
		p := st.Progress[t.ID]
		score += p.Score
		total += p.Total
	}
	pct := quiz.PercentOf(score, total)
	if len(st.Open) > 0 {
		a := st.Open[0]
		label := quiz.LearnerTitle(a.SetTitle)
		if label == "" {
			label = quizTitle(c, a.Mode, a.ThemeID)
		}
		return views.NextStepVM{Kind: "attempt", Text: "Finish the quiz you began: " + label + " (" + itoa(a.Answered) + " of " + itoa(a.Items) + " answered).",
			Label: "Finish the quiz", URL: "/attempts/" + a.PublicID}, pct
	}
	due := 0
	for _, n := range st.CardsDue {
		due += n
	}
	if due > 0 {
		return views.NextStepVM{Kind: "cards", Text: upperFirst(plural(due, "flashcard is due: review it while it is", "flashcards are due: review them while they are")) + " fresh.",
			Label: "Review " + plural(due, "card", "cards"), URL: "/courses/" + c.Slug + "/review"}, pct
	}
	var weakest *quiz.StoredTheme
	weakestPct := 101
	for i, t := range c.Themes {
		p := st.Progress[t.ID]
		if t.Practice == 0 || p.Answered == 0 || p.Mastered >= p.Total {
			continue
		}
		if p.Percent() < weakestPct {
			weakest, weakestPct = &c.Themes[i], p.Percent()
		}
	}
	if weakest != nil {
		p := st.Progress[weakest.ID]
		return views.NextStepVM{Kind: "weakest", Text: "Your weakest theme is “" + weakest.Title + "”: " + itoa(p.Mastered) + " of " + itoa(p.Total) + " questions mastered.",
			Label: "Quiz yourself on “" + weakest.Title + "”", QuizTheme: weakest.Slug}, pct
	}
	for _, t := range c.Themes {
		if st.Progress[t.ID].Answered == 0 {
			return views.NextStepVM{Kind: "read", Text: "Read the next theme, “" + t.Title + "”, then test yourself on it.",
				Label: "Read “" + t.Title + "”", URL: "/courses/" + c.Slug + "/themes/" + t.Slug}, pct
		}
	}
	return views.NextStepVM{Kind: "done", Text: "You have mastered every question of this course. Come back when flashcards fall due.",
		Label: "Read the article again", URL: "/courses/" + c.Slug + "/read"}, pct
}

// recentAttempts is how many of a course's latest quizzes /progress lists.
const recentAttempts = 3

// showProgressIndex is /progress. For a learner: each course they have
// begun with its mastery, streak, cards due, latest quizzes and the
// assignments still to do, then the courses not begun; an empty state
// when they have begun none. For a visitor: the courses, or straight to
// the only one.
func (h *Handler) showProgressIndex(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	courses, err := h.db.ListCourses(ctx)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	u := userFrom(ctx)
	if u == nil && len(courses) == 1 {
		http.Redirect(w, r, "/courses/"+courses[0].Slug+"/progress", http.StatusSeeOther)
		return
	}
	vm := views.ProgressIndexVM{Page: h.page(r, "Your progress"), Learner: u != nil}
	if u == nil {
		for _, c := range courses {
			vm.Courses = append(vm.Courses, views.LinkVM{URL: "/courses/" + c.Slug + "/progress", Label: c.Title})
		}
		h.render(w, r, http.StatusOK, views.ProgressIndexPage(vm))
		return
	}
	clk, err := h.clock(r, u)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	pc := progress.NewClock(clk.settings.TimeZone, clk.settings.DayStartHour)
	loc := zoneOrUTC(clk.settings.TimeZone)
	for _, listed := range courses {
		c, err := h.db.FindCourse(ctx, listed.Slug)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		sum, begun, err := h.courseSummary(r, u, c, clk.now, pc, loc)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		if begun {
			vm.Summaries = append(vm.Summaries, sum)
		} else {
			vm.Courses = append(vm.Courses, views.LinkVM{URL: "/courses/" + c.Slug, Label: c.Title})
		}
	}
	h.render(w, r, http.StatusOK, views.ProgressIndexPage(vm))
}

// courseSummary is one course's part of /progress, and whether the
// learner has begun it (answered, reviewed, or joined a class of it).
func (h *Handler) courseSummary(r *http.Request, u *quiz.User, c *quiz.StoredCourse, now time.Time, pc progress.Clock, loc *time.Location) (views.CourseSummaryVM, bool, error) {
	ctx := r.Context()
	vm := views.CourseSummaryVM{Slug: c.Slug, Title: c.Title, CourseURL: "/courses/" + c.Slug, ProgressURL: "/courses/" + c.Slug + "/progress",
		ReviewURL: "/courses/" + c.Slug + "/review", MapURL: "/courses/" + c.Slug + "/map"}
	state, err := h.db.FindLearnerState(ctx, u.ID, c.ID, now)
	if err != nil {
		return vm, false, err
	}
	_, vm.Mastery = nextStep(c, state)
	for _, n := range state.CardsDue {
		vm.CardsDue += n
	}
	act, err := h.db.FindActivity(ctx, u.ID, c.ID, now.AddDate(-activityYears, 0, -1), now, now)
	if err != nil {
		return vm, false, err
	}
	studied := make([]time.Time, 0, len(act.Answers)+len(act.Reviews))
	for _, a := range act.Answers {
		studied = append(studied, a.At)
	}
	studied = append(studied, act.Reviews...)
	vm.Streak = progress.Streak(pc, studied, now)
	atts, err := h.db.LearnerAttempts(ctx, u.ID, c.ID)
	if err != nil {
		return vm, false, err
	}
	for _, a := range atts {
		if len(vm.Recent) == recentAttempts {
			break
		}
		title := quiz.LearnerTitle(a.SetTitle)
		if title == "" {
			title = quizTitle(c, a.Mode, a.ThemeID)
		}
		// A finished quiz links to its results, where it is reviewed and
		// taken again; an unfinished one to its next question.
		rv := views.RecentAttemptVM{Title: title, When: when(a.StartedAt, loc), Score: formatScore(a.Score) + " of " + plural(a.Items, "mark", "marks"),
			URL: "/attempts/" + a.PublicID + "/results", Finished: true}
		if a.SetID != 0 && !a.FinishedAt.IsZero() {
			// A test whose results hide the score hides it here too.
			if st, err := h.db.FindSetInfo(ctx, a.SetID); err == nil && st.Settings.HideScore {
				rv.Score = "score not shown for this test"
			}
		}
		if a.FinishedAt.IsZero() {
			rv.Finished = false
			rv.Score = "not finished: " + strconv.Itoa(len(a.Responses)) + " of " + strconv.Itoa(a.Items) + " answered"
			rv.URL = "/attempts/" + a.PublicID
		}
		vm.Recent = append(vm.Recent, rv)
	}
	as, err := h.db.LearnerAssignments(ctx, u.ID, c.ID)
	if err != nil {
		return vm, false, err
	}
	for _, a := range as {
		st := quiz.AssignmentState(a.Assignment, a.DoneAt, now, loc)
		if st == quiz.AssignmentDone {
			continue
		}
		vm.Assignments = append(vm.Assignments, views.LearnerAssignmentVM{Title: a.Label(), Class: a.ClassName, State: st,
			DueOn: dueDay(a.DueOn) + ", end of the day " + zoneName(loc)})
	}
	begun := len(studied) > 0 || len(atts) > 0 || len(as) > 0 || vm.CardsDue > 0
	return vm, begun, nil
}
