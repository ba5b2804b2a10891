package handlers

import "net/http"

// moreDrafts brings the next best drafts held back of a theme into its
// review queue.
func (h *Handler) moreDrafts(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	c, t, ok := h.courseTheme(w, r, r.PathValue("theme"))
	if !ok {
		return
	}
	n, err := h.db.MoreDrafts(r.Context(), t.ID, moreDraftsStep)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.toQueue(w, r, c, t, flashDraftsMore, n, "#queue")
}
