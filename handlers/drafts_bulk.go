package handlers

import (
	"net/http"
	"strconv"

	"github.com/lectern/lectern/internal/quiz"
)

// bulkDrafts accepts or rejects the ticked drafts of a theme, or accepts
// all its pending drafts. The store refuses a draft of another theme.
func (h *Handler) bulkDrafts(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	c, t, ok := h.courseTheme(w, r, r.PathValue("theme"))
	if !ok {
		return
	}
	action := r.PostForm.Get("action")
	var ids []int64
	if action == "accept-all" {
		pending, err := h.db.ListDrafts(r.Context(), t.ID, quiz.DraftPending)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		for _, d := range pending {
			if !d.Held {
				ids = append(ids, d.ID)
			}
		}
	} else {
		for _, v := range r.PostForm["id"] {
			id, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				h.fail(w, r, quiz.Errorf(quiz.EInvalid, "The form named a draft that does not exist."))
				return
			}
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		http.Redirect(w, r, queueURL(c.Slug, t.Slug)+"?none=1#queue", http.StatusSeeOther)
		return
	}
	next := h.nextPending(r.Context(), t.ID, ids...)
	uid := userFrom(r.Context()).ID
	switch action {
	case "accept", "accept-all":
		res, err := h.db.AcceptDrafts(r.Context(), t.ID, ids, uid)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		http.Redirect(w, r, queueURL(c.Slug, t.Slug)+"?accepted="+itoa(res.Questions+res.Cards)+next, http.StatusSeeOther)
	case "reject":
		n, err := h.db.RejectDrafts(r.Context(), t.ID, ids, uid)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		http.Redirect(w, r, queueURL(c.Slug, t.Slug)+"?rejected="+itoa(n)+next, http.StatusSeeOther)
	default:
		h.fail(w, r, quiz.Errorf(quiz.EInvalid, "Choose accept or reject."))
	}
}
