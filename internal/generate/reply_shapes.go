package generate

import (
	"regexp"
	"strings"
)

// More shapes of a page of readers' replies than signatures and "I
// agree": a page whose replies have lost their signatures and do not
// name the column's author, each reply a reader's own opinion of a news
// report ("I think his views are shared by many", "Good luck to him",
// "All mouth and trousers."); a page that announces its replies with a
// heading of its own ("Your views", "Have your say", "Here is a
// selection of your comments"); and signatures of other shapes than
// "Name, Place": initials, an e-mail address or a handle, a name alone
// after a reply's last sentence, any of them after a dash.

// replyStart returns the index of the first paragraph of a run of
// readers' replies that closes the text, or -1: a run found by its
// signatures and reactions (reader_replies.go), after a heading that
// announces replies, or a run of opinions after a report.
func replyStart(paras []string) int {
	if k := signedReplyStart(paras); k > 0 {
		return k
	}
	if k := headedReplyStart(paras); k > 0 {
		return k
	}
	return opinionReplyStart(paras)
}

// dashRe is a dash or two before a signature.
var dashRe = regexp.MustCompile(`^(?:-{1,2}|–|—)\s*`)

// initialsSigRe is initials before a place: "J.S., Leeds", "J. S., Leeds, UK".
var initialsSigRe = regexp.MustCompile(`^(?:[A-Z]\.\s?){1,3},\s(?:[A-Z][\p{L}'’.-]*\s?){1,4}(?:,\s(?:[A-Z][\p{L}'’.-]*\s?){1,3})?$`)

// emailSigRe is an e-mail address, perhaps after a name: "jane@example.com",
// "Jane Smith (jane@example.com)", "Jane Smith, jane@example.com".
var emailSigRe = regexp.MustCompile(`^(?:(?:[A-Z][\p{L}'’.-]*\s?){1,4},?\s?\(?)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?$`)

// handleSigRe is a handle, perhaps after a name: "@janesmith", "Jane Smith (@janesmith)".
var handleSigRe = regexp.MustCompile(`^(?:(?:[A-Z][\p{L}'’.-]*\s?){1,4},?\s?\(?)?@[A-Za-z0-9_]{2,30}\)?$`)

// otherSignature reports whether s (trimmed, ten words or fewer) is a
// signature of a shape signatureRe does not take: after a dash, initials
// before a place, an e-mail address or a handle.
func otherSignature(s string) bool {
	s = strings.TrimSpace(s)
	if t := dashRe.ReplaceAllString(s, ""); t != s {
		return t != "" && (signatureRe.MatchString(t) || otherSignature(t) || nameSigRe.MatchString(t))
	}
	return initialsSigRe.MatchString(s) || emailSigRe.MatchString(s) || handleSigRe.MatchString(s)
}

// nameSigRe is a name alone: two or three capitalised words, each of two
// letters or more, or initials and a surname.
var nameSigRe = regexp.MustCompile(`^(?:(?:[A-Z][\p{L}'’-]+|[A-Z]\.)\s){1,2}[A-Z][\p{L}'’-]+$`)

// notNameRe is a capitalised tail that is no reader's name: an outlet,
// a credit, a place's usual words.
var notNameRe = regexp.MustCompile(`\b(?:BBC|News|Sport|Press|Reuters|Copyright|Photo|Picture|Getty|Images|Online|Street|Road|City|United|Club|Party|Council)\b`)

// nameSignature reports whether tail, what follows a paragraph's last
// sentence (before), is a reader's name alone: "… every week. Liz Carr".
func nameSignature(before, tail string) bool {
	tail = strings.TrimSpace(tail)
	if !strings.ContainsAny(before, ".!?") || len(strings.Fields(before)) < 4 {
		return false
	}
	return nameSigRe.MatchString(tail) && !notNameRe.MatchString(tail)
}

// tailSigRe is a signature that holds stops of its own, initials before
// a place or an e-mail address, closing a paragraph after its last
// sentence: "… every week. A.P., Leeds".
var tailSigRe = regexp.MustCompile(`[.!?"”]\s+(?:(?:-{1,2}|–|—)\s*)?((?:[A-Z]\.\s?){1,3},\s(?:[A-Z][\p{L}'’.-]*\s?){1,4}(?:,\s(?:[A-Z][\p{L}'’.-]*\s?){1,3})?|(?:(?:[A-Z][\p{L}'’.-]*\s?){1,4},?\s?\(?)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?)$`)

// tailSignature reports whether paragraph p closes on a signature that
// holds stops of its own.
func tailSignature(p string) bool {
	return tailSigRe.MatchString(strings.TrimSpace(p))
}

// repliesHeadingRe is a line that announces readers' replies.
var repliesHeadingRe = regexp.MustCompile(`(?i)^(?:your (?:views|comments|reactions?|say|e-?mails|letters)|have your say|readers'? (?:comments|views|replies|reactions|letters|e-?mails)|what you (?:think|said|told us)|you (?:said|wrote)|(?:here (?:is|are) )?(?:a selection of|some of) (?:your|readers'?|the) (?:comments|views|e-?mails|reactions|replies|letters)(?: (?:we(?:'ve| have)? received|so far|received))?|(?:here (?:is|are) )?(?:your|readers'?) (?:comments|views|e-?mails|reactions))\s*[:.]?$`)

// minHeadedReplies is how many paragraphs a heading of replies needs
// after it, and minHeadedMarked how many of them read as replies.
const (
	minHeadedReplies = 3
	minHeadedMarked  = 2
)

// headedReplyStart returns the index of a heading that announces readers'
// replies, when the text's last paragraphs follow it and read as replies
// (signed, or opinions: not a report's own), or -1. The heading joins
// the replies' theme.
func headedReplyStart(paras []string) int {
	for i := len(paras) - 1 - minHeadedReplies; i >= 1; i-- {
		h := strings.TrimSpace(paras[i])
		if len(strings.Fields(h)) > 12 || !repliesHeadingRe.MatchString(h) {
			continue
		}
		k, reported := 0, 0
		for j, p := range paras[i+1:] {
			switch {
			case reportedPara(p):
				reported++
			case signedParagraph(p) || isSignature(p) && j > 0 || opinionPara(p) != notOpinion:
				k++
			}
		}
		if k >= minHeadedMarked && 2*reported < len(paras)-i-1 {
			return i
		}
		return -1
	}
	return -1
}

// opinionKind grades a paragraph as one reader's opinion.
type opinionKind int

const (
	notOpinion opinionKind = iota
	weakOpinion
	strongOpinion
)

// opinionRe is a writer's own opinion, wish or verdict.
var opinionRe = regexp.MustCompile(`(?i)(?:^|[\s(])(?:I (?:(?:do|really|still|also|just|honestly|strongly) )?(?:think|believe|feel|hope|suspect|reckon|doubt|wish|wouldn't|would not|can't see|cannot see|don't think|do not think|have a suspicion|look forward|want)\b|I(?:'m| am) (?:sure|not (?:sure|convinced|surprised)|(?:also )?(?:delighted|glad|pleased|sick|tired|appalled|disgusted|ashamed|leaving|voting))\b|I'(?:ll|d) (?:be voting|vote|like to)\b|I shall be voting\b|in my (?:opinion|view|experience)\b|(?:has|have) (?:secured )?my vote\b|(?:get|gets|got) my vote\b|let's hope\b|let us hope\b|one can only hope\b|good luck to\b|well done\b|about time\b|thank goodness\b|shame on\b|oh please\b|does anyone else\b|who really cares\b|you've got to hand it\b)`)

// secondPersonRe addresses someone: "You may even believe yourself".
var secondPersonRe = regexp.MustCompile(`(?:^|[\s(])(?:you|You|your|Your|yourself)\b`)

// verdictRe is a judgement: what someone should do, how sad a thing is.
var verdictRe = regexp.MustCompile(`\b(?:should|shouldn't|ought to|(?:is|was) (?:very |so )?(?:sad|ironic|shameful|disgraceful|pathetic|laughable|nauseating|refreshing)|great shame)\b`)

// opinionPara grades paragraph p: strong when it states the writer's own
// opinion or ends on an exclamation; weak when it is in the first or
// second person, asks or exclaims, says what someone should do or
// how sad a thing is, or is a short verdict of a sentence
// or two. A report's own paragraph (a quotation, or "said") is none.
func opinionPara(p string) opinionKind {
	p = strings.TrimSpace(p)
	if p == "" || reportedPara(p) {
		return notOpinion
	}
	if opinionRe.MatchString(p) || replyOpenerRe.MatchString(p) || strings.HasSuffix(p, "!") || commentOpinion(p) {
		return strongOpinion
	}
	if firstPersonRe.MatchString(p) || secondPersonRe.MatchString(p) || strings.ContainsAny(p, "?!") || verdictRe.MatchString(p) || len(strings.Fields(p)) <= 25 {
		return weakOpinion
	}
	return notOpinion
}

// reportedPara reports whether p is a report's own paragraph: it opens
// on a quotation, or attributes what someone said.
func reportedPara(p string) bool {
	p = strings.TrimSpace(p)
	return strings.HasPrefix(p, "\"") || strings.HasPrefix(p, "“") || strings.HasPrefix(p, "'") || attributesSpeech(p)
}

// Opinion runs: at least minOpinionReplies paragraphs to the end of the
// text, none of them a report's own; every five in a row hold two
// opinions; a quarter of the run, and at least minStrongOpinions, strong.
// Before the run, at least minReportParas paragraphs of the article, the
// last of them, or the one before it, a report's own.
const (
	minOpinionReplies = 10
	opinionInWindow   = 2
	minStrongOpinions = 4
	minReportParas    = 2
)

// opinionReplyStart returns the index of the first paragraph of a run of
// unsigned readers' opinions that closes a report, or -1.
func opinionReplyStart(paras []string) int {
	n := len(paras)
	if n < minOpinionReplies+minReportParas {
		return -1
	}
	kind := make([]opinionKind, n)
	for i, p := range paras {
		kind[i] = opinionPara(p)
	}
	// The run ends the text: walk back while no paragraph is a report's
	// own and every window holds enough.
	start := -1
	for i := n - 1; i >= minReportParas; i-- {
		if reportedPara(paras[i]) {
			break
		}
		if i+replyWindow <= n {
			k := 0
			for _, o := range kind[i : i+replyWindow] {
				if o != notOpinion {
					k++
				}
			}
			if k < opinionInWindow {
				break
			}
		}
		if kind[i] != notOpinion {
			start = i
		}
	}
	if start < minReportParas || n-start < minOpinionReplies {
		return -1
	}
	// The article before the run reports: its last paragraph, or the
	// one before it, attributes what someone said.
	if !reportedPara(paras[start-1]) && !reportedPara(paras[start-2]) {
		return -1
	}
	strong := 0
	for _, o := range kind[start:] {
		if o == strongOpinion {
			strong++
		}
	}
	if strong < minStrongOpinions || 4*strong < n-start {
		return -1
	}
	return start
}

// RepliesFrom returns the number (from 1) of the first paragraph of a
// run of readers' replies that closes paras, or 0: the paragraphs from
// there on are kept as a theme of their own and not drafted.
func RepliesFrom(paras []string) int {
	if k := replyStart(paras); k > 0 {
		return k + 1
	}
	return 0
}
