package handlers

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"

	"github.com/lectern/lectern/internal/formats"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/quizzes"
)

// exportCourse downloads a course as question-set JSON, GIFT, Moodle XML,
// CSV or an Anki package.
func (h *Handler) exportCourse(w http.ResponseWriter, r *http.Request) {
	c, err := h.db.ExportCourse(r.Context(), r.PathValue("slug"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.writeExport(w, r, c, r.PathValue("format"), c.Course.Slug)
}

// writeExport sends a course, or part of one, as a download.
func (h *Handler) writeExport(w http.ResponseWriter, r *http.Request, c *quiz.Course, format, name string) {
	types := map[string]string{"json": "application/json", "gift": "text/plain; charset=utf-8", "xml": "application/xml; charset=utf-8", "csv": "text/csv; charset=utf-8",
		"apkg": "application/octet-stream"}
	ctype, ok := types[format]
	if !ok {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "Export as json, gift, xml, csv or apkg."))
		return
	}
	var buf bytes.Buffer
	if format == "apkg" {
		if err := formats.WriteAnki(&buf, c, h.now()); err != nil {
			h.fail(w, r, err)
			return
		}
	} else if format == "json" {
		out, err := quizzes.Encode(c)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		buf.Write(out)
	} else if err := formats.WriteCourse(&buf, c, formats.Format(format)); err != nil {
		h.fail(w, r, quiz.Errorf(quiz.EInvalid, "This cannot be written as %s: %v", strings.ToUpper(format), err))
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s.%s"`, name, format))
	w.Header().Set("Cache-Control", "no-store")
	w.Write(buf.Bytes())
}
