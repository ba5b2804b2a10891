package generate

import (
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// The opening theme's title from its central sentence's event, where no
// headline titles it. Blind judges of the Guardian texts, pasted without
// their headlines, called most opening titles bad for the same reasons
// as the later ones ("Internet Address", "Baile Funk", "Brain Cells": a
// phrase, a detail), and the only theme of a short report, titled by the
// course's subject again ("Alex Ferguson"), bad for not saying what the
// paragraphs are about (his retirement). The event rule (event_title.go)
// left the opening theme alone, as a headline titles it in most
// articles. Without a headline, the opening theme of an article that is
// not a biography takes the event rule's title on the same tests; the
// only theme, where its title is the course's title again, takes it
// when its subject is the course's subject ("Sir Alex Ferguson's
// Retirement"), a biography included, as the only theme is no stage of
// a life.

// openingEventTitle retitles themes[0] by title (see above) and reports
// it, by index. title gets the subject the new title must be the event
// of, or "".
func (a *article) openingEventTitle(themes []quiz.Theme, title func(t quiz.Theme, sents []*sentence, used map[string]bool, subject string) string) []int {
	if len(themes) == 0 || a.headline != "" || themes[0].Title == "" || themes[0].Title == repliesTitle {
		return nil
	}
	subject := ""
	switch {
	case len(themes) == 1:
		if !strings.EqualFold(themes[0].Title, a.course) {
			return nil
		}
		f := strings.Fields(a.course)
		subject = strings.ToLower(f[len(f)-1]) // a surname, a name
	case a.isBiography():
		return nil
	}
	sents := a.sentencesOf(themes[0].Paragraphs)
	if len(sents) < eventMinSentences {
		return nil
	}
	used, slugs := otherTitles(themes, 0)
	nt := title(themes[0], sents, used, subject)
	if nt == "" || strings.EqualFold(nt, themes[0].Title) {
		return nil
	}
	themes[0].Title = nt
	themes[0].Slug = uniqueSlug(nt, slugs)
	return []int{0}
}
