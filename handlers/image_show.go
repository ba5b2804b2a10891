package handlers

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// showImage serves an image by its hash, to whoever may see a place that
// shows it: an owner of its course (or an admin) anywhere; a learner or
// visitor where the course is visible to them and the place is open (the
// stem of a live question in a published set, or a card in their deck: a
// card's back is answer material). Anyone else gets 404, as for an image
// that does not exist. The bytes never change under a hash, so the image
// is cached for a year; its type is the one sniffed when it was stored,
// and nosniff keeps the browser to it.
func (h *Handler) showImage(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r.Context())
	var uid int64
	if u != nil {
		uid = u.ID
	}
	img, uses, err := h.db.FindImage(r.Context(), r.PathValue("hash"), uid, h.now())
	if err != nil {
		h.fail(w, r, err)
		return
	}
	allowed := false
	for _, use := range uses {
		c, err := h.db.FindCourseByID(r.Context(), use.CourseID)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		if c.OwnedBy(u) || use.Open && c.VisibleTo(u) {
			allowed = true
			break
		}
	}
	if !allowed {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "There is no such image."))
		return
	}
	w.Header().Set("Content-Type", img.Type)
	w.Header().Set("Content-Length", strconv.Itoa(len(img.Data)))
	w.Header().Set("X-Content-Type-Options", "nosniff")
	// Private: whether an image may be seen depends on who asks.
	w.Header().Set("Cache-Control", "private, max-age=31536000, immutable")
	w.Header().Set("Content-Disposition", "inline")
	w.Write(img.Data)
}

// imageVMs are images to show, served by showImage.
func imageVMs(imgs []quiz.Image) []views.ImageVM {
	var out []views.ImageVM
	for _, im := range imgs {
		if !quiz.ValidHash(im.Hash) {
			continue
		}
		alt := im.Alt
		if alt == "" {
			alt = im.Name
		}
		out = append(out, views.ImageVM{URL: "/images/" + im.Hash, Alt: alt})
	}
	return out
}

// imageNames describes images not stored yet, for an import's preview:
// "logo.jpg (JPEG, 898 bytes)".
func imageNames(imgs []quiz.Image) []string {
	var out []string
	for _, im := range imgs {
		kind := strings.ToUpper(strings.TrimPrefix(im.Type, "image/"))
		out = append(out, fmt.Sprintf("%s (%s, %s bytes)", im.Name, kind, strconv.Itoa(len(im.Data))))
	}
	return out
}
