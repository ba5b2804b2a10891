package handlers

import "net/http"

// setStatus publishes a set or takes it back to draft.
func (h *Handler) setStatus(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	s, _, c, ok := h.teachSet(w, r)
	if !ok {
		return
	}
	if err := h.db.SetStatus(r.Context(), s.ID, r.PostForm.Get("status")); err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/teach/courses/"+c.Slug, http.StatusSeeOther)
}
