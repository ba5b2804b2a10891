package generate

import "strings"

// A blank over a ranking label: "Goldsmith said the _____ was a dire lack
// of major new bands" for "biggest problem", "the _____ is that we stop
// using our own navigation skills" for "biggest risk", "_____ to
// sunlight" for "greater exposure". The content the label announces
// stays in view, and the blank asks for the wording around it: blind
// judges rejected every such card (sets 93 and 96: five verdicts R, one
// E, "blanks the wording 'biggest problem' instead of the substance").

// labelDegrees rank what they qualify.
var labelDegrees = set(`biggest|greatest|largest|greater|bigger|main|key|major|chief|primary|principal|central|real|only|single|first|last|best|worst|top`)

// labelHeads name a point the sentence goes on to state.
var labelHeads = set(`problem|problems|risk|risks|exposure|issue|issues|challenge|challenges|concern|concerns|threat|threats|worry|worries|question|questions|change|changes|difference|differences|advantage|advantages|benefit|benefits|reason|reasons|factor|factors|priority|priorities|obstacle|obstacles|hurdle|hurdles|danger|dangers|fear|fears|cause|causes|aim|goal|point|lesson|lessons|surprise|achievement|success|failure|mistake|attraction|draw|selling`)

// labelBlank reports whether answer sp is a degree and a point noun
// ("biggest problem", "greater exposure", "most important reason").
func labelBlank(sp *span) bool {
	if sp.kind != kTerm {
		return false
	}
	f := strings.Fields(strings.ToLower(sp.text))
	if len(f) >= 2 && (f[0] == "the" || f[0] == "a" || f[0] == "an") {
		f = f[1:]
	}
	if len(f) == 3 && (f[0] == "most" || f[0] == "least") {
		f = f[1:]
		return labelHeads[f[1]]
	}
	return len(f) == 2 && labelDegrees[f[0]] && labelHeads[f[1]]
}
