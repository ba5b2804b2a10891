package generate

import (
	"regexp"
	"strings"
)

// A report may close on an example it asks the reader to imagine: "You
// might even be able to tell your home system that you are going away."
// It states no fact of the article: quoted as a true statement it cannot
// be judged false, and both judges rejected it as a speculative aside. A
// sentence that opens on "You" (after at most a connective) and a modal
// of possibility is not asked. A how-to's instructions ("You can add
// straw", "You should turn the pile") say what to do, and are kept.

// readerExampleRE is a sentence opening on "You" and a modal of
// possibility.
var readerExampleRE = regexp.MustCompile(`^(?:(?:And|But|So|Now|Perhaps|Maybe|One day|Soon|In future|In the future),? )?[Yy]ou (?:might|may|could|would)\b`)

// readerExample reports whether s is an example the reader is asked to
// imagine (see above).
func readerExample(s *sentence) bool {
	return readerExampleRE.MatchString(s.text[datelineEnd(s.text):])
}

// A report may open by addressing the reader: "The odds are that when
// you switch on your computer, you check your mail first." Put to the
// learner as true or false, or as a blank, the lead reads as a claim
// about the learner's own habits, not as what the report tells. A
// sentence of the article's first paragraph with "you" or "your"
// outside quotation marks is held back (readerHook). A how-to's
// instructions come after its opening paragraph, which says what the
// thing is, and are kept.

// readerHook reports a sentence of the article's first paragraph that
// addresses the reader (see above).
func (a *article) readerHook(s *sentence) bool {
	if s == nil || s.para == nil || len(a.paras) == 0 || s.para != a.paras[0] {
		return false
	}
	for _, t := range s.toks {
		switch strings.ToLower(t.text) {
		case "you", "your", "yours", "yourself":
			if !quotedAt(s.text, t.start) {
				return true
			}
		}
	}
	return false
}
