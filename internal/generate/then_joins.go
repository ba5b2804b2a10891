package generate

// "Gordon Brown sets out what is seen as a rival manifesto then appears
// to embark on his own personal campaign.": this "then" joins a second
// verb to the first, as "and then" would; it does not tie the sentence
// to the one before. dulyEdit leaves out a narrative "then" right after
// the subject ("Pilecki then joined the army"); after a noun that ends
// the first verb's object it is not after the subject, and leaving it
// out ran the two verbs together ("… a _____ appears to embark …").
// A finite verb before the "then" tells the two apart.

// finiteBefore reports whether a finite verb or a modal comes before
// token i of s.
func finiteBefore(s *sentence, i int) bool {
	for _, t := range s.toks[:i] {
		switch t.tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}
