package generate

import "strings"

// A short report's lead claim. A news report of a few hundred words
// opens on what its main actor said, often ending on the actor's own
// words: "Neil Kinnock has said his acceptance of a seat in the House of
// Lords will allow him to help "achieve further progress with substantial
// democratic reform."". The quotation rule kept such a sentence out (a
// quotation of more than maxQuotedWords words tests who said which
// words), and a report whose other sentences are quotations or lean on
// the one before proposed one item. Quoted whole, the lead tells the
// report's central fact, in indirect speech with a phrase of the actor's
// own: the claim, not the wording, is what the statement asks.

// maxLeadQuoteWords is the most words the quotation in a lead claim may
// have: a phrase of the reported clause, not a speech.
const maxLeadQuoteWords = 8

// leadClaimQuote reports whether s is the opening sentence of a short
// article (under shortReportWords) that reports, in indirect speech, what
// a named person said, with one quotation of at most maxLeadQuoteWords
// words after the reporting verb: the narration names the speaker and
// the verb before any quoted word, and the sentence neither opens inside
// a quotation nor quotes a commentator (commentQuote).
func (a *article) leadClaimQuote(s *sentence) bool {
	if s == nil || s.idx != 0 || a.longArticle() || commentQuote(s) {
		return false
	}
	t := strings.NewReplacer("“", `"`, "”", `"`).Replace(s.text)
	parts := strings.Split(t, `"`)
	if len(parts) != 3 || strings.TrimSpace(parts[0]) == "" {
		return false // one quotation, closed, after narration
	}
	if n := len(strings.Fields(parts[1])); n == 0 || n > maxLeadQuoteWords {
		return false
	}
	q := len(parts[0])
	person, verb := false, false
	for _, sp := range s.spans {
		if sp.kind == kPerson && sp.end <= q {
			person = true
		}
	}
	for _, tk := range s.toks {
		if tk.start >= q {
			break
		}
		if person && speechVerbs[strings.ToLower(tk.text)] {
			verb = true
		}
	}
	return person && verb
}
