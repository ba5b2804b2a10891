package generate

import "strings"

// A comma copied between a subject and its verb. A report sometimes
// writes a single comma after a subject that a participle phrase closes:
// "The guidance published on Tuesday, said the police had a duty to
// investigate". With no comma before "published" to pair with, the comma
// parts the subject from its verb, and a statement quoting the sentence
// copies the slip. strayCommaEdit drops it where the shape is certain:
//   - the sentence opens (past a dateline) on a determiner, one to four
//     nouns or adjectives and a past participle ("The guidance
//     published", "A report issued");
//   - the participle is followed by a phrase of time, place or agent
//     opening on a preposition or a word of time ("on Tuesday", "by
//     police", "last week") of at most eight words, with no verb, quotation
//     mark, bracket or comma in it;
//   - the word after the comma is a finite verb ("said", "shows", "will")
//     that no preposition follows ("approved in June" is a second
//     participle of a list), and a verb of saying is followed by a clause
//     of its own (not "…, said Mr Reed", a speaker put after his words);
//   - the comma is outside quotation marks.

// strayCommaLeads are the words a participle's phrase of time, place or
// agent opens on.
var strayCommaLeads = set(`last|this|earlier|yesterday|today|late`)

// strayCommaEdit is the edit that drops such a comma from s.
func strayCommaEdit(s *sentence) (edit, bool) {
	toks := s.toks
	i := openingTokens(s)
	if i > 0 || i+4 >= len(toks) || strings.ContainsAny(s.text[:toks[i].start+1], "\"“‘") {
		return edit{}, false
	}
	if tg := toks[i].tag; tg != "DT" && tg != "PRP$" {
		return edit{}, false
	}
	j := i + 1
	for j < len(toks) && j <= i+4 && (strings.HasPrefix(toks[j].tag, "NN") || strings.HasPrefix(toks[j].tag, "JJ")) {
		j++
	}
	if j == i+1 || j >= len(toks) || (toks[j].tag != "VBN" && toks[j].tag != "VBD") || !isLowerWord(toks[j].text) {
		return edit{}, false
	}
	p := j + 1
	if p >= len(toks) {
		return edit{}, false
	}
	if tg, w := toks[p].tag, strings.ToLower(toks[p].text); tg != "IN" && !strayCommaLeads[w] {
		return edit{}, false
	}
	c := -1
	for k := p; k < len(toks) && k <= p+8; k++ {
		t := toks[k]
		if t.text == "," {
			c = k
			break
		}
		if strings.HasPrefix(t.tag, "VB") || t.tag == "MD" || strings.ContainsAny(t.text, "\"“”‘’()[];:") {
			return edit{}, false
		}
	}
	if c < 0 || c+1 >= len(toks) || quotedAt(s.text, toks[c].start) {
		return edit{}, false
	}
	v := toks[c+1]
	switch v.tag {
	case "VBD", "VBZ", "VBP", "MD":
	default:
		return edit{}, false
	}
	// A verb has two letters or more: "…, c 000 0!" (a fuzz input whose
	// "c" the tagger read as a verb) is no clause.
	if !isLowerWord(v.text) || len(v.text) < 2 {
		return edit{}, false
	}
	if c+2 < len(toks) && toks[c+2].tag == "IN" && !strings.EqualFold(toks[c+2].text, "that") {
		return edit{}, false
	}
	if reportVerbs[strings.ToLower(v.text)] {
		// "…, said Owen Pryce" with another sentence run on after it
		// (a full stop with no space): the name after the verb is
		// the speaker, whatever follows.
		// So is a word after it that is no lowercase word of letters
		// ("said b0 …"): a clause of its own opens on one.
		if c+2 < len(toks) && (startsUpper(toks[c+2].text) || !isLowerWord(toks[c+2].text)) {
			return edit{}, false
		}
		clause := false
		for _, t := range toks[c+2:] {
			if strings.HasPrefix(t.tag, "VB") || t.tag == "MD" || strings.EqualFold(t.text, "that") {
				clause = true
				break
			}
		}
		if !clause {
			return edit{}, false
		}
	}
	b := toks[c-1]
	return edit{old: s.text[b.start:v.end], new: b.text + " " + v.text}, true
}
