package handlers

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// renameSet changes a set's title.
func (h *Handler) renameSet(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	s, _, c, ok := h.teachSet(w, r)
	if !ok {
		return
	}
	title := strings.TrimSpace(r.PostForm.Get("title"))
	switch {
	case title == "":
		h.renderTeachCourse(w, r, c, http.StatusUnprocessableEntity, "A set's title cannot be empty.")
		return
	case quiz.TooLong(title, quiz.MaxTitle):
		h.renderTeachCourse(w, r, c, http.StatusUnprocessableEntity, fmt.Sprintf("A set's title has at most %d characters.", quiz.MaxTitle))
		return
	}
	if err := h.db.RenameSet(r.Context(), s.ID, title); err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/teach/sets/"+strconv.FormatInt(s.ID, 10), http.StatusSeeOther)
}
