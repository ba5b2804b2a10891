package generate

import (
	"regexp"
	"strings"
)

// A group's name is plural. "Labour MPs", "the Lib Dems", "the Tories"
// name many people, not one person and not a body that takes "is" and
// "its". Two rules read it:
//
//   - A "his" or "her" the pronoun rule names (context.go) is one
//     person's: a span whose name ends on a plural group noun ("Labour",
//     which the article also writes as "Labour MPs") is no candidate, so
//     "His first attempt …" is never rewritten "MPs’s first attempt …".
//   - A false statement that swaps a singular name followed by "is",
//     "was", "has" or "does", or that says "its" after it ("Labour is to
//     be investigated over claims its …"), does not take a plural group's
//     name in its place, nor a party's adjective alone: "Lib Dems is …
//     its" and "Conservative is …" are slips of grammar, not plain
//     falsehoods.

// pluralGroupHeads are nouns that end a group's name and are plural.
var pluralGroupHeads = map[string]bool{
	"dems": true, "democrats": true, "tories": true, "conservatives": true,
	"republicans": true, "greens": true, "liberals": true, "nationalists": true,
	"unionists": true, "socialists": true, "communists": true, "nationals": true,
	"members": true, "peers": true, "ministers": true, "rebels": true,
	"backbenchers": true, "officials": true, "leaders": true, "voters": true,
	"supporters": true, "activists": true, "councillors": true, "students": true,
	"workers": true, "people": true, "fans": true, "players": true,
}

// partyAdjectives name a party's member or stance, not the party:
// "Conservative is to be investigated" reads as a slip.
var partyAdjectives = map[string]bool{
	"conservative": true, "tory": true, "liberal": true, "democrat": true,
	"democratic": true, "nationalist": true, "unionist": true, "socialist": true,
	"republican": true, "green": true, "communist": true,
}

// pluralAcronymRE is an acronym's plural: "MPs", "MEPs", "MSPs", "AMs".
var pluralAcronymRE = regexp.MustCompile(`^[A-Z]{2,5}s$`)

// pluralGroupName reports whether name ends on a plural group noun and
// is not "X of Y" ("House of Lords" is one body).
func pluralGroupName(name string) bool {
	ws := strings.Fields(strings.Trim(name, " .,;:’'"))
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if w == "of" || w == "Of" {
			return false
		}
	}
	last := strings.TrimSuffix(strings.TrimSuffix(ws[len(ws)-1], "’"), "'")
	return pluralGroupHeads[strings.ToLower(last)] || pluralAcronymRE.MatchString(last)
}

// groupPersonSpan reports whether sp, typed as a person, stands for a
// group: its own text or the fullest name the article gives it ends on a
// plural group noun.
func (a *article) groupPersonSpan(sp *span) bool {
	if pluralGroupName(sp.text) {
		return true
	}
	id := a.identity(sp.key)
	for _, m := range a.byKey[id] {
		if pluralGroupName(m.text) {
			return true
		}
	}
	return false
}

// singularVerbRE is a singular verb straight after a name.
var singularVerbRE = regexp.MustCompile(`^(?:’s|'s)?\s+(?:is|was|has|does|isn't|wasn't|hasn't|doesn't|says|denies|claims)\b`)

// itsRE is "its" as a word.
var itsRE = regexp.MustCompile(`\bits\b`)

// groupNumberSwapOK reports whether a false statement may put name in
// place of sp in s: not a plural group's name for a singular one the
// sentence agrees with (see above).
func groupNumberSwapOK(s *sentence, sp *span, name string) bool {
	if !sp.kind.proper() || pluralGroupName(sp.text) {
		return true
	}
	if !pluralGroupName(name) && !partyAdjectives[strings.ToLower(strings.TrimSpace(name))] {
		return true
	}
	rest := s.text[sp.end:]
	if strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "'s") {
		return true // a possessive says nothing of number
	}
	if singularVerbRE.MatchString(rest) {
		return false
	}
	// "its" in the clause after the name, before another name.
	clause := rest
	if i := strings.IndexAny(clause, ";."); i >= 0 {
		clause = clause[:i]
	}
	return !itsRE.MatchString(clause)
}
