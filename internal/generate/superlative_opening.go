package generate

import "strings"

// A ranking that opens a sentence with nothing to rank among: "The most
// remarkable change is in time spent talking on the phone." The changes
// are those the paragraphs before describe (how children's habits
// differ from earlier generations'); alone, the statement does not say
// what changed (set 94, both judges: "'The most remarkable change'
// needs the earlier sentence").

// rankedChangeNouns are the nouns of a change or a finding that a
// superlative ranks among others told before.
var rankedChangeNouns = set(`change|changes|difference|differences|shift|shifts|rise|rises|increase|increases|fall|falls|drop|drops|
decline|declines|gain|gains|growth|improvement|improvements|surprise|surprises|finding|findings|effect|effects|impact|impacts`)

// rankedChangeComplements complete a ranking: "the biggest rise in
// prices", "the largest change of the decade", "the biggest drop since
// 2008".
var rankedChangeComplements = set(`of|in|for|among|since|to|on|from|across|between|at|by|within|ever|yet|so|that|which|who`)

// superlativeChangeOpening reports whether s opens on "The" and a
// superlative ("most remarkable", "biggest") of a change or finding
// noun, followed at once by its verb, with nothing it ranks among.
func superlativeChangeOpening(s *sentence) bool {
	i := openingTokens(s)
	if i+3 >= len(s.toks) || !strings.EqualFold(s.toks[i].text, "the") {
		return false
	}
	i++
	switch strings.ToLower(s.toks[i].text) {
	case "most", "least":
		if !strings.HasPrefix(s.toks[i+1].tag, "JJ") {
			return false
		}
		i += 2
	default:
		if s.toks[i].tag != "JJS" {
			return false
		}
		i++
	}
	if i+1 >= len(s.toks) || !rankedChangeNouns[strings.ToLower(s.toks[i].text)] {
		return false
	}
	next := s.toks[i+1]
	nw := strings.ToLower(next.text)
	if rankedChangeComplements[nw] {
		return false
	}
	return strings.HasPrefix(next.tag, "VB") || beForms[nw]
}
