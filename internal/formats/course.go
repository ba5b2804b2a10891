package formats

import (
	"fmt"
	"io"

	"github.com/lectern/lectern/internal/quiz"
)

// WriteCourse writes a course's questions and cards in a format: GIFT and
// Moodle XML hold every question (a category per theme); CSV and TSV hold the written
// cards, then one card per question. JSON is written by quizzes.Encode.
func WriteCourse(w io.Writer, c *quiz.Course, f Format) error {
	switch f {
	case FormatGIFT:
		return WriteGIFT(w, c.Questions)
	case FormatMoodleXML:
		return WriteMoodleXML(w, c.Questions)
	case FormatCSV, FormatTSV:
		comma := ','
		if f == FormatTSV {
			comma = '\t'
		}
		cards := append(append([]quiz.Card(nil), c.Cards...), QuestionCards(c.Questions)...)
		return WriteCSV(w, cards, comma)
	}
	return fmt.Errorf("%w: cannot write a course as %q", ErrUnknownFormat, f)
}
