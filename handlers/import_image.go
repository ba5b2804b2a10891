package handlers

import (
	"net/http"
	"strconv"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// showImportImage serves an image of a pending upload, so that its
// preview shows the images as learners will see them, before anything is
// stored. Only the instructor who uploaded the file reaches it (the
// pending import is theirs, in a course they own); the file is read
// again, as the preview reads it, and the image found by its hash. Its
// type is the one sniffed from its bytes when the file was read, never
// SVG, and nosniff keeps the browser to it.
func (h *Handler) showImportImage(w http.ResponseWriter, r *http.Request) {
	p, _, ok := h.pending(w, r)
	if !ok {
		return
	}
	hash := r.PathValue("hash")
	file, _, problems, err := parsePending(p)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	var img *quiz.Image
	if quiz.ValidHash(hash) && len(problems) == 0 {
		img = findImage(file, hash)
	}
	if img == nil || quiz.SniffImage(img.Data) == "" {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "There is no such image in this file."))
		return
	}
	w.Header().Set("Content-Type", quiz.SniffImage(img.Data))
	w.Header().Set("Content-Length", strconv.Itoa(len(img.Data)))
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Cache-Control", "private, max-age=3600")
	w.Header().Set("Content-Disposition", "inline")
	w.Write(img.Data)
}

// findImage returns the image of a question or card of the file whose
// hash is hash, or nil.
func findImage(file quiz.ParsedFile, hash string) *quiz.Image {
	for _, q := range file.Questions {
		for i := range q.Images {
			if q.Images[i].Hash == hash {
				return &q.Images[i]
			}
		}
		// Its options' images and those of its feedback, shown in the
		// preview too.
		for _, o := range q.Options {
			if o.Image != nil && o.Image.Hash == hash {
				return o.Image
			}
		}
		for _, im := range quiz.FeedbackImagesOf(q) {
			if im.Hash == hash {
				return &im
			}
		}
	}
	for _, cd := range file.Cards {
		for i := range cd.Images {
			if cd.Images[i].Hash == hash {
				return &cd.Images[i]
			}
		}
	}
	return nil
}

// pendingImageVMs are the images of an upload's question or card side,
// served from the upload by showImportImage.
func pendingImageVMs(id string, imgs []quiz.Image) []views.ImageVM {
	var out []views.ImageVM
	for _, im := range imgs {
		if !quiz.ValidHash(im.Hash) {
			continue
		}
		alt := im.Alt
		if alt == "" {
			alt = im.Name
		}
		out = append(out, views.ImageVM{URL: "/teach/imports/" + id + "/images/" + im.Hash, Alt: alt})
	}
	return out
}
