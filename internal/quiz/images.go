package quiz

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"path"
	"strings"
	"unicode/utf8"
)

// Image is a picture shown with a question's stem or on one side of a
// written card. The bytes are stored once, under their SHA-256 (Hash);
// a question or card keeps only the reference. Data travels with an
// image in the question-set JSON format (base64) and while a file is
// imported or exported; the store keeps it in its own table.
type Image struct {
	// Side is "front" or "back" for a card's image, empty for a
	// question's (its stem).
	Side string `json:"side,omitempty"`
	// Name is the file name the image came with (logo.jpg).
	Name string `json:"name"`
	// Alt is the text that stands for the image: the source's alt
	// attribute, else the file name.
	Alt string `json:"alt,omitempty"`
	// Type is the media type sniffed from the bytes (image/png, …).
	Type string `json:"type,omitempty"`
	Hash string `json:"sha256,omitempty"`
	Data []byte `json:"data,omitempty"`
}

// Card sides that hold images.
const (
	SideFront = "front"
	SideBack  = "back"
)

// Image limits: one image, and the images of one import file together.
const (
	MaxImageBytes       = 2 << 20
	MaxImportImageBytes = 32 << 20
	MaxImages           = 10 // per question or card
	MaxImageName        = 200
	MaxImageAlt         = 500
)

// ImageTypes are the media types Lectern stores and serves. SVG is not one:
// it can carry script.
var ImageTypes = []string{"image/png", "image/jpeg", "image/gif", "image/webp"}

// NewImage checks data as an image and returns it with its media type,
// sniffed from the bytes (never from the name), and its hash. The alt text
// is the given one, else the file name. An image over MaxImageBytes, or of
// another type than ImageTypes, is an EInvalid error naming the file.
func NewImage(name, alt string, data []byte) (Image, error) {
	name = ImageName(name)
	alt = strings.TrimSpace(alt)
	if alt == "" {
		alt = name
	}
	alt = truncateRunes(alt, MaxImageAlt)
	if len(data) == 0 {
		return Image{}, Errorf(EInvalid, "image %q is empty", name)
	}
	if len(data) > MaxImageBytes {
		return Image{}, Errorf(EInvalid, "image %q is %d KB, more than the %d MB an image may be", name, len(data)>>10, MaxImageBytes>>20)
	}
	typ := SniffImage(data)
	if typ == "" {
		return Image{}, Errorf(EInvalid, "%q is not a PNG, JPEG, GIF or WebP image", name)
	}
	sum := sha256.Sum256(data)
	return Image{Name: name, Alt: alt, Type: typ, Hash: hex.EncodeToString(sum[:]), Data: data}, nil
}

// SniffImage returns the media type of data when it is one of ImageTypes,
// else "".
func SniffImage(data []byte) string {
	t := http.DetectContentType(data)
	for _, ok := range ImageTypes {
		if t == ok {
			return t
		}
	}
	return ""
}

// ImageName keeps the last element of a file name or path, trimmed and
// bounded, so that a name read from a file never carries a directory.
func ImageName(name string) string {
	name = strings.TrimSpace(strings.ReplaceAll(name, "\\", "/"))
	name = path.Base(name)
	if name == "." || name == "/" {
		name = "image"
	}
	return truncateRunes(name, MaxImageName)
}

// ValidHash reports whether s is an image hash: 64 lowercase hex digits.
func ValidHash(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// ImagesOn returns the images of a card's side.
func ImagesOn(imgs []Image, side string) []Image {
	var out []Image
	for _, im := range imgs {
		if im.Side == side {
			out = append(out, im)
		}
	}
	return out
}

func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n])
}

// StoredImage is an image as the store serves it.
type StoredImage struct {
	Hash string
	Type string
	Data []byte
}

// ImageUse is one place an image is shown, as the image route checks it:
// the course it belongs to, and whether a learner may see it there (Open:
// the stem of a live question in a published set, or a card in the
// learner's deck, as the flashcard routes read it).
type ImageUse struct {
	CourseID int64
	Open     bool
}

// SideOption is where an image beside an option of a choice question is
// shown, as the store records it.
const SideOption = "option"

// ValidateOptionImages checks the images beside a question's options:
// only a choice question's options carry one, which must be an image
// NewImage accepts, or name a stored one. (The editor asks for its alt
// text; an imported one has its source's, else its file name.)
func ValidateOptionImages(q Question) []Problem {
	var ps []Problem
	for i, o := range q.Options {
		if o.Image == nil {
			continue
		}
		where := fmt.Sprintf("options[%d].image", i)
		if q.Type != Single && q.Type != Multiple {
			ps = append(ps, Problem{Where: where, What: "only a single-choice or multiple-response option carries an image"})
			continue
		}
		im := *o.Image
		im.Side = ""
		for _, p := range ValidateImages([]Image{im}, false) {
			ps = append(ps, Problem{Where: where, What: p.What})
		}
	}
	return ps
}

// OptionImages returns the images beside a question's options, in the
// options' order.
func OptionImages(q Question) []Image {
	var out []Image
	for _, o := range q.Options {
		if o.Image != nil {
			out = append(out, *o.Image)
		}
	}
	return out
}

// SideFeedback is where an image shown with feedback is recorded by the
// store: with an option's position for an option's feedback, without one
// for the question's general feedback (its explanation). A feedback image
// is answer material: a learner sees it only once they have answered.
const SideFeedback = "feedback"

// ValidateFeedbackImages checks the images shown with a question's
// feedback: at most MaxImages in the general feedback and in each
// option's, each one NewImage accepts or a stored one.
func ValidateFeedbackImages(q Question) []Problem {
	var ps []Problem
	check := func(where string, imgs []Image) {
		for _, p := range ValidateImages(imgs, false) {
			ps = append(ps, Problem{Where: where, What: p.What})
		}
	}
	check("feedback_images", q.FeedbackImages)
	for i, o := range q.Options {
		check(fmt.Sprintf("options[%d].feedback_images", i), o.FeedbackImages)
	}
	for i, m := range q.Marked {
		check(fmt.Sprintf("marked[%d].feedback_images", i), m.FeedbackImages)
	}
	for i, n := range q.Numeric {
		check(fmt.Sprintf("numeric[%d].feedback_images", i), n.FeedbackImages)
	}
	return ps
}

// FeedbackImagesOf returns every image a question's feedback shows: the
// general feedback's, then each option's, in the options' order, then
// each short or numeric answer's.
func FeedbackImagesOf(q Question) []Image {
	out := append([]Image(nil), q.FeedbackImages...)
	for _, o := range q.Options {
		out = append(out, o.FeedbackImages...)
	}
	for _, m := range q.Marked {
		out = append(out, m.FeedbackImages...)
	}
	for _, n := range q.Numeric {
		out = append(out, n.FeedbackImages...)
	}
	return out
}

// AnswerFeedbackImages returns the images of the feedback written for the
// short or numeric answer a typed text matches (see MatchShort and
// MatchNumeric), or none.
func AnswerFeedbackImages(q Question, text string) []Image {
	switch q.Type {
	case Short:
		if i := matchShort(q, text); i >= 0 {
			return q.Marked[i].FeedbackImages
		}
	case Numeric:
		if i := matchNumeric(q, text); i >= 0 {
			return q.Numeric[i].FeedbackImages
		}
	}
	return nil
}
