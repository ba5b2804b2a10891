package handlers

import (
	"encoding/base64"
	"net/http"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// Fields of an option row's image in the question editor, each followed by
// the row's index: the file input, its alt text, the box that removes it,
// the hash of the image the option had, and an image chosen before in a
// form shown again (its name and base64 bytes).
const (
	optImageFile        = "opt-image-"
	optImageAlt         = "opt-image-alt-"
	optImageRemove      = "opt-image-remove-"
	optImageHash        = "opt-image-hash-"
	optImagePendingName = "opt-image-pending-name-"
	optImagePendingData = "opt-image-pending-data-"
)

// optionImage returns the image beside an option, for the learner's page
// and the instructor's, or nil.
func optionImage(o quiz.Option) *views.ImageVM {
	if o.Image == nil {
		return nil
	}
	vms := imageVMs([]quiz.Image{*o.Image})
	if len(vms) == 0 {
		return nil
	}
	return &vms[0]
}

// editorOptionImages reads the image of each option row of a choice
// question into the question's options: the image the option had (named
// by its hash, which must be one of the question's own), a file chosen now
// or in a form shown again, or none when its box is ticked. An image needs
// its alt text, and a row with an image needs text: each problem is a
// message beside the row, the chosen file kept in the form shown again.
func editorOptionImages(r *http.Request, existing quiz.Question, f *editorForm) {
	if f.q.Type != quiz.Single && f.q.Type != quiz.Multiple || r.PostForm.Get("switch") != "" {
		return
	}
	own := map[string]quiz.Image{}
	for _, o := range existing.Options {
		if o.Image != nil {
			own[o.Image.Hash] = *o.Image
		}
	}
	pf := r.PostForm
	next := 0 // the question's option that the row fills
	for i := range f.vm.Options {
		row := &f.vm.Options[i]
		n := itoa(i)
		hasText := oneLine(pf.Get("opt-text-"+n)) != ""
		opt := -1
		if hasText {
			opt, next = next, next+1
		}
		alt := strings.TrimSpace(pf.Get(optImageAlt + n))
		row.ImageAlt = alt
		var im *quiz.Image
		if old, ok := own[pf.Get(optImageHash+n)]; ok {
			removed := pf.Get(optImageRemove+n) == "1"
			row.Image = &views.EditImageVM{URL: "/images/" + old.Hash, Alt: old.Alt, Hash: old.Hash, Removed: removed}
			if !removed {
				kept := old
				kept.Alt = alt
				im = &kept
			}
		}
		name, data, problem := uploadedFile(r, optImageFile+n)
		if problem != "" {
			f.vm.Errors[optImageFile+n] = problem
		}
		if data == nil && pf.Get(optImagePendingData+n) != "" {
			name = pf.Get(optImagePendingName + n)
			data, _ = base64.StdEncoding.DecodeString(pf.Get(optImagePendingData + n))
		}
		if data != nil {
			chosen, err := quiz.NewImage(name, alt, data)
			if err != nil {
				f.vm.Errors[optImageFile+n] = "Option " + itoa(i+1) + ": " + quiz.MessageOf(err) + ": choose a PNG, JPEG, GIF or WebP image of up to 2 MB."
			} else {
				pending := &views.EditImageVM{Name: chosen.Name, Data: base64.StdEncoding.EncodeToString(chosen.Data)}
				if row.Image != nil {
					// A new file replaces the option's image.
					pending.URL, pending.Alt, pending.Hash, pending.Removed = row.Image.URL, row.Image.Alt, row.Image.Hash, true
				}
				row.Image = pending
				chosen.Alt = alt
				im = &chosen
			}
		}
		if im == nil {
			continue
		}
		switch {
		case alt == "":
			f.vm.Errors[optImageFile+n] = "Option " + itoa(i+1) + ": describe its image for those who cannot see it."
		case !hasText:
			f.vm.Errors[optImageFile+n] = "Option " + itoa(i+1) + " has an image but no text: write what the option says."
		case len([]rune(alt)) > quiz.MaxImageAlt:
			f.vm.Errors[optImageFile+n] = "Option " + itoa(i+1) + ": the image's description has at most 500 characters."
		}
		if opt >= 0 && opt < len(f.q.Options) {
			f.q.Options[opt].Image = im
		}
	}
	if f.vm.Preview != nil {
		for j, o := range f.q.Options {
			if j < len(f.vm.Preview.Choices) && o.Image != nil && o.Image.Data == nil {
				f.vm.Preview.Choices[j].Image = optionImage(o)
			}
		}
	}
}
