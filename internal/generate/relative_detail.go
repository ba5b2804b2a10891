package generate

import "regexp"

// Incidental relative details. Blind judges rejected as trivia a
// report's "the i unit updates last year's concept" (a comparison with a
// relative date: which year's, which earlier model, the learner cannot
// tell and need not know) and a life's "whom his daughter married" (a
// child's marriage, told on the way to the subject, as the parents'
// marriage and the brothers' careers are in bio_kin.go).

// predecessorRE: a product or plan set against its own earlier version
// by a relative date or "earlier"/"previous": "updates last year's
// prototype", "replaces an earlier model", "builds on its predecessor".
var predecessorRE = regexp.MustCompile(`(?i)\b(?:updates?|updated|updating|replaces?|replaced|replacing|succeeds?|succeeded|improves?\s+(?:up)?on|improved\s+(?:up)?on|builds?\s+on|built\s+on|refreshes|refreshed|revamps?|revamped|upgrades?|upgraded|is\s+an?\s+(?:update|upgrade|successor)\s+(?:of|to))\s+(?:last\s+year['’]s|(?:an?|the|its|their)\s+(?:earlier|previous|older|original|first)\b|(?:its|their|the)\s+predecessor|(?:a|the)\s+(?:concept|model|version|prototype)\s+(?:shown|unveiled|launched|released)\s+(?:last|a)\s+year)`)

// predecessorSentence reports a sentence whose point is how a thing
// differs from its own earlier version, named by a relative date.
func predecessorSentence(s *sentence) bool {
	return predecessorRE.MatchString(s.text)
}

// childMarriedRE: a child of the subject (or of a named person) and
// whom the child married: "His daughter Elizabeth married Sir Henry
// Lacey", "Their eldest son, Robert, married …", "One of her daughters
// wed …".
var childMarriedRE = regexp.MustCompile(`\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*(?:'s|’s))\s+(?:(?:eldest|elder|oldest|younger|youngest|only|second|third|two|three|four)\s+)?(?:sons?|daughters?|children|stepsons?|stepdaughters?)\b(?:,?\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?,?)?\s+(?:later\s+|subsequently\s+|eventually\s+)?(?:married|wed|(?:was|were)\s+married\s+to)\b`)
