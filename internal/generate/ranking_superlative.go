package generate

import "regexp"

// A superlative that says what a ranking is. "The Top 500 list … charts
// the fastest computers in the world" tells what the list ranks; reversed
// ("charts the slowest computers"), the statement is false on its face to
// anyone who has heard of a chart of supercomputers, and it tests no
// reading of the article. A superlative right after a verb or a noun of
// ranking ("charts the", "ranks the", "a list of the", "the league table
// of the") is not reversed (reversalPlausible).

// rankingBeforeRE: the text before a superlative ends on a ranking's verb
// or noun and "the".
var rankingBeforeRE = regexp.MustCompile(`(?i)\b(?:charts?|charted|charting|ranks?|ranked|ranking|rankings|lists?|listed|listing|tracks?|tracked|league(?:\s+table)?|table|index|survey)\s+(?:of\s+)?(?:the\s+)?(?:world's\s+|country's\s+|nation's\s+)?(?:\d+\s+|[a-z]+\s+hundred\s+|top\s+\d*\s*)?$`)

// rankingSuperlative reports whether the text before a superlative names
// a ranking of it (see above).
func rankingSuperlative(before string) bool {
	return rankingBeforeRE.MatchString(before)
}
