package generate

import (
	"regexp"
	"strings"

	"github.com/jdkato/prose/v3/segment"
)

// The sentence splitter takes "$3.32bn." for an abbreviation (a token
// with a full stop inside it, like "U.S."), and so ran on past it: "…
// ad revenue was up 46%, reaching $3.32bn. Facebook is also a
// minefield for brands." was one sentence, and a true statement made of
// it read "… reaching $3.32bn. Facebook is a minefield for brands." (a
// blind judge of set 97: "joins the ad-revenue figures to the separate
// minefield claim"). An amount with a scale's letters ("bn", "m", "tn")
// followed by a full stop and a capital ends its sentence.
// The empty group marks the end of the full stop.
var scaleStopRE = regexp.MustCompile(`\d(?:bn|tn|m|k)\.()\s+[“"‘']?\p{Lu}`)

// splitAfterScale splits the sentences of src that run on past an
// amount's full stop (see above).
func splitAfterScale(src string, sents []segment.Sentence) []segment.Sentence {
	var out []segment.Sentence
	for i, ss := range sents {
		if ss.Start < 0 || ss.End() > len(src) || !scaleStopRE.MatchString(ss.Text) {
			if out != nil {
				out = append(out, ss)
			}
			continue
		}
		if out == nil {
			out = append(make([]segment.Sentence, 0, len(sents)+1), sents[:i]...)
		}
		text, start := ss.Text, ss.Start
		for loc := scaleStopRE.FindStringSubmatchIndex(text); loc != nil; loc = scaleStopRE.FindStringSubmatchIndex(text) {
			stop := loc[2] // just past the full stop
			out = append(out, segment.Sentence{Text: text[:stop], Start: start})
			next := len(text) - len(strings.TrimLeft(text[stop:], " \t\n\r\f"))
			text, start = text[next:], start+next
		}
		if text != "" {
			out = append(out, segment.Sentence{Text: text, Start: start})
		}
	}
	if out == nil {
		return sents
	}
	return out
}
