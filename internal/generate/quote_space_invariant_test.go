package generate

import "strings"

// quoteSpacedLike is sentence with the space put back before a
// quotation's opening mark, as quoteSpaceEdit puts it back in a
// statement, where statement has it: a false statement repaired so
// changes more than its swap only by that space.
func quoteSpacedLike(statement, sent string) string {
	e, ok := quoteSpaceEdit(&sentence{text: sent})
	if !ok || !strings.Contains(statement, e.new) || strings.Contains(statement, e.old) {
		return sent
	}
	return strings.Replace(sent, e.old, e.new, 1)
}
