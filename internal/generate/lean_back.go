package generate

import (
	"regexp"
	"strings"
)

// Sentences that open on what the sentence before gave them. Blind
// judges of sets 101 to 119 asked for the sentence before on each of
// these, quoted whole as true statements (CONTEXT, both judges, on all
// but two of 18):
//   - a conclusion or a reason of what was told: "The upshot is a new
//     approach", "The main reason is a change in approach in Germany",
//     "The result, perversely, is that …", "The resulting high rents …";
//   - one of a list begun before: "A second concern is that …";
//   - what is left of a thing told: "The remaining warders are …";
//   - a weighing of points made before: "Most important, …";
//   - a reaction to an event told: "Unperturbed, the prime minister …";
//   - a time counted from one told: "Ever since, politicians have …",
//     "Until that happens, …";
//   - the next of a sequence, or the middle of a picture: "Next come the
//     horsemen …", "In the middle are …";
//   - a question the sentence before raised: "To understand why, …";
//   - a stage of a sequence counted before: "In the third phase, …".
//
// A statement so opened cannot be understood alone, and a teacher would
// not quote it without the sentence it answers.

// leanBackOpenerRE matches those openings, on the sentence's text in
// lower case without its dateline.
var leanBackOpenerRE = regexp.MustCompile(`^(?:` +
	// "The upshot is", "The result, perversely, is", "The main reason
	// is"; not "The result of the vote was", which says whose.
	`the (?:upshot|result|outcome|net effect|(?:main|chief|real|other|simple) reason|reason|catch|snag|irony|trouble|problem|difficulty|answer|solution)(?:,| is\b| was\b| —|—| –)` +
	`|the resulting\b|the remaining\b` +
	// "A second concern is", "A second, related problem" (set 124);
	// "another" alone is a context opener already.
	`|an? (?:second|third|fourth|fifth|further|final|related|bigger|larger|deeper|more serious|more fundamental|more important)(?:,? [\w-]+)? (?:concern|problem|reason|worry|question|risk|difficulty|objection|criticism|complaint|factor|issue|obstacle|snag|challenge|hurdle|lesson|explanation|danger|drawback|complication|feature|point|way|step|change|trend|shift|threat|option|approach|argument|benefit|advantage|sign|theme|idea)s?\b` +
	// "The second way in which firms are changing …", "The third
	// factor at work is …": a place in a list the sentences before
	// counted out (sets 146 to 150, CONTEXT on each). Not "The second
	// largest city", whose noun is no list's.
	`|the (?:second|third|fourth|fifth|sixth|other|final|last|next|latter|former) (?:[a-z-]+ )?(?:way|factor|reason|concern|problem|worry|question|risk|difficulty|objection|criticism|issue|obstacle|challenge|hurdle|lesson|explanation|danger|drawback|step|change|option|approach|priority|task|dilemma|strategy|advantage|benefit|trend|force|argument|aim|goal|shift|threat|feature|point|sign|theme|idea)s?\b` +
	// "The impact on women who live …", "The effect was …": the impact
	// of what, the sentence before said (set 147, both judges); "The
	// impact of the pills on women" says.
	`|the (?:[a-z-]+ )?(?:impact|effects?|consequences?|fallout|toll|aftermath|implications?|repercussions?)(?: on| for| in| is| was| are| were| has| have| will| would| could| may| might)\b` +
	`|(?:most|more) important(?:ly)?,` +
	`|(?:unperturbed|undeterred|undaunted|unabashed|unfazed|unbowed),` +
	`|ever since,` +
	`|until (?:that|this|then|it) (?:happens|changes|is done|is settled)\b` +
	`|next (?:comes?|came)\b` +
	`|in the middle (?:are|is|were|was|sits?|sat|stands?|stood|lies?|lay)\b` +
	`|to (?:understand|see|explain) why,` +
	// "In the third phase, countries …": of phases the sentences
	// before counted.
	`|(?:in|at|during) the (?:second|third|fourth|fifth|final|last|next) (?:phase|stage|step|round|period)\b` +
	`)`)

// leanBackOpener reports whether s opens on one of those turns.
func leanBackOpener(s *sentence) bool {
	return leanBackOpenerRE.MatchString(lowerLead(s))
}

// lowerLead is s's text in lower case without its dateline and any
// opening quotation mark or bracket: what the openers are matched on.
func lowerLead(s *sentence) string {
	return strings.ToLower(strings.TrimLeft(s.text[datelineEnd(s.text):], `"“‘'(`))
}

// bareQuantifierSubject reports whether s opens on a quantifier standing
// alone as its subject, before its verb: "Most went as subsidies to
// newcomers", "One said that …", "Each must be checked …", "Some felt
// like poor relatives …" (sets 101 to 119: E CONTEXT, both judges, on
// each). Most of what, which one: the sentence before named them. Not
// "Some worry that …" or "Few think …": people at large holding a view,
// which a reader understands alone (both judges accepted two so).
func bareQuantifierSubject(s *sentence) bool {
	if len(s.toks) < 3 || s.toks[0].start != datelineEnd(s.text) {
		return false
	}
	q := strings.ToLower(s.toks[0].text)
	switch q {
	case "most", "one", "each", "some", "several", "half", "neither", "either", "both", "all", "many", "few", "two", "three", "four", "others":
	default:
		return false
	}
	v := s.toks[1]
	if strings.HasPrefix(v.tag, "RB") && len(s.toks) > 2 { // "Most simply went"
		v = s.toks[2]
	}
	switch v.tag {
	case "VBD", "VBZ", "VBP", "MD":
	default:
		return false
	}
	if peopleAtLarge[q] && viewVerbs[strings.ToLower(v.text)] {
		return false
	}
	return true
}

// peopleAtLarge are the quantifiers that, before a verb of opinion, mean
// people in general: "Some say", "Many believe", "Few think".
var peopleAtLarge = set(`some|many|few|most|others`)

// viewVerbs are verbs of holding or voicing a view.
var viewVerbs = set(`say|says|said|think|thinks|thought|believe|believes|believed|worry|worries|worried|argue|argues|argued|fear|fears|feared|
suspect|suspects|suspected|reckon|reckons|reckoned|hope|hopes|hoped|wonder|wonders|wondered|doubt|doubts|doubted|claim|claims|claimed|
contend|contends|suggest|suggests|suggested|predict|predicts|predicted|expect|expects|expected|see|sees|saw|agree|agree|agreed|disagree|disagreed|
complain|complains|complained|insist|insists|insisted|want|wants|wanted|prefer|prefers|preferred|blame|blames|blamed`)

// demonstrativeSubjectAt reports whether token i of s is "that" standing
// alone as a clause's subject after a fronted phrase: "Given the links
// between state and business, that could prove impossible to meet", "As
// gas courses through new pipelines, that will be put to the test" (set
// 117: E CONTEXT, both judges, on each: "that" is what the sentence
// before said). A relative "that" never follows a comma. Not after a
// condition, which it takes up: "If the firm sells 5,000 cars, that
// would bring in …", "An analyst reckons that if the firm sells 5,000
// cars, that would …" (both judges accepted one so).
func demonstrativeSubjectAt(s *sentence, i int) bool {
	if i == 0 || i+1 >= len(s.toks) || s.toks[i-1].text != "," || quotedAt(s.text, s.toks[i].start) {
		return false
	}
	j := i + 1
	switch strings.ToLower(s.toks[j].text) {
	case "too", "alone", "itself", "also":
		j++
	}
	if j >= len(s.toks) {
		return false
	}
	switch s.toks[j].tag {
	case "MD", "VBZ", "VBD", "VBP":
	default:
		return false
	}
	// "… , that is, …": a gloss, not a subject.
	if strings.EqualFold(s.toks[j].text, "is") && j+1 < len(s.toks) && s.toks[j+1].text == "," {
		return false
	}
	for _, t := range s.toks[:i] {
		switch strings.ToLower(t.text) {
		case "if", "unless", "when", "whenever", "whatever", "whether", "once":
			return false
		}
	}
	return true
}

// announcesList reports whether s announces a set of things the
// sentences after it go on to name, and names none itself: "Goldman
// hopes to catch up by focusing on two goals", "Several hurdles
// complicate the bank's transition", "Big brands have other ways to deal
// with such dilemmas" (sets 116 and 122: R TRIVIA or CONTEXT, both
// judges, on each of three; a reader learns nothing from it alone). Not
// where the sentence goes on to name them: after a colon, "such as",
// "including", "namely" or "like".
func announcesList(s *sentence) bool {
	at := -1
	for i := 0; i+1 < len(s.toks) && at < 0; i++ {
		w := strings.ToLower(s.toks[i].text)
		switch w {
		case "two", "three", "four", "five", "several", "various", "other":
		case "few", "number":
			// "a few goals", "a number of hurdles"
			if i == 0 || strings.ToLower(s.toks[i-1].text) != "a" {
				continue
			}
			if w == "number" {
				if i+2 >= len(s.toks) || strings.ToLower(s.toks[i+1].text) != "of" {
					continue
				}
				i++
			}
		default:
			continue
		}
		if quotedAt(s.text, s.toks[i].start) {
			continue
		}
		j := i + 1
		if j+1 < len(s.toks) && strings.HasPrefix(s.toks[j].tag, "JJ") {
			j++
		}
		if listNouns[strings.ToLower(s.toks[j].text)] {
			at = j
		}
	}
	if at < 0 {
		return false
	}
	for k := at + 1; k < len(s.toks); k++ {
		switch strings.ToLower(s.toks[k].text) {
		case ":", "such", "including", "namely", "like", "—", "–":
			return false
		}
	}
	return true
}

// listNouns are the plural nouns a sentence announces a list by.
var listNouns = set(`goals|reasons|hurdles|problems|challenges|ways|things|factors|questions|lessons|steps|obstacles|options|
concerns|risks|issues|explanations|approaches|priorities|aims|tasks|dilemmas|tactics|strategies|difficulties|
objections|criticisms|worries|snags|drawbacks|advantages|benefits`)
