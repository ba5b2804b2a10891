package generate

// A magazine opens on a hook set in small capitals: a scene, an
// anecdote or a turn of phrase that leads into what the article argues
// ("THE PHONE on a counsellor's desk rings incessantly.", "FOR A
// CONSERVATIVE bunch, Texans are talking a lot about …", "TO SEE JUST
// how fast microchips are eating the world, look at …"). Blind judges
// of the Economist sets accepted as they stood 2 of the 24 verdicts on
// items quoting that first sentence (8%, sets 101 to 111), against 39%
// for the rest of the opening paragraph and 69% for the article's other
// paragraphs: the hook is colour, not what a learner should take away
// (TRIVIA), or leans on what follows (CONTEXT). A news report's lead,
// which states the news, is not set in small capitals, and judges
// accepted two in three of its items; it is not held back.

// capsHook reports the first sentence of one of the article's first
// three paragraphs that opens, as written, on a run of small capitals
// (capsOpening, hook_paragraph.go).
func (a *article) capsHook(s *sentence) bool {
	return s != nil && s.para != nil && len(s.para.sents) > 0 && s.para.sents[0] == s && hookParagraph(s.para) // hook_paragraph.go
}
