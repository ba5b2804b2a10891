package generate

import "regexp"

// Family on a stage. Set 71's judges rejected, both as TRIVIA, a true
// statement that a party leader "was joined on stage by his wife …,
// daughter … and stepson …", and the one on the sentence telling that
// his speech "had been introduced by his son …, a trainee vicar": who
// stood beside a speaker is a detail of the occasion, not of what was
// said. familyOnStage finds a sentence, after the article's first, that
// names a relative by name after the relation ("his wife Sandra", "her
// son Tom,", "daughter Larissa") and tells a stage or an introduction
// ("on stage", "introduced by", "accompanied by", "flanked by", "joined
// by", "in the audience", "looked on"). Such a sentence is incidental
// (incidental_sentence.go), in the lead as after it: its items rank
// under the threshold. Where another sentence names the relative again,
// the relative is part of the story, and the sentence is left.

// familyNameRE: a relative named right after the relation.
var familyNameRE = regexp.MustCompile(`\b(?:(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:elder|eldest|younger|youngest|teenage|grown-up|adult)\s+)?)?(?:wife|husband|son|daughter|stepson|stepdaughter|sons|daughters|children|grandson|granddaughter|grandchildren|fiancée|fiancee|fiance|fiancé)\s+([A-Z][\p{L}'’-]+)`)

// familyStageRE: a stage, an introduction or an audience.
var familyStageRE = regexp.MustCompile(`(?i)\b(?:on\s+(?:the\s+)?(?:stage|platform|podium)|introduced\s+by|accompanied\s+by|flanked\s+by|joined\s+by|joined\s+on\s+stage|in\s+the\s+audience|looked\s+on|watched\s+from)\b`)

// familyOnStage reports whether s tells the relatives beside a speaker
// (see above).
func (a *article) familyOnStage(s *sentence) bool {
	if s == nil || s.idx == 0 || !familyStageRE.MatchString(s.text) {
		return false
	}
	ms := familyNameRE.FindAllStringSubmatch(s.text, -1)
	if len(ms) == 0 {
		return false
	}
	for _, m := range ms {
		for _, sp := range a.byKey[key(m[1])] {
			if sp.sent != s {
				return false
			}
		}
	}
	return true
}
