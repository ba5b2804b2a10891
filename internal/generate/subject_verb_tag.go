package generate

import "strings"

// A verb the tagger reads as a plural noun. "The warning highlights an
// irony at the heart of modern technology" came back as The/DT
// warning/NN highlights/NNS an/DT …: no verb followed "The warning", so
// the definite phrase that leans on the sentences before (which
// warning?) was not seen, and a blind judge's pair edited the statement
// for CONTEXT. A sentence that opens on "The" (or "This", "That") and a
// singular noun, then a word ending in "s" read as a plural noun, then a
// determiner or a possessive pronoun, has its verb there: "The report
// shows a rise", "This move gives the council …". subjectVerbTag retags
// that word VBZ.

// subjectVerbTag retags, in place, the verb the tagger read as a plural
// noun after a sentence's opening "The" and singular noun.
func subjectVerbTag(toks []tok) {
	i := 0
	for i < len(toks) && strings.Trim(toks[i].text, "\"“‘'(") == "" {
		i++
	}
	if i+3 >= len(toks) {
		return
	}
	switch strings.ToLower(toks[i].text) {
	case "the", "this", "that":
	default:
		return
	}
	n, v, d := toks[i+1], toks[i+2], toks[i+3]
	if n.tag != "NN" || v.tag != "NNS" || !strings.HasSuffix(v.text, "s") || strings.HasSuffix(v.text, "ss") || !startsLower(v.text) {
		return
	}
	if d.tag != "DT" && d.tag != "PRP$" {
		return
	}
	switch strings.ToLower(d.text) {
	case "a", "an", "the", "this", "these", "those", "its", "his", "her", "their", "our":
		toks[i+2].tag = "VBZ"
	}
}
