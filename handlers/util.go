package handlers

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

func itoa(n int) string { return strconv.Itoa(n) }

// upperFirst capitalises the first letter of an ASCII-initial message.
func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// parseForm reads a posted form, answering 413 itself when the body is too
// large; it reports whether the handler may go on.
func (h *Handler) parseForm(w http.ResponseWriter, r *http.Request) bool {
	parse := r.ParseForm
	if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data") {
		// The question editor's form, which may carry an image.
		parse = func() error { return r.ParseMultipartForm(quiz.MaxImageBytes + 1<<20) }
	}
	if err := parse(); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			h.tooLarge(w, r, h.maxBody)
			return false
		}
		http.Error(w, "The form could not be read.", http.StatusBadRequest)
		return false
	}
	return true
}
