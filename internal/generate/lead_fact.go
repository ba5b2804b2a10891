package generate

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/lectern/lectern/internal/quiz"
)

// A biography's lead facts on cards. A short biography is one theme, and
// its lead says in a few sentences on "He" or "His" what the subject is
// known for, how they are regarded and which work is theirs: "He is best
// known for his collaborations with …", "Today he is considered one of
// the seminal figures of photojournalism", "His magnum opus was …".
// These are the facts a teacher asks first, yet read alone their pronoun
// is vague, and a theme of three true statements takes no fourth true
// one (the honest balance), so such themes stopped at two or three items.
// leadFact drafts, for a biography's theme still under minProposed after
// fillThin's other items, a card on one such sentence with the subject's
// name for the pronoun:
//   - "known for X" (also "renowned", "famous", "remembered", "noted",
//     "celebrated"): "What is Cartier best known for?", X on the back;
//     with "as" the complement is blanked ("Lind is best known as _____");
//   - "regarded as X" (also "considered", "seen", "recognised",
//     "acknowledged", "hailed"): the complement blanked, the words before
//     it kept ("Today Kertész is considered _____.");
//   - "His magnum opus was X" (a work, a book, an invention … of the
//     subject's): the complement blanked, a relative clause after it
//     kept on the front as a clue.
// The sentence is about the subject (it opens on the subject's name or a
// pronoun only the subject can be, perhaps after one opening adverb or a
// phrase set off by a comma), names the subject and no one before the
// fact, and nothing else in it leans on the sentences before. A clause
// after "; ", ", but", ", although", ", while" or ", and he" is left off
// the back. No proposed item of the theme asks the sentence already.

// leadFactRe matches the fact after the subject's name: group 1 the verb
// phrase up to the complement, 2 the copula, 3 the adverbs, 4 the
// participle, 5 "for", "as" or "", 6 the complement.
var leadFactRe = regexp.MustCompile(`^\s+(?:(is|was|became)\s+((?:(?:best|well|widely|also|most|perhaps|chiefly|mainly|mostly|now|still|today|often|generally|internationally|\p{L}+ly)\s+)*)(known|renowned|famous|remembered|noted|celebrated|regarded|considered|seen|recognised|recognized|acknowledged|hailed)(?:\s+(for|as))?)\s+(.+)$`)

// leadWorkRe matches "'s magnum opus was X": group 1 the work's noun
// phrase, 2 the copula, 3 the complement.
var leadWorkRe = regexp.MustCompile(`^(?:'s|’s)\s+((?:[\p{L}-]+\s+){0,3}?(?:opus|masterpiece|work|works|novel|book|film|album|invention|discovery|achievement|contribution|legacy))\s+(was|is|were|are)\s+(.+)$`)

// leadOneOfRe reads a complement "one of the <kind> of <field>".
var leadOneOfRe = regexp.MustCompile(`^(one of the (?:[\p{L}-]+\s+){0,3}?[\p{L}-]+ of )(.+)$`)

// leadTitledRe finds the name a work is given after its description.
var leadTitledRe = regexp.MustCompile(`\s(?:entitled|titled|called|named)\s+(\p{Lu}.*)$`)

// leadFactCut ends the complement at a second clause.
var leadFactCut = regexp.MustCompile(`;\s|,\s+(?:but|although|though|while|whereas|and\s+(?:he|she|his|her|they))\s`)

// leadAdverbs are the words of time a sentence may open on before its
// subject without a comma ("Today he is considered …"), which the tagger
// may read as nouns.
var leadAdverbs = set(`today|now|later|eventually|soon|originally|initially`)

// subordinators open a clause of their own: a pronoun after one without a
// comma is that clause's subject ("Although he was regarded as …, he").
var subordinators = set(`although|though|while|whilst|because|since|after|before|when|whenever|if|unless|as|until|till|once|whereas|whether|that`)

// leadFactStart is what stands before the fact: the name put in for a
// pronoun (or the name as written), and the words before it.
type leadFactStart struct {
	prefix string // the sentence up to and with the name, as shown
	rest   string // the original text after the name or pronoun
	at     int    // byte offset of rest in the sentence's text
}

// leadSubject reads s as a sentence about the biography's subject and
// returns where the fact after the subject starts; ok is false where the
// subject is not certain or the sentence leans on the ones before.
func (a *article) leadSubject(s *sentence) (leadFactStart, bool) {
	subj, short := a.biographySubject()
	if subj == "" || s == nil || len(s.toks) < 4 || datelineEnd(s.text) != 0 {
		return leadFactStart{}, false
	}
	own := subjectPronouns[a.bioGender]
	if own == nil {
		return leadFactStart{}, false
	}
	for _, t := range s.toks {
		lw := strings.ToLower(t.text)
		if isPersonalPronoun(lw) && !contains(own, lw) || contextWords[lw] {
			return leadFactStart{}, false
		}
	}
	// Where the subject stands: the first token, the second after one
	// adverb ("Today he …"), or after an opening phrase set off by a
	// comma.
	at := -1
	for i, t := range s.toks {
		if i > 16 {
			break
		}
		lw := strings.ToLower(t.text)
		if strings.HasPrefix(t.tag, "VB") || t.tag == "MD" {
			break // the subject comes before the first verb
		}
		if i == 0 || i == 1 && (s.toks[0].tag == "RB" || leadAdverbs[strings.ToLower(s.toks[0].text)]) || i > 0 && s.toks[i-1].text == "," || s.toks[0].tag == "IN" && !subordinators[strings.ToLower(s.toks[0].text)] && (lw == "he" || lw == "she") {
			if contains(own, lw) && (lw == "he" || lw == "she" || lw == "his" || lw == "her") || strings.Trim(t.text, "'’s") == short || strings.TrimSuffix(strings.TrimSuffix(t.text, "'s"), "’s") == short {
				at = i
				break
			}
		}
	}
	if at < 0 {
		return leadFactStart{}, false
	}
	tok := s.toks[at]
	lw := strings.ToLower(tok.text)
	before := s.text[:tok.start]
	if at > 1 && !strings.Contains(before, ",") && len(strings.Fields(before)) > 8 {
		return leadFactStart{}, false
	}
	if at > 0 && strings.Contains(before, ",") {
		// An opening phrase: one, naming no one, no quotation.
		if strings.Count(before, ",") != 1 || strings.ContainsAny(before, ";:()\"“”") || len(strings.Fields(before)) > 14 {
			return leadFactStart{}, false
		}
	}
	for _, sp := range s.spans {
		if sp.kind == kPerson && sp.start < tok.start {
			return leadFactStart{}, false
		}
	}
	end := tok.start + len(tok.text)
	var name string
	switch {
	case lw == "he" || lw == "she":
		// Only the subject is named back to the pronoun's antecedent.
		cp := *s
		cp.toks = s.toks[at:]
		if !a.onlySubjectBefore(&cp, subj, short) {
			return leadFactStart{}, false
		}
		name = a.subjectName(short)
	case lw == "his" || lw == "her":
		// onlySubjectBefore reads the subject's pronoun from the
		// sentence's first word: the possessive's own one is put there.
		cp := *s
		cp.toks = append(cp.toks[:0:0], s.toks[at:]...)
		cp.toks[0].text = a.bioGender
		if !a.onlySubjectBefore(&cp, subj, short) {
			return leadFactStart{}, false
		}
		// The possessive is kept for leadWorkRe to read.
		called := a.subjectName(short)
		poss := strings.TrimPrefix(possessiveName(called, s.para.text), called)
		return leadFactStart{prefix: before + called, rest: poss + s.text[end:], at: end - len(poss)}, !needsContextOnceNamed(s)
	default:
		name = strings.TrimSuffix(strings.TrimSuffix(tok.text, "'s"), "’s")
		if strings.HasSuffix(tok.text, "'s") || strings.HasSuffix(tok.text, "’s") {
			end -= len(tok.text) - len(name)
		}
	}
	if needsContextOnceNamed(s) {
		return leadFactStart{}, false
	}
	return leadFactStart{prefix: before + name, rest: s.text[end:], at: end}, true
}

// leadFactCard drafts the card on s's lead fact, or nil.
func (a *article) leadFactCard(s *sentence) *item {
	st, ok := a.leadSubject(s)
	if !ok {
		return nil
	}
	var front, back string
	var backAt int
	if m := leadFactRe.FindStringSubmatchIndex(st.rest); m != nil {
		cop, advs, part := st.rest[m[2]:m[3]], strings.TrimSpace(st.rest[m[4]:m[5]]), st.rest[m[6]:m[7]]
		prep := ""
		if m[8] >= 0 {
			prep = st.rest[m[8]:m[9]]
		}
		comp, ok := leadComplement(st.rest[m[10]:])
		if !ok {
			return nil
		}
		back, backAt = comp, st.at+m[10]
		switch {
		case prep == "for":
			verb := part
			if advs != "" {
				verb = advs + " " + part
			}
			// "What is Cartier best known for?": the words before the
			// name stay out, the subject is named in full where the
			// short name is a surname alone.
			if cop == "became" {
				front = "What did " + a.leadName() + " become " + verb + " for?"
			} else {
				front = "What " + cop + " " + a.leadName() + " " + verb + " for?"
			}
		case prep == "as" || prep == "" && leadConsidered(part):
			front = st.prefix + st.rest[:m[10]]
			// "one of the founders of realism": the field is asked.
			if o := leadOneOfRe.FindStringSubmatch(comp); o != nil && len(strings.Fields(o[2])) <= 6 {
				front += o[1]
				back, backAt = o[2], backAt+len(o[1])
			}
			front += "_____."
		default:
			return nil
		}
	} else if m := leadWorkRe.FindStringSubmatchIndex(st.rest); m != nil {
		rest := st.rest[m[6]:]
		comp, ok := leadComplement(rest)
		if !ok {
			return nil
		}
		clue := ""
		if i := strings.Index(comp, ", which "); i > 0 {
			comp, clue = comp[:i], comp[i:]
			if !strings.HasSuffix(clue, ".") {
				clue += "."
			}
		} else {
			clue = "."
		}
		if len(strings.Fields(comp)) < 2 {
			return nil
		}
		back, backAt = comp, st.at+m[6]
		front = st.prefix + st.rest[:m[6]]
		// "a sequence of novels collectively entitled La Comédie
		// humaine": the title is asked, its description kept.
		if t := leadTitledRe.FindStringSubmatchIndex(comp); t != nil && len(strings.Fields(comp[t[2]:])) <= 8 {
			front += comp[:t[2]]
			back, backAt = comp[t[2]:], backAt+t[2]
		}
		front += "_____" + clue
	} else {
		return nil
	}
	back = strings.TrimRight(back, " ,")
	if back == "" || frontGivesAway(front, key(back)) {
		return nil
	}
	bs := backAt
	if bs < 0 || bs > len(s.text) {
		return nil
	}
	// The answer to a question opens on a capital.
	shown := back
	if r := []rune(shown); strings.HasPrefix(front, "What ") && unicode.IsLower(r[0]) {
		shown = string(unicode.ToUpper(r[0])) + string(r[1:])
	}
	sp := &span{sent: s, start: bs, end: bs + len(back), text: back, key: key(back), kind: kTerm, rule: "lead-fact"}
	return &item{sent: s, c: &quiz.Card{Front: front, Back: shown}, answer: back, rule: "lead-fact/" + kTerm.String(), score: s.score, sp: sp, named: true}
}

// leadConsidered reports whether the participle takes its complement
// without "as" ("is considered one of …").
func leadConsidered(part string) bool {
	return part == "considered" || part == "acknowledged" || part == "hailed"
}

// leadComplement is the fact after the participle, ended at a second
// clause, without its full stop; ok is false where it is under two or
// over 30 words.
func leadComplement(t string) (string, bool) {
	t = strings.TrimSpace(t)
	if loc := leadFactCut.FindStringIndex(t); loc != nil {
		t = t[:loc[0]]
	}
	t = strings.TrimRight(t, ". ")
	n := len(strings.Fields(t))
	return t, n >= 2 && n <= 30
}

// leadName is the subject's name as the lead gives it, where it is two
// to four words with no bracket; else the short name.
func (a *article) leadName() string {
	_, short := a.biographySubject()
	if len(a.sents) == 0 {
		return short
	}
	for _, sp := range a.sents[0].spans {
		if sp.kind == kPerson && countWord(sp.text, short) > 0 {
			n := len(strings.Fields(sp.text))
			if n >= 2 && n <= 4 && !strings.ContainsAny(sp.text, "()") {
				return sp.text
			}
			break
		}
	}
	return short
}

// leadFact returns the best scored lead-fact card among sents that no
// proposed item of out asks and no card drafted already, or nil.
func (a *article) leadFact(sents []*sentence, out []item, used map[string]bool) *item {
	if s, _ := a.biographySubject(); s == "" {
		return nil
	}
	taken, _ := cardUses(out)
	var best *item
	for _, s := range sents {
		if taken[s.idx] || used[strconv.Itoa(s.idx)+"|lead-fact"] || !s.usable() || quotedSpeech(s) {
			continue
		}
		it := a.leadFactCard(s)
		if it == nil {
			continue
		}
		if best == nil || s.score > best.sent.score {
			best = it
		}
	}
	return best
}

// maxLeadFacts bounds the lead-fact cards one theme takes.
const maxLeadFacts = 2

// fillLeadFacts adds lead-fact cards to a theme's cards while the theme
// proposes fewer than minProposed items, each only where it adds (every
// item proposed before still is); settle ranks and balances the theme's
// items and counts those proposed at thinFloor or over. A lead-fact card
// counts whatever its score: it asks a fact the lead states.
func (a *article) fillLeadFacts(qs, cards []item, sents []*sentence, used map[string]bool, settle func(qs, cards []item) ([]item, int)) []item {
	if s, _ := a.biographySubject(); s == "" {
		return cards
	}
	out, proposed := settle(qs, cards)
	added := 0
	for added < maxLeadFacts && proposed+added < minProposed {
		c := a.leadFact(sents, out, used)
		if c == nil {
			break
		}
		used[strconv.Itoa(c.sent.idx)+"|lead-fact"] = true
		kept := []item{*c}
		a.markWeakBuilds(kept)
		after, n := settle(qs, append(cards[:len(cards):len(cards)], kept...))
		if !addsOnly(out, after, kept[0].c) {
			continue
		}
		cards = append(cards, kept...)
		for _, it := range after {
			if it.c == kept[0].c && it.score >= thinFloor {
				n-- // counted in added
			}
		}
		out, proposed = after, n
		added++
	}
	return cards
}
