package handlers

import "net/http"

// duplicateSet copies a set as a new draft.
func (h *Handler) duplicateSet(w http.ResponseWriter, r *http.Request) {
	s, _, c, ok := h.teachSet(w, r)
	if !ok {
		return
	}
	if _, err := h.db.DuplicateSet(r.Context(), s.ID, userFrom(r.Context()).ID); err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/teach/courses/"+c.Slug, http.StatusSeeOther)
}
