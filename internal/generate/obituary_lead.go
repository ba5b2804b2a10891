package generate

import (
	"regexp"
	"strings"
)

// An obituary may open on a phrase before its subject's name: "Until the
// last, David Bowie, who has died of cancer, was still capable of
// springing surprises." The name still opens the sentence's main clause,
// and ", who has died" says whose life the article tells: it is a
// biography, as one opening on the name is.

// obituaryFrontRE is a short opening phrase and its comma: up to six
// words with no comma, stop or quotation mark inside.
var obituaryFrontRE = regexp.MustCompile(`^[^,.;:"“”]{1,48},\s+$`)

// obituaryAfterRE is what follows the subject's name in an obituary's
// lead: ", who has died", ", who died", ", who has died aged 69".
var obituaryAfterRE = regexp.MustCompile(`^,\s+who\s+(?:has\s+)?died\b`)

// obituaryLeadName is the person the first sentence names after a short
// opening phrase, where ", who has died" follows the name; nil otherwise.
func obituaryLeadName(first *sentence, off int) *span {
	for _, sp := range first.spans {
		if sp.kind != kPerson || sp.start < off {
			continue
		}
		front := first.text[off:sp.start]
		if !obituaryFrontRE.MatchString(front) || len(strings.Fields(front)) > 6 {
			return nil
		}
		if !obituaryAfterRE.MatchString(first.text[sp.end:]) {
			return nil
		}
		return sp
	}
	return nil
}

// An obituary may name its subject once, in a lead that opens on a
// longer phrase ("For a man whose reputation was shadowy and
// clandestine, Qassem Suleimani sometimes made himself startlingly
// visible."), and tell the rest of the life by "he" and "his": set 108's
// obituary named him in two paragraphs of eleven, and its 78 personal
// pronouns were all his. Read as a news report, every sentence but the
// lead leaned on "he", and the article proposed two items.

// titledLifeName is the person the first sentence names as its main
// clause's subject after a fronted phrase (up to sixteen words and its
// comma), where the course's title names the same person and the
// article's personal pronouns are of one gender, at least one to a
// paragraph; nil otherwise.
func (a *article) titledLifeName(first *sentence, off int) *span {
	if a.course == "" || !a.toldByPronouns() {
		return nil
	}
	for _, sp := range first.spans {
		if sp.kind != kPerson || sp.start < off {
			continue
		}
		front := strings.TrimRight(first.text[off:sp.start], " ")
		if !strings.HasSuffix(front, ",") || strings.ContainsAny(front, ";:\"“”") || len(strings.Fields(front)) > 16 {
			return nil
		}
		if !strings.Contains(a.course, sp.text) || len(strings.Fields(sp.text)) < 2 {
			return nil
		}
		// The name is the main clause's subject: a verb follows, perhaps
		// after an adverb ("sometimes made").
		n := nextTok(first, sp.end)
		if n != nil && n.tag == "RB" {
			n = nextTok(first, n.end)
		}
		if n == nil || !isVerbTag(n.tag) {
			return nil
		}
		return sp
	}
	return nil
}

// An obituary titled as one may name its subject nowhere as a sentence's
// subject: set 113's opened on a standfirst with no name ("The
// conservative philosopher and controversialist was 75"), then "On
// frosty winter mornings … there was no greater pleasure for Roger
// Scruton than to …", and told the rest of the life by "he" and "his".
// Read as a report, every sentence leaned on "he", and the article
// proposed nothing in three themes. obituaryTitleName takes the person
// the title names, where the title says "obituary" or tells a death, the
// name (two words or more) is in the first two paragraphs, and the
// article's personal pronouns are of one gender, at least one to a
// paragraph.

// obituaryTitleRE finds "obituary" as a word of a course title, or the
// death an obituary's headline tells: "Nell Gifford died on December
// 8th" (set 118), "Kobe Bryant died on January 26th" (set 123), where the
// page's "Obituary" rubric was not kept with the text.
var obituaryTitleRE = regexp.MustCompile(`(?i)\bobituary\b|\bdie[sd] (?:on|aged)\b`)

// obituaryTitleName is the person an obituary's title names, as the
// first two paragraphs name them; nil otherwise.
func (a *article) obituaryTitleName() *span {
	if !obituaryTitleRE.MatchString(a.course) || !a.toldByPronouns() {
		return nil
	}
	for _, s := range a.sents {
		if s.para == nil || s.para.n > 2 {
			break
		}
		for _, sp := range s.spans {
			if sp.kind == kPerson && len(strings.Fields(sp.text)) >= 2 && strings.Contains(a.course, sp.text) {
				return sp
			}
		}
	}
	return nil
}
