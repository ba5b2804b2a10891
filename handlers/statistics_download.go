package handlers

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/stats"
)

// statsFor reads the course and the filter of a download and computes the
// statistics; it answers the request itself when it cannot.
func (h *Handler) statsFor(w http.ResponseWriter, r *http.Request, wantResponses bool) (*quiz.StoredCourse, *courseStats, bool) {
	c, err := h.db.FindCourse(r.Context(), r.PathValue("slug"))
	if err != nil {
		h.fail(w, r, err)
		return nil, nil, false
	}
	f := parseStatsFilter(r.URL.Query())
	for _, field := range []string{"attempts", "class"} {
		if msg := f.Errors[field]; msg != "" {
			h.fail(w, r, quiz.Errorf(quiz.EInvalid, "%s", msg))
			return nil, nil, false
		}
	}
	rf, err := h.responseFilter(r.Context(), c, f)
	if err != nil {
		h.fail(w, r, err)
		return nil, nil, false
	}
	cs, err := h.computeStats(r.Context(), c, rf, wantResponses)
	if err != nil {
		h.fail(w, r, err)
		return nil, nil, false
	}
	return c, cs, true
}

// downloadStatistics sends one row per question: its figures and the share
// of responses choosing each option, each beside its words.
func (h *Handler) downloadStatistics(w http.ResponseWriter, r *http.Request) {
	c, cs, ok := h.statsFor(w, r, false)
	if !ok {
		return
	}
	most := 0
	for _, qs := range cs.Questions {
		for _, q := range qs {
			if choiceType(q.Type) {
				most = max(most, len(q.Options))
			}
		}
	}
	head := []string{"question_id", "question", "set_id", "set", "responses", "facility", "sd", "discrimination", "efficiency", "median_seconds", "flags"}
	for i := range most {
		n := strconv.Itoa(i + 1)
		head = append(head, "option_"+n, "option_"+n+"_text")
	}
	rows := [][]string{head}
	for _, s := range cs.Sets {
		for _, q := range cs.Questions[s.ID] {
			st := cs.Report.Questions[q.ID]
			if st == nil {
				st = &stats.QuestionStats{}
			}
			var flags []string
			for _, f := range st.Flags {
				flags = append(flags, f.Reason)
			}
			// Discrimination and efficiency as fractions, like every share
			// here (Moodle's page shows them × 100).
			row := []string{strconv.FormatInt(q.ID, 10), csvText(q.Prompt), strconv.FormatInt(s.ID, 10), csvText(s.Title),
				strconv.Itoa(st.Responses), csvFigure(st.Facility, 1), csvFigure(st.SD, 1), csvFigure(st.Discrimination, 0.01),
				csvFigure(st.Efficiency, 0.01), csvFigure(st.MedianSeconds, 1), csvText(strings.Join(flags, " "))}
			for i := range most {
				share, text := "", ""
				if choiceType(q.Type) && i < len(q.Options) {
					share, text = csvFigure(st.Share(i), 1), csvText(q.Options[i].Text)
				}
				row = append(row, share, text)
			}
			rows = append(rows, row)
		}
	}
	h.sendCSV(w, r, c.Slug+"-statistics.csv", rows)
}

// downloadResponses sends one row per counted response.
func (h *Handler) downloadResponses(w http.ResponseWriter, r *http.Request) {
	c, cs, ok := h.statsFor(w, r, true)
	if !ok {
		return
	}
	current := map[int64]quiz.StoredQuestion{}
	for _, qs := range cs.Questions {
		for _, q := range qs {
			current[q.ID] = q
		}
	}
	rs := slices.Clone(cs.Responses)
	slices.SortFunc(rs, func(a, b quiz.ItemResponse) int { return int(a.ID - b.ID) })
	names, classes, err := h.courseLearnerNames(r, c.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	rows := [][]string{{"learner_id", "learner", "class", "attempt_id", "question_id", "question", "answer", "result", "score", "seconds", "answered_at"}}
	for _, resp := range rs {
		q, ok := current[resp.QuestionID]
		if !ok {
			continue
		}
		result := "wrong"
		if resp.Correct {
			result = "right"
		} else if resp.Score > 0 {
			result = "partly right"
		}
		secs := ""
		if s := resp.Seconds(); s >= 0 {
			secs = csvNumber(s)
		}
		rows = append(rows, []string{strconv.FormatInt(resp.LearnerID, 10), csvText(names[resp.LearnerID]), csvText(classes[resp.LearnerID]),
			strconv.FormatInt(resp.AttemptID, 10), strconv.FormatInt(resp.QuestionID, 10), csvText(q.Prompt),
			csvText(answerText(q, resp)), result, csvNumber(resp.Score), secs, csvTime(resp.AnsweredAt)})
	}
	h.sendCSV(w, r, c.Slug+"-responses.csv", rows)
}

// courseLearnerNames names, for each learner in a class of the course,
// the learner as the class page does (the first of their classes, by
// name, naming them) and their classes in it (joined by "; "). A learner
// in no class is not named: they gave no name to an instructor.
func (h *Handler) courseLearnerNames(r *http.Request, courseID int64) (names, classes map[int64]string, err error) {
	ks, err := h.db.ListClasses(r.Context(), courseID)
	if err != nil {
		return nil, nil, err
	}
	names, classes = map[int64]string{}, map[int64]string{}
	for _, k := range ks {
		members, err := h.db.ClassMembers(r.Context(), k.ID)
		if err != nil {
			return nil, nil, err
		}
		anon := 0
		for _, m := range members {
			n := learnerName(m, &anon)
			if names[m.UserID] == "" {
				names[m.UserID] = n
			}
			if classes[m.UserID] != "" {
				classes[m.UserID] += "; "
			}
			classes[m.UserID] += k.Name
		}
	}
	return names, classes, nil
}

// answerText says what a learner answered, in the words of the current
// version when the response is to it, else by option number.
func answerText(q quiz.StoredQuestion, r quiz.ItemResponse) string {
	a := r.Answer
	same := r.VersionID == q.VersionID
	var parts []string
	for _, c := range a.Choices {
		if same && c >= 0 && c < len(q.Options) {
			parts = append(parts, q.Options[c].Text)
		} else {
			parts = append(parts, fmt.Sprintf("option %d", c+1))
		}
	}
	for i, m := range a.Matches {
		left, right := fmt.Sprintf("item %d", i+1), "nothing"
		if same && i < len(q.Pairs) {
			left = q.Pairs[i].Left
		}
		if m >= 0 {
			right = fmt.Sprintf("item %d", m+1)
			if same && m < len(q.Pairs) {
				right = q.Pairs[m].Right
			}
		}
		parts = append(parts, left+" → "+right)
	}
	if a.Text != "" {
		parts = append(parts, a.Text)
	}
	return strings.Join(parts, "; ")
}

// utf8BOM opens every CSV download, for spreadsheets to read it as UTF-8.
const utf8BOM = "\ufeff"

// sendCSV writes rows as a CSV download. Cells of learners' or authors'
// text must already be made safe from spreadsheet formulas
// (formats.NeutraliseFormula); numbers, negative ones included, are left
// as numbers.
func (h *Handler) sendCSV(w http.ResponseWriter, r *http.Request, name string, rows [][]string) {
	var buf bytes.Buffer
	// A byte order mark first: without it Excel reads UTF-8 as its own
	// code page, and every accent or dash comes out garbled.
	buf.WriteString(utf8BOM)
	cw := csv.NewWriter(&buf)
	for _, row := range rows {
		if err := cw.Write(row); err != nil {
			h.fail(w, r, err)
			return
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		h.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s"`, name))
	w.Header().Set("Cache-Control", "no-store")
	w.Write(buf.Bytes())
}
