package handlers

import (
	"net/http"
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
	marks, total := 0.0, 0
	for _, p := range progress.Accuracy(pc, answers, chartDays) {
		acc = append(acc, views.ChartPoint{Label: p.Day.Label(), Value: float64(p.Percent()),
			Text: marksText(p.Marks) + " of " + itoa(p.Total) + " marks (" + itoa(p.Percent()) + "%)"})
		marks += p.Marks
		total += p.Total
	}
	accuracy := views.NewChart("accuracy", "How often you answer right", "Days you answered questions", "% right", "Answers right",
		"No answers yet: take a quiz and your accuracy will show here, day by day.", acc, 100, false)
	if total > 0 {
		accuracy.Summary = "Share of questions answered right on each of your last " + plural(len(acc), "day", "days") +
			" of quizzes: " + marksText(marks) + " of " + itoa(total) + " marks in all (" + itoa(quiz.PercentOf(marks, total)) + "%), partly right answers counting in part."
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
		label := a.SetTitle
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

// showProgressIndex lists the courses, each with a link to the learner's
// progress on it; with a single course it goes straight to that one.
func (h *Handler) showProgressIndex(w http.ResponseWriter, r *http.Request) {
	courses, err := h.db.ListCourses(r.Context())
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if len(courses) == 1 {
		http.Redirect(w, r, "/courses/"+courses[0].Slug+"/progress", http.StatusSeeOther)
		return
	}
	vm := views.ProgressIndexVM{Page: h.page(r, "Your progress")}
	for _, c := range courses {
		vm.Courses = append(vm.Courses, views.LinkVM{URL: "/courses/" + c.Slug + "/progress", Label: c.Title})
	}
	h.render(w, r, http.StatusOK, views.ProgressIndexPage(vm))
}
