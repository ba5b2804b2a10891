package handlers

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/lectern/lectern/internal/formats"
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
// of responses choosing each option.
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
	// The figures first, where they always were; then the words: the set,
	// the question and each option, made safe from spreadsheet formulas.
	head := []string{"question_id", "responses", "facility", "discrimination", "efficiency"}
	for i := range most {
		head = append(head, "option_"+strconv.Itoa(i+1))
	}
	head = append(head, "set", "question")
	for i := range most {
		head = append(head, "option_"+strconv.Itoa(i+1)+"_text")
	}
	rows := [][]string{head}
	for _, s := range cs.Sets {
		for _, q := range cs.Questions[s.ID] {
			st := cs.Report.Questions[q.ID]
			if st == nil {
				st = &stats.QuestionStats{}
			}
			row := []string{strconv.FormatInt(q.ID, 10), strconv.Itoa(st.Responses),
				number(st.Facility, 4), number(st.Discrimination, 2), number(st.Efficiency, 2)}
			texts := make([]string, most)
			for i := range most {
				cell := ""
				if choiceType(q.Type) && i < len(q.Options) {
					cell = number(st.Share(i), 4)
					texts[i] = formats.NeutraliseFormula(q.Options[i].Text)
				}
				row = append(row, cell)
			}
			row = append(row, formats.NeutraliseFormula(s.Title), formats.NeutraliseFormula(q.Prompt))
			rows = append(rows, append(row, texts...))
		}
	}
	h.sendCSV(w, r, c.Slug+"-statistics.csv", rows)
}

// number writes a figure for a spreadsheet: the number, or an empty cell
// when it is undefined.
func number(f stats.Figure, places int) string {
	if !f.Valid {
		return ""
	}
	return strconv.FormatFloat(f.Value, 'f', places, 64)
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
	classes, err := h.learnerClassNames(r, c.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	rows := [][]string{{"learner", "attempt", "question", "answer", "result", "score", "seconds", "answered_at (UTC)", "class"}}
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
			secs = strconv.FormatFloat(s, 'f', 1, 64)
		}
		rows = append(rows, []string{strconv.FormatInt(resp.LearnerID, 10), strconv.FormatInt(resp.AttemptID, 10),
			strconv.FormatInt(resp.QuestionID, 10), formats.NeutraliseFormula(answerText(q, resp)), result,
			strconv.FormatFloat(resp.Score, 'f', 2, 64), secs, resp.AnsweredAt.UTC().Format(time.DateTime),
			formats.NeutraliseFormula(classes[resp.LearnerID])})
	}
	h.sendCSV(w, r, c.Slug+"-responses.csv", rows)
}

// learnerClassNames names, for each learner in a class of the course, their
// classes in it (joined by "; ").
func (h *Handler) learnerClassNames(r *http.Request, courseID int64) (map[int64]string, error) {
	ks, err := h.db.ListClasses(r.Context(), courseID)
	if err != nil {
		return nil, err
	}
	out := map[int64]string{}
	for _, k := range ks {
		ids, err := h.db.ClassLearnerIDs(r.Context(), k.ID)
		if err != nil {
			return nil, err
		}
		for _, id := range ids {
			if out[id] != "" {
				out[id] += "; "
			}
			out[id] += k.Name
		}
	}
	return out, nil
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
