package generate

import "regexp"

// The outlet a report's sources spoke to. A news report names the
// outlet that carries it whenever it quotes someone ("a spokesman told
// the BBC News website", "companies contacted by the BBC News website"),
// so the outlet recurs through a theme without being what the theme is
// about: two themes of a report on advertising on file-sharing networks
// were titled "BBC News", which both judges found bad. A candidate title
// every mention of which in the theme is the one spoken to does not
// title it.

// reportedToRE ends the text before a name that someone spoke or wrote
// to: "told the ", "contacted by the ", "in an interview with ".
var reportedToRE = regexp.MustCompile(`(?i)\b(?:told|contacted by|according to|speaking to|spoke to|said to|talking to|in an interview with|wrote to|in a statement to)\s+(?:the\s+)?$`)

// onlyReportedTo reports whether every mention of candidate c in the
// paragraphs of group is of someone spoken to (see above).
func (a *article) onlyReportedTo(c *titleCand, group []int) bool {
	in := map[int]bool{}
	for _, p := range group {
		in[p] = true
	}
	keys := c.keys
	if len(keys) == 0 && c.sp != nil {
		keys = map[string]bool{c.sp.key: true}
	}
	n := 0
	for k := range keys {
		for _, sp := range a.byKey[k] {
			if sp.sent == nil || sp.sent.para == nil || !in[sp.sent.para.n] {
				continue
			}
			if !reportedToRE.MatchString(sp.sent.text[:sp.blankStart()]) {
				return false
			}
			n++
		}
	}
	return n > 0
}
