package handlers

import (
	"encoding/base64"
	"errors"
	"io"
	"net/http"
	"slices"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// editorImages reads the editor's image field into the question: the
// images it had (existing) less those ticked for removal, and an image
// chosen now, or chosen before in a form shown again (kept in it as
// base64). A file that is not a PNG, JPEG, GIF or WebP image, or is too
// large, is a message beside the field; nothing is saved then.
func editorImages(r *http.Request, existing []quiz.Image, f *editorForm) {
	pf := r.PostForm
	removed := pf["remove_image"]
	var keep []quiz.Image
	for _, im := range existing {
		rm := slices.Contains(removed, im.Hash)
		f.vm.Images = append(f.vm.Images, views.EditImageVM{URL: "/images/" + im.Hash, Alt: im.Alt, Hash: im.Hash, Removed: rm})
		if !rm {
			keep = append(keep, im)
		}
	}
	alt := strings.TrimSpace(pf.Get("image_alt"))
	f.vm.ImageAlt = alt
	name, data, problem := uploadedImage(r)
	if problem != "" {
		f.vm.Errors["image"] = problem
	}
	if data == nil && pf.Get("pending_data") != "" {
		var err error
		name = pf.Get("pending_name")
		if data, err = base64.StdEncoding.DecodeString(pf.Get("pending_data")); err != nil {
			data = nil
		}
	}
	if data != nil {
		im, err := quiz.NewImage(name, alt, data)
		switch {
		case err != nil:
			f.vm.Errors["image"] = quiz.MessageOf(err) + ": choose a PNG, JPEG, GIF or WebP image of up to 2 MB."
		case len(keep) >= quiz.MaxImages:
			f.vm.Errors["image"] = "A question shows at most 10 images: remove one first."
		default:
			keep = append(keep, im)
			f.vm.Pending = &views.EditImageVM{Name: im.Name, Data: base64.StdEncoding.EncodeToString(im.Data)}
		}
	}
	f.q.Images = keep
}

// uploadedImage returns the file chosen in the editor's image input, if
// any, read up to one byte past the limit, or a message saying it could
// not be read.
func uploadedImage(r *http.Request) (string, []byte, string) {
	return uploadedFile(r, "image")
}

// uploadedFile returns the file chosen in the form's file input field, as
// uploadedImage does.
func uploadedFile(r *http.Request, field string) (string, []byte, string) {
	if r.MultipartForm == nil {
		return "", nil, ""
	}
	file, hdr, err := r.FormFile(field)
	if errors.Is(err, http.ErrMissingFile) {
		return "", nil, ""
	}
	if err != nil {
		return "", nil, "The image could not be read: choose it again."
	}
	defer file.Close()
	if hdr.Size == 0 && hdr.Filename == "" {
		return "", nil, ""
	}
	data, err := io.ReadAll(io.LimitReader(file, quiz.MaxImageBytes+1))
	if err != nil {
		return "", nil, "The image could not be read: choose it again."
	}
	if len(data) == 0 {
		return "", nil, ""
	}
	return hdr.Filename, data, ""
}
