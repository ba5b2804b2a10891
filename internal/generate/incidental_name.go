package generate

import (
	"regexp"
	"strings"
)

// Blanks over incidental names. Both blind judges of a report on net
// firms rejected a blank over the firm a quoted expert works for ("_____ took
// a similar approach, said Mr Seagrave", where the article introduced him
// as "security expert at Energis"): the blank tests which firm employs
// the speaker, not what was done. Both also rejected, in a life, the town
// the subject grew up in when it is not one of the life's main places,
// and the name of the master the subject was apprenticed to. Such blanks
// are incidental (trivia.go): held back, not proposed.

var (
	// speakerAfterRE / speakerBeforeRE: the speaker's surname, in "…,
	// said Mr Seagrave" or "Mr Seagrave said".
	speakerAfterRE  = regexp.MustCompile(`(?:said|says|added|according to)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?\s+)?(?:[A-Z][a-z]+\s+)?([A-Z][a-z]+)\s*[.,;]?\s*$`)
	speakerBeforeRE = regexp.MustCompile(`\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?\s+([A-Z][a-z]+)\s+(?:said|says|added)\b`)
	// masterBeforeRE: the text before a blank over the master of an
	// apprenticeship ("apprenticed to Bristol mariner _____").
	masterBeforeRE = regexp.MustCompile(`\b(?:apprenticed|articled|indentured|bound)\s+(?:as\s+an?\s+\p{Ll}+\s+)?to\s+(?:(?:a|an|the)\s+)?(?:[A-Z][\p{L}-]+\s+)?(?:\p{Ll}+\s+){0,2}$`)
	// childhoodBeforeRE: the text before a blank over a place the
	// subject grew up in ("grew up in _____ and Bristol", "spent part of
	// his childhood in _____").
	childhoodBeforeRE = regexp.MustCompile(`\b(?:grew up|was raised|were raised|was brought up|spent\s+(?:(?:part|much|most|some)\s+of\s+)?(?:his|her|their)\s+(?:childhood|boyhood|girlhood|youth|early years))\s+(?:in|at)\s+(?:[A-Z][\p{L}-]+(?:,?\s+[A-Z][\p{L}-]+)?,?\s+(?:and|or)\s+)?$`)
)

// incidentalName reports whether the blank of sp in s is over an
// incidental name (see above).
func (a *article) incidentalName(s *sentence, sp *span) bool {
	if sp == nil || !sp.kind.proper() {
		return false
	}
	before := s.text[datelineEnd(s.text):sp.blankStart()]
	if a.speakersEmployer(s, sp) {
		return true
	}
	if _, short := a.biographySubject(); short != "" && a.mentions(sp.key) <= 2 {
		if (sp.kind == kPerson || sp.kind == kName) && masterBeforeRE.MatchString(before) {
			return true
		}
		if sp.kind == kPlace && childhoodBeforeRE.MatchString(before) {
			return true
		}
	}
	return false
}

// speakersEmployer reports whether the answer of sp is the body the
// speaker the sentence cites works for, as the article describes him:
// "Malcolm Seagrave, security expert at Energis" or "Energis security
// expert Malcolm Seagrave".
func (a *article) speakersEmployer(s *sentence, sp *span) bool {
	answer := s.text[sp.start:sp.end]
	if strings.TrimSpace(answer) == "" || a.mentions(sp.key) > 3 {
		return false
	}
	// A body the article opens on, or keeps coming back to, is what it
	// is about (a handset maker's study, quoted through its own
	// adviser), not where a speaker happens to work.
	for i := 0; i < 1 && i < len(a.paras); i++ {
		if strings.Contains(a.paras[i].text, answer) {
			return false
		}
	}
	var surnames []string
	if m := speakerAfterRE.FindStringSubmatch(s.text); m != nil {
		surnames = append(surnames, m[1])
	}
	for _, m := range speakerBeforeRE.FindAllStringSubmatch(s.text, -1) {
		surnames = append(surnames, m[1])
	}
	q := regexp.QuoteMeta(answer)
	for _, sn := range surnames {
		if strings.Contains(answer, sn) {
			continue
		}
		n := regexp.QuoteMeta(sn)
		re := regexp.MustCompile(`\b` + n + `,\s+[^.;,]{0,60}?\b(?:at|of|for|with|from)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}` + q + `\b|\b` + q + `(?:'s|’s)?\s+(?:[\p{Ll}-]+\s+){1,3}(?:[A-Z][a-z]+\s+)?` + n + `\b`)
		for _, o := range a.sents {
			if re.MatchString(o.text) {
				return true
			}
		}
	}
	return false
}

// timingAsideRE: a hedged judgement of the subject's age or timing, "was
// somewhat old to be starting", "unusually young for a captain". Both
// blind judges rejected the biographer's aside "At 18, Rogers was
// somewhat old to be starting a seven-year apprenticeship" as trivia:
// it remarks on a fact rather than states one.
var timingAsideRE = regexp.MustCompile(`(?i)\b(?:somewhat|rather|relatively|unusually|comparatively|fairly|quite|remarkably|surprisingly|exceptionally)\s+(?:old|young|late|early|older|younger)\s+(?:to\s+(?:be\s+)?\p{Ll}+|for\s+(?:a|an|the|his|her|their|someone|one)\b)`)

// timingAside reports whether text is a hedged remark on an age or a time.
func timingAside(text string) bool { return timingAsideRE.MatchString(text) }
