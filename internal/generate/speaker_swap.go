package generate

import "strings"

// A false statement on who said what. A theme's central fact in a news
// report is often a named person's own position, told by a reporting
// verb right after the name ("Mr Clarke says he does not intend to use
// the house arrest powers now …"). Who speaks is no question of its own
// (speaker.go), and nameSwap leaves such a subject alone; but where the
// theme's statements are all true and no other swap is found, putting
// another speaker of the report in the speaker's place ("David Davis
// says he does not intend to use the house arrest powers now …") is the
// false statement judges keep ("The shadow foreign secretary, Menzies
// Campbell, welcomed the return of the four detainees." for Michael
// Ancram): the learner must know whose position it is. The other is a
// person the article gives a full name and makes speak in a sentence of
// its own and gives a role of the same kind ("Home Secretary Charles
// Clarke" and "Tory shadow home secretary David Davis"; not "housing
// minister Yvette Cooper" and "Andrew Ryder, of the Traveller Law
// Reform Coalition", whose announcement a campaigner would not make),
// never named with the speaker, nor told something like the statement
// (toldOf); a biography's subject is never swapped out.

// swapSpeakerNoFalse turns the strongest of three or more proposed true
// statements of a theme that proposes no false one, beside questions of
// other kinds, into a false one by speakerSwap, in its place: a quiz of
// three true statements and a short answer is still mostly passed by
// answering True.
func (a *article) swapSpeakerNoFalse(items []item) {
	_, _, t, f, _ := tallyProposed(items)
	if t < 3 || f > 0 {
		return
	}
	best := -1
	var sw *item
	for i := range items {
		it := &items[i]
		if tf, tr := isTrueFalse(it); !it.proposed || !tf || !tr || best >= 0 && it.score <= items[best].score {
			continue
		}
		if s := a.speakerSwap(it); s != nil {
			best, sw = i, s
		}
	}
	if sw == nil {
		return
	}
	it := &items[best]
	sw.q.ID, sw.q.Theme, sw.q.Paragraphs = it.q.ID, it.q.Theme, it.q.Paragraphs
	sw.score, sw.feat, sw.proposed = it.score, it.feat, true
	*it = *sw
}

// speakerSwap rewrites the true statement it as described above, or
// returns nil.
func (a *article) speakerSwap(it *item) *item {
	s := it.sent
	stmt, ok := a.swappableStatement(it)
	// A second mention the statement names in full ("Mr Clarke says"
	// quoted "Charles Clarke says") reads alone as well.
	whole := ok
	if !ok && it.q != nil && s != nil && !it.incidental && !it.repeat && !a.incidentalSentence(s) {
		stmt, ok = strings.TrimPrefix(it.q.Prompt, "True or false? "), true
	}
	if !ok || len(s.spans) == 0 {
		return nil
	}
	sp := s.spans[0]
	// The sentence opens on the name, or on "Mr" and the name.
	if lead := strings.TrimSpace(s.text[datelineEnd(s.text):sp.blankStart()]); sp.kind != kPerson || sp.modifier || sp.partial || sp.container || lead != "" && !honorifics[strings.ToLower(lead)] {
		return nil
	}
	verb := ""
	for _, t := range s.toks {
		if t.start >= sp.end {
			if finiteVerb(t.tag) && reportVerbs[strings.ToLower(t.text)] {
				verb = t.text
			}
			break
		}
	}
	if verb == "" {
		return nil
	}
	if bk, _ := a.biographySubject(); bk != "" && a.sameActor(sp.key, bk) {
		return nil
	}
	// The statement may name the speaker more fully than the sentence
	// ("Charles Clarke says" for "Mr Clarke says").
	at := strings.Index(stmt, " "+verb+" ")
	if at <= 0 || !a.sameActor(key(stmt[:at]), sp.key) || !whole && key(stmt[:at]) != a.identity(sp.key) {
		return nil
	}
	seen := map[string]bool{}
	for _, t := range a.sents {
		if t == s {
			continue
		}
		for _, o := range t.spans {
			full := a.identity(o.key)
			if o.kind != kPerson || seen[full] || !strings.Contains(full, " ") || a.sameActor(sp.key, o.key) {
				continue
			}
			seen[full] = true
			if !inSpeakerPhrase(t, o) || a.namedIn(s, sp, o.key) || a.namedTogether(sp.key, o.key) || a.toldOf(s, sp, o.key) || !a.shareRoleNoun(sp.key, o.key) {
				continue
			}
			name := a.fullText(full)
			if name == "" {
				continue
			}
			q := falseStatement(s, name+stmt[at:], stmt[:at], name)
			return &item{sent: s, q: q, answer: sp.text, rule: "truefalse-swap/speaker-person", sp: sp, dq: 0.8, named: it.named, prevName: it.prevName}
		}
	}
	return nil
}

// fullText is the text of the article's first mention of a person by
// the full name key k, or "".
func (a *article) fullText(k string) string {
	for _, o := range a.byKey[k] {
		if strings.Contains(o.text, " ") && key(o.text) == k {
			return o.text
		}
	}
	return ""
}

// shareRoleNoun reports whether the article gives the persons x and y
// roles with the same head noun ("secretary", "minister") anywhere,
// under any of their names.
func (a *article) shareRoleNoun(x, y string) bool {
	rx := a.roleNouns(x)
	for r := range a.roleNouns(y) {
		if rx[r] {
			return true
		}
	}
	return false
}

// peerTitles are titles of rank, not of office: two lords hold no role
// alike.
var peerTitles = set(`sir|dame|lord|lady`)

// roleNouns are the head nouns of the roles the article gives the person
// k: roleOf's, or a capitalised title right before the name ("Home
// Secretary Charles Clarke"); never a courtesy title ("Mr") or a rank
// ("Lord").
func (a *article) roleNouns(k string) map[string]bool {
	out := map[string]bool{}
	id := a.identity(k)
	for _, o := range a.keys {
		if a.identity(o) != id {
			continue
		}
		for _, m := range a.byKey[o] {
			if m.sent == nil {
				continue
			}
			r := roleOf(m.sent, m)
			if p := prevTok(m.sent, m.blankStart()); r == "" && p != nil && p.end == m.blankStart()-1 && (p.tag == "NN" || p.tag == "NNP") {
				r = p.text
			}
			if f := strings.Fields(strings.ToLower(r)); len(f) > 0 && !nameTitles[f[len(f)-1]] && !peerTitles[f[len(f)-1]] {
				out[f[len(f)-1]] = true
			}
		}
	}
	return out
}
