package handlers

import (
	"bytes"
	"encoding/csv"
	"net/http"
	"strconv"

	"github.com/lectern/lectern/internal/formats"
)

// exportClass downloads the class page's table as CSV, every cell made
// safe from spreadsheet formulas.
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
	head := []string{"learner", "last_activity (" + loc.String() + ")", "quizzes", "mean_score"}
	for _, t := range c.Themes {
		head = append(head, "mastery: "+t.Title)
	}
	head = append(head, "cards_due", "leeches", "assignments_done", "assignments_late")
	var buf bytes.Buffer
	buf.WriteString(utf8BOM)
	cw := csv.NewWriter(&buf)
	write := func(row []string) {
		for i, v := range row {
			row[i] = formats.NeutraliseFormula(v)
		}
		cw.Write(row)
	}
	write(head)
	for _, l := range rep.learners {
		row := []string{l.Name, l.LastActivity, strconv.Itoa(l.Attempts), l.MeanScore}
		for _, m := range l.Mastery {
			row = append(row, strconv.Itoa(m)+"%")
		}
		row = append(row, strconv.Itoa(l.CardsDue), strconv.Itoa(l.Leeches), strconv.Itoa(l.Done), strconv.Itoa(l.Late))
		write(row)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		h.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="class-`+strconv.FormatInt(k.ID, 10)+`.csv"`)
	w.Write(buf.Bytes())
}
