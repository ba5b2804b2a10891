package handlers

import (
	"net/http"

	"github.com/lectern/lectern/internal/quiz"
)

// exportSet downloads one set: its questions (with the course's article
// and themes, in JSON), as question-set JSON, GIFT or CSV.
func (h *Handler) exportSet(w http.ResponseWriter, r *http.Request) {
	s, _, c, ok := h.teachSet(w, r)
	if !ok {
		return
	}
	full, _, err := h.db.ExportSet(r.Context(), s.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.writeExport(w, r, full, r.PathValue("format"), c.Slug+"-"+quiz.Slugify(s.Title, quiz.MaxSlug))
}
