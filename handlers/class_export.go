package handlers

import (
	"github.com/lectern/lectern/internal/quiz"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/lectern/lectern/internal/formats"
	"github.com/lectern/lectern/internal/stats"
)

// The three CSV downloads (a class's learners, a course's statistics and
// its responses) share one form: snake_case column names, an id and its
// words side by side (learner_id and learner, question_id and question),
// times in ISO 8601 in UTC (2026-03-02T09:00:20Z), shares as fractions
// (0.58, not 58%), an empty cell for what is not known, and every cell of
// text made safe from spreadsheet formulas (docs/statistics.md#downloads).

// csvTime writes a time for a spreadsheet: ISO 8601 in UTC, "" when zero.
func csvTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02T15:04:05Z")
}

// csvNumber writes a number with at most four decimals and no trailing
// zeros (0.58, 1, -0.3015).
func csvNumber(f float64) string {
	return strconv.FormatFloat(math.Round(f*1e4)/1e4, 'f', -1, 64)
}

// csvFigure writes a statistic, or an empty cell when it is undefined;
// scale turns Moodle's 0 to 100 figures into fractions.
func csvFigure(f stats.Figure, scale float64) string {
	if !f.Valid {
		return ""
	}
	return csvNumber(f.Value * scale)
}

// csvText makes a cell of text safe from spreadsheet formulas.
func csvText(s string) string { return formats.NeutraliseFormula(s) }

// exportClass downloads the class page's table as CSV.
func (h *Handler) exportClass(w http.ResponseWriter, r *http.Request) {
	k, c, ok := h.teachClass(w, r)
	if !ok {
		return
	}
	ctx := r.Context()
	loc := h.userLocation(ctx, userFrom(ctx).ID)
	rep, err := h.classReport(ctx, k, c, loc)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	head := []string{"learner_id", "learner", "last_activity", "quizzes_finished", "mean_score"}
	for _, t := range c.Themes {
		head = append(head, "mastery_"+strings.ReplaceAll(t.Slug, "-", "_"))
	}
	head = append(head, "cards_due", "leeches", "assignments_done", "assignments_late")
	rows := [][]string{head}
	for i, l := range rep.learners {
		fig := rep.raw[i]
		mean := ""
		if l.Attempts > 0 {
			mean = csvNumber(fig.mean)
		}
		row := []string{strconv.FormatInt(fig.id, 10), csvText(l.Name), csvTime(fig.last), strconv.Itoa(l.Attempts), mean}
		for _, m := range fig.mastery {
			row = append(row, csvNumber(m))
		}
		row = append(row, strconv.Itoa(l.CardsDue), strconv.Itoa(l.Leeches), strconv.Itoa(l.Done), strconv.Itoa(l.Late))
		rows = append(rows, row)
	}
	h.sendCSV(w, r, classFileName(c.Slug, k.Name, k.ID), rows)
}

// classFileName names a class's download after its course and class, in
// safe characters ("china-russia-year-9-class.csv"), or by its number
// when the name leaves nothing (a name in a script without Latin letters).
func classFileName(course, class string, id int64) string {
	name := quiz.Slugify(class, 48)
	if name == "" {
		name = "class-" + strconv.FormatInt(id, 10)
	}
	return quiz.Slugify(course, 40) + "-" + name + ".csv"
}
