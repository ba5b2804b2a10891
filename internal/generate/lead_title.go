package generate

import (
	"strings"
	"unicode"
)

// An article says what it is about in its first sentence: an encyclopedia
// entry opens with its subject ("The Hanseatic League was …", "The
// arrest and assassination of Ngô Đình Diệm marked …"), a news report
// with what happened and where ("A large fire broke out at the Palace of
// Westminster …"). leadTitle names the course from that sentence, before
// any count of mentions: the count prefers the names met most often,
// which in a report on an event are its places and people, not the event.

// maxLeadWords is the most words a lead subject may have to make a title.
const maxLeadWords = 8

// leadTitle is the course title the article's first sentence gives, or ""
// when the sentence does not open with its subject:
//   - the subject noun phrase before the main verb, without its leading
//     "the", when it has two words or more, a name among them, and a word
//     the article comes back to in another paragraph: "Asian Financial
//     Crisis", "Arrest and Assassination of Ngô Đình Diệm";
//   - for an indefinite subject ("A large fire broke out at the Cathedral
//     of …"), its head noun and the named place the verb puts it at, when
//     the head noun runs through the article: "Fire at the Cathedral of
//     Notre-Dame".
//
// A person's name alone is left to the rules for people (courseTitle),
// which know the name the article uses.
func (a *article) leadTitle() string {
	if len(a.paras) == 0 || len(a.paras[0].sents) == 0 {
		return ""
	}
	s := a.paras[0].sents[0]
	off := datelineEnd(s.text)
	var toks []tok
	for _, t := range s.toks {
		if t.start >= off {
			toks = append(toks, t)
		}
	}
	np, rest := leadSubject(toks)
	if len(np) == 0 {
		return ""
	}
	first := strings.ToLower(np[0].text)
	if first == "a" || first == "an" {
		return a.leadEvent(s, np, rest)
	}
	if first == "the" {
		np = np[1:]
	}
	if len(np) < 2 || len(np) > maxLeadWords {
		return ""
	}
	named, recurs := false, false
	for i, t := range np {
		w := strings.ToLower(t.text)
		// A capital opening the sentence marks a name only where the
		// article capitalises the word elsewhere too ("Heavy floods" is
		// no name).
		initial := i == 0 && t.start == toks[0].start
		if isCapitalised(t.text) && !smallTitleWords[w] && (!initial || a.midCaps[w]) {
			named = true
		}
		if a.df[stem(w)] >= 2 {
			recurs = true
		}
	}
	text := s.text[np[0].start:np[len(np)-1].end]
	if sps := a.byKey[key(text)]; !named || !recurs || len(sps) > 0 && sps[0].kind == kPerson {
		return ""
	}
	return titleCase(text)
}

// leadSubject splits a sentence's tokens into the noun phrase it opens
// with, up to its main verb, and the tokens after that phrase. The phrase
// is nil when the sentence opens otherwise (a preposition, an adverb, a
// pronoun), when something other than a determiner, adjective, noun
// (a gerund before "of" is one), "of", "the" after it, or "and" comes
// before the verb, or when the phrase does not end on
// a noun ("The worst floods in decades" has "in": a phrase that long is
// a description, not a name).
func leadSubject(toks []tok) (np, rest []tok) {
	for i, t := range toks {
		w := strings.ToLower(t.text)
		switch {
		case i == 0 && (w == "a" || w == "an" || w == "the"):
			continue
		case i > 0 && w == "the" && strings.ToLower(toks[i-1].text) == "of":
			continue
		case t.tag == "VBG" && i+1 < len(toks) && strings.ToLower(toks[i+1].text) == "of":
			continue // "rebuilding of": a noun
		case t.tag == "," || t.tag == "(" || t.text == "—" || t.text == "–" || strings.HasPrefix(t.tag, "VB") || t.tag == "MD":
			if i == 0 || !strings.HasPrefix(toks[i-1].tag, "NN") {
				return nil, nil
			}
			return toks[:i], toks[i:]
		case strings.HasPrefix(t.tag, "NN") || strings.HasPrefix(t.tag, "JJ") || t.tag == "POS":
			continue
		case i > 0 && (w == "of" || w == "and"):
			continue
		default:
			return nil, nil
		}
	}
	return nil, nil
}

// leadEvent names a news lead's event: the head of its indefinite subject
// ("fire" of "A large fire") with the named place the verb puts it "at",
// "in" or "on" ("broke out at the Cathedral of Notre-Dame"), when the head
// noun is in at least a third of the article's paragraphs (and three): the
// article is about that event.
func (a *article) leadEvent(s *sentence, np, rest []tok) string {
	head := np[len(np)-1]
	if !strings.HasPrefix(head.tag, "NN") || isCapitalised(head.text) {
		return ""
	}
	h := strings.ToLower(head.text)
	if n := a.df[stem(h)]; n < 3 || 3*n < len(a.paras) {
		return ""
	}
	// The verb group: verbs, particles and adverbs.
	i := 0
	for i < len(rest) && (strings.HasPrefix(rest[i].tag, "VB") || rest[i].tag == "RP" || rest[i].tag == "RB" || rest[i].tag == "MD") {
		i++
	}
	if i == 0 || i >= len(rest) {
		return ""
	}
	prep := strings.ToLower(rest[i].text)
	if prep != "at" && prep != "in" && prep != "on" {
		return ""
	}
	i++
	the := i < len(rest) && strings.ToLower(rest[i].text) == "the"
	if the {
		i++
	}
	// The place: capitalised words, "of" between two of them.
	start, end := i, i
	for j := i; j < len(rest); j++ {
		w := rest[j].text
		if isCapitalised(w) && rest[j].tag != "," {
			end = j + 1
			continue
		}
		if strings.ToLower(w) == "of" && j+1 < len(rest) && isCapitalised(rest[j+1].text) && j > start {
			continue
		}
		break
	}
	if end == start {
		return ""
	}
	place := s.text[rest[start].start:rest[end-1].end]
	title := upperFirst(h) + " " + prep + " "
	if the {
		title += "the "
	}
	return title + place
}

// isCapitalised reports whether a word begins with a capital letter.
func isCapitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}
