package handlers

import (
	"net/http"
	"strconv"
)

// acceptDraft accepts one draft as it is.
func (h *Handler) acceptDraft(w http.ResponseWriter, r *http.Request) {
	d, c, t, ok := h.loadDraft(w, r)
	if !ok {
		return
	}
	next := h.nextPending(r.Context(), t.ID, d.ID)
	res, err := h.db.AcceptDrafts(r.Context(), t.ID, []int64{d.ID}, userFrom(r.Context()).ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.toQueue(w, r, c, t, flashDraftsTaken, res.Questions+res.Cards, next)
}

// rejectDraft rejects one draft.
func (h *Handler) rejectDraft(w http.ResponseWriter, r *http.Request) {
	d, c, t, ok := h.loadDraft(w, r)
	if !ok {
		return
	}
	next := h.nextPending(r.Context(), t.ID, d.ID)
	n, err := h.db.RejectDrafts(r.Context(), t.ID, []int64{d.ID}, userFrom(r.Context()).ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.toQueue(w, r, c, t, flashDraftsDropped, n, next)
}

// restoreDraft puts a rejected draft back in the queue.
func (h *Handler) restoreDraft(w http.ResponseWriter, r *http.Request) {
	d, c, t, ok := h.loadDraft(w, r)
	if !ok {
		return
	}
	if err := h.db.RestoreDraft(r.Context(), d.ID); err != nil {
		h.fail(w, r, err)
		return
	}
	h.toQueue(w, r, c, t, flashDraftBack, 0, "#d-"+strconv.FormatInt(d.ID, 10))
}
