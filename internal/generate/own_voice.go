package generate

import (
	"fmt"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// An article mostly in a speaker's own voice. BBC politics 250 prints
// six pressure groups' answers without the questions and without
// quotation marks: "We've called for the state pension to be
// increased …", "I think we will be successful." Half its sentences
// say "we" or "I" with nobody named (unsaidFirstPerson), so few state a
// fact a learner can check alone, and the generator proposes few items.
// The note on a thin theme says why, so the instructor is not left to
// guess: voiceNotes rewrites it where two in five or more of the usable
// sentences of the article are a speaker's words with no speaker
// (politics 250: 49%; no other text of sets 44 to 59, the shared
// articles or 35 other BBC reports over 20%).

// ownVoiceShare is the share of the usable sentences of paras that speak
// in the first person outside quotation marks with no speaker named.
func ownVoiceShare(paras []*para) float64 {
	n, own := 0, 0
	for _, p := range paras {
		for _, s := range p.sents {
			if !s.usable() {
				continue
			}
			n++
			if unsaidFirstPerson(s) {
				own++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(own) / float64(n)
}

// ownVoiceLeast is the share of an article's sentences in a speaker's own
// voice from which its thin themes' notes say so.
const ownVoiceLeast = 0.4

// voiceNotes rewrites the thin-theme notes of an article mostly in a
// speaker's own voice.
func (a *article) voiceNotes(c *quiz.Course, notes []ThemeNote) {
	if len(notes) == 0 || ownVoiceShare(a.paras) < ownVoiceLeast {
		return
	}
	title := map[string]string{}
	for _, t := range c.Themes {
		title[t.Slug] = t.Title
	}
	for i, n := range notes {
		notes[i].Text = fmt.Sprintf(
			"%q proposes %d of the %d items a quiz needs: much of the article is in a speaker's own voice (%s outside quotation marks, with nobody named), so few sentences state a fact on their own. Add items by hand, or see the held-back drafts.",
			title[n.Theme], n.Proposed, minProposed, strings.Join([]string{`"we"`, `"I"`}, " or "))
	}
}
