package handlers

import (
	"github.com/lectern/lectern/internal/generate"
	"github.com/lectern/lectern/internal/quiz"
)

// repliesNoteText tells an instructor what became of a closing run of
// readers' replies: Lectern drafts nothing from them (generate's
// reader_replies.go and reply_shapes.go).
const repliesNoteText = "This page ends in readers' replies; the drafts come from the article above them, and the replies are kept as a theme of their own with no drafts."

// repliesFrom returns the number of the first paragraph of the readers'
// replies that close a course's paragraphs, or 0.
func repliesFrom(pars []quiz.Paragraph) int {
	texts := make([]string, len(pars))
	for i, p := range pars {
		texts[i] = p.Text
	}
	return generate.RepliesFrom(texts)
}

// courseRepliesNote is the note for a course whose text ends in readers'
// replies, or "".
func courseRepliesNote(pars []quiz.Paragraph) string {
	if repliesFrom(pars) > 0 {
		return repliesNoteText
	}
	return ""
}

// themeRepliesNote is the note for a theme of a course's readers'
// replies (its paragraphs all among them), or "".
func themeRepliesNote(pars []quiz.Paragraph, theme []int) string {
	k := repliesFrom(pars)
	if k == 0 || len(theme) == 0 {
		return ""
	}
	for _, n := range theme {
		if n < k {
			return ""
		}
	}
	return repliesNoteText
}

// proposedRepliesNote is the note for the new-course form when the
// article, as pasted, ends in readers' replies Lectern proposes as a
// theme of their own: only an article without headings of its own.
func proposedRepliesNote(pars []string, sections []generate.Section) string {
	if len(sections) == 0 && generate.RepliesFrom(pars) > 0 {
		return repliesNoteText
	}
	return ""
}
