package generate

import "regexp"

// The reporting around a story. Two kinds of sentence tell how the news
// was gathered or passed on rather than what happened, and blind judges
// rejected true statements and blanks drawn from them as trivia:
//   - who could not be reached, or would not speak ("No one from the
//     Motion Picture Association of America was immediately available for
//     comment on the file sharing development"; "declined to comment");
//   - who put whom in touch with whom, and who had been in contact with
//     whom first ("North Devon landowner Giles Bradshaw was put in touch
//     with the Middle Way Group, …, after he had been in contact with the
//     rural affairs ministry, Defra").
//
// Such a sentence is incidental (incidentalSentence): items on it are
// held back, whatever their answer.
var (
	noCommentRE = regexp.MustCompile(`(?i)\b(?:(?:available|unavailable|reached)\s+for\s+(?:a\s+)?comments?|(?:declined|refused|unwilling|would\s+not|did\s+not\s+wish)\s+to\s+comment|could\s+not\s+be\s+(?:reached|contacted)|(?:did\s+not|failed\s+to)\s+(?:immediately\s+)?(?:respond|reply)\s+to\s+(?:a\s+|our\s+)?(?:requests?|calls?)\s+for\s+comment)\b`)
	contactRE   = regexp.MustCompile(`(?i)\b(?:put|got|get|gets|getting|been|was|were|is|are|be|being|kept|keep|stayed|stay)\s+in\s+(?:touch|contact)\s+with\b`)
)

// reportingAside reports whether sentence s tells of the reporting or the
// contacts around the story rather than the story (see above).
func reportingAside(s *sentence) bool {
	return noCommentRE.MatchString(s.text) || contactRE.MatchString(s.text)
}
