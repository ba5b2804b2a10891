package generate

import "regexp"

// The reporting around a story. Two kinds of sentence tell how the news
// was gathered or passed on rather than what happened, and blind judges
// rejected true statements and blanks drawn from them as trivia:
//   - who was not available for comment, or would not comment ("No one
//     from the Motion Picture Association of America was immediately
//     available for comment on the file sharing development"; "declined
//     to comment"; "would not comment on the report"; "was unable to
//     reach the singer for comment"; "had no comment");
//   - who put whom in touch with whom ("North Devon landowner Giles
//     Bradshaw was put in touch with the Middle Way Group, …, after he had
//     been in contact with the rural affairs ministry, Defra");
//   - what the report's own correspondent saw or said ("BBC
//     correspondent Sarah Mukherjee said hunt supporters were in tears"):
//     the colour of the scene as a reporter gives it, not the news.
//
// Such a sentence is incidental (incidentalSentence): items on it are
// held back, whatever their answer.
var (
	noCommentRE = regexp.MustCompile(`(?i)\b(?:(?:available|unavailable|reached)\s+for\s+(?:a\s+)?comments?|(?:reach|contact)\s+(?:[\w’'.-]+\s+){1,4}for\s+(?:a\s+)?comments?|(?:declined|refused|unwilling|would\s+not|did\s+not\s+wish)\s+to\s+comment|(?:would|could|did|will)(?:\s+not|n[’']t)\s+(?:immediately\s+|publicly\s+)?comment|(?:had|has|have|made|offered)\s+no\s+(?:immediate\s+|further\s+)?comment|(?:did\s+not|failed\s+to)\s+(?:immediately\s+)?(?:respond|reply)\s+to\s+(?:a\s+|our\s+)?(?:requests?|calls?)\s+for\s+comment)\b`)
	// contactRE: "in touch with" is said of people; "in contact with" only
	// where someone is put or gets there ("got in contact with"), since
	// water "is in contact with" rock and a patient "had been in contact
	// with" infected birds.
	// reporterRE: a correspondent or reporter speaks, opening the
	// sentence ("BBC correspondent Sarah Mukherjee said …", "Our
	// political correspondent says …") or closing it ("…, said the
	// BBC's reporter in Kabul").
	reporterRE = regexp.MustCompile(`(?i)^(?:the\s+)?(?:bbc(?:'s|’s)?\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:correspondents?|reporters?)\b[^,.;:"“]{0,40}?\b(?:said|says|reported|reports|added|noted|described)\b|,\s*(?:said|says|reported)\s+(?:the\s+)?(?:bbc(?:'s|’s)?\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:correspondents?|reporters?)\b[^,;:]{0,40}[.!?]?$`)
	contactRE  = regexp.MustCompile(`(?i)\bin\s+touch\s+with\b|\b(?:get|gets|got|getting|put)\s+in\s+contact\s+with\b`)
)

// reportingAside reports whether sentence s tells of the reporting or the
// contacts around the story rather than the story (see above).
func reportingAside(s *sentence) bool {
	return noCommentRE.MatchString(s.text) || contactRE.MatchString(s.text) || reporterRE.MatchString(s.text[datelineEnd(s.text):])
}
