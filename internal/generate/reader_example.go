package generate

import "regexp"

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
