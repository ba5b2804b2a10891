package handlers

import (
	"encoding/base64"
	"net/http"
	"slices"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// cardImageForm reads the images of a written card's form, side by side:
// the images it had (existing) less those ticked for removal, and an image
// chosen now, or chosen before in a form shown again (kept in it as
// base64), with its alt text, which is required. Each problem is a message
// beside the side's field (front_image, back_image) in errs; a sound image
// waiting for its alt text stays chosen. It returns the card's images and
// the form's image fields.
func cardImageForm(r *http.Request, existing []quiz.Image, errs map[string]string) ([]quiz.Image, []views.CardSideVM) {
	pf := r.PostForm
	var imgs []quiz.Image
	var sides []views.CardSideVM
	for _, side := range []string{quiz.SideFront, quiz.SideBack} {
		sv := views.CardSideVM{Side: side, Label: map[string]string{quiz.SideFront: "front", quiz.SideBack: "back"}[side]}
		removed := pf[side+"_remove_image"]
		for _, im := range quiz.ImagesOn(existing, side) {
			rm := slices.Contains(removed, im.Hash)
			sv.Images = append(sv.Images, views.EditImageVM{URL: "/images/" + im.Hash, Alt: im.Alt, Hash: im.Hash, Removed: rm})
			if !rm {
				imgs = append(imgs, im)
			}
		}
		sv.Alt = strings.TrimSpace(pf.Get(side + "_image_alt"))
		field := side + "_image"
		name, data, problem := uploadedFile(r, field)
		if problem != "" {
			errs[field] = problem
		}
		if data == nil && pf.Get(side+"_pending_data") != "" {
			name = pf.Get(side + "_pending_name")
			data, _ = base64.StdEncoding.DecodeString(pf.Get(side + "_pending_data"))
		}
		if data != nil {
			im, err := quiz.NewImage(name, sv.Alt, data)
			switch {
			case err != nil:
				errs[field] = quiz.MessageOf(err) + ": choose a PNG, JPEG, GIF or WebP image of up to 2 MB."
			case len(imgs) >= quiz.MaxImages:
				errs[field] = "A card shows at most 10 images: remove one first."
			default:
				sv.Pending = &views.EditImageVM{Name: im.Name, Data: base64.StdEncoding.EncodeToString(im.Data)}
				if sv.Alt == "" {
					errs[field] = "Describe the image for those who cannot see it."
				} else if len([]rune(sv.Alt)) > quiz.MaxImageAlt {
					errs[field] = "The image's description has at most 500 characters."
				}
				im.Side = side
				imgs = append(imgs, im)
			}
		}
		sides = append(sides, sv)
	}
	for i := range sides {
		sides[i].Error = errs[sides[i].Side+"_image"]
	}
	return imgs, sides
}

// cardImageVMs are a written card's images on one side, for the
// instructor's list.
func cardImageVMs(imgs []quiz.Image, side string) []views.ImageVM {
	return imageVMs(quiz.ImagesOn(imgs, side))
}
