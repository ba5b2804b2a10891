package generate

import (
	"regexp"
	"strings"
)

// A feature that opens on a scene: "Clay Cockrell is sitting in his
// office at Columbus Circle, across the street from 1 Central Park West
// …"; "In front of the tower is Central Park, where Cockrell holds his
// popular walk and talk therapy sessions." Where someone sits and what
// stands in front of what set the scene for the article's matter and
// are none of it (set 98, both judges, TRIVIA, on both). A sentence of
// the article's first paragraph that places someone with a verb of
// posture in the present ("is sitting", "stands"), or opens by placing
// one thing in front of, behind or beside another, carries no item.

// scenePostureRE is a verb of posture in the present.
var scenePostureRE = regexp.MustCompile(`\b(?:is|are) (?:sitting|standing|perched|lying|leaning|waiting|seated)\b|\b(?:sits|stands|perches|leans)\b`)

// scenePostureWithin is how far into its sentence, in bytes, the verb
// of posture comes: the main clause's, not one of a clause far on
// ("… with its total earnings, stands …").
const scenePostureWithin = 50

// sceneLocativeRE opens a sentence by placing a thing ("In front of the
// tower is …", "Behind him stands …", "Across the road lies …").
var sceneLocativeRE = regexp.MustCompile(`^(?:In front of|Behind|Beside|Next to|Across (?:from|the (?:road|street|square))|Opposite|Above|Below|Outside|Inside)\b[^,]{0,60}\b(?:is|are|stands|stand|sits|sit|lies|lie|hangs|hang|looms|rises)\b`)

// sceneLead reports whether s is such a sentence of the article's first
// paragraph (see above).
func sceneLead(s *sentence) bool {
	// A speaker's words, not the writer's scene.
	if s.para == nil || s.para.n != 1 || len(s.toks) == 0 || quoteMark(s.toks[0]) {
		return false
	}
	if loc := scenePostureRE.FindStringIndex(s.text); loc != nil && loc[0] <= scenePostureWithin {
		return true
	}
	return sceneLocativeRE.MatchString(strings.TrimLeft(s.text, `"“‘'`))
}
