package generate

import (
	"regexp"
	"strings"
)

// Rules that make the kinds of names right once every sentence has been
// read, and that record which places the article puts inside which: a
// distractor must be of the answer's kind, and a place that contains or
// lies in the answer would also be true.

// datelineRE matches a news dateline: "PARIS, Oct. 3 (Reuters) - ". A
// bracket in it closes before the dash: "J. R., A000 (b. 1950 – 2001)
// …" is a name and its life dates, not a dateline.
var datelineRE = regexp.MustCompile(`^[A-Z][A-Z.'’ -]{2,}(?:, [^—–()]{0,60}?(?:\([^()]*\)[^—–()]{0,20}?)?)? [-—–] `)

// datelineEnd returns where a sentence's content begins after a dateline,
// or 0. The dateline is no content: its city, agency and date are not
// asked about, and its abbreviations ("Fla.") would give answers away.
func datelineEnd(text string) int {
	if m := datelineRE.FindStringIndex(text); m != nil {
		return m[1]
	}
	return 0
}

// afterDateline is a statement text made from s without the dateline s
// opens on. Only the sentence's own dateline is left out: a rewording that
// removes a bracket ("Ann Lee (b. 1950) – …") must not make the rest read
// as one.
func afterDateline(s *sentence, text string) string {
	if datelineEnd(s.text) == 0 {
		return text
	}
	return text[datelineEnd(text):]
}

// aliasable reports whether a word of a person's full name stands for the
// person on its own: not a place, a role or a regnal number.
func aliasable(w string) bool {
	if len(w) <= 2 || placeSub(w) != "" || honorifics[w] || roleNouns[w] || orgWords[w] {
		return false
	}
	return strings.Trim(w, "ivxlcdm") != ""
}

// weakRule reports whether a span's kind comes only from the model's label
// or from capitalisation, which a rule seen elsewhere may overrule.
func weakRule(r string) bool {
	return r == "ner" || r == "capitalised" || r == "kind-vote"
}

// refineKinds corrects kinds with evidence from the whole article:
//   - "Escambia" is a county where the article has "Escambia County";
//   - "JWST" and "Hubble" take the kind of "James Webb Space Telescope" and
//     "Hubble Space Telescope";
//   - a name listed with places of one kind ("Lübeck and Dortmund") is of
//     that kind;
//   - "Pensacola, Florida" makes Pensacola a city lying in Florida.
//
// It also fills a.within, the places each place lies in.
func (a *article) refineKinds() {
	set := func(k string, kd kind, sub, rule string) {
		for _, m := range a.byKey[k] {
			m.kind, m.sub, m.rule = kd, sub, rule
		}
	}
	first := func(k string) *span { return a.byKey[k][0] }
	// One place, one subkind: "in Lübeck" makes every Lübeck a city.
	for _, k := range a.keys {
		sub := ""
		for _, m := range a.byKey[k] {
			if m.kind == kPlace && m.sub != "" && sub == "" {
				sub = m.sub
			}
		}
		for _, m := range a.byKey[k] {
			if m.kind == kPlace && m.sub == "" {
				m.sub = sub
			}
		}
	}
	// "The Stalhof (Steelyard)": a name glossed by another in brackets
	// names the same kind of thing.
	for _, s := range a.sents {
		for i := 0; i+1 < len(s.spans); i++ {
			x, y := s.spans[i], s.spans[i+1]
			if x.kind.proper() && y.kind.proper() && y.kind != kPlace && s.text[x.end:y.blankStart()] == " (" && strings.HasPrefix(s.text[y.end:], ")") && weakOrAlias(y) && !strings.Contains(y.key, " ") {
				set(y.key, x.kind, x.sub, "gloss")
			}
		}
	}
	// Counties named without their noun.
	for _, k := range a.keys {
		if c := a.byKey[k+" county"]; len(c) > 0 && c[0].kind == kPlace && first(k).kind.proper() && weakOrAlias(first(k)) {
			set(k, kPlace, subCounty, "county")
		}
	}
	// Short forms of crafts, organisations and other names.
	for _, k := range a.keys {
		m := first(k)
		if !m.kind.proper() || !strings.Contains(k, " ") || (m.kind != kName && m.kind != kOrg) || weakRule(m.rule) {
			continue
		}
		f := strings.Fields(k)
		for _, o := range a.keys {
			om := first(o)
			if o == k || !om.kind.proper() || strings.Contains(o, " ") || !(weakRule(om.rule) || om.rule == "acronym") {
				continue
			}
			word := false
			for _, w := range f {
				if w == o && !orgWords[w] && !craftWords[w] && !eventWords[w] && !facilityWords[w] && len(w) > 2 {
					word = true
				}
			}
			if word || (len(o) >= 3 && strings.ToLower(initials(k)) == o) {
				set(o, m.kind, m.sub, "short-form")
			}
		}
	}
	// Members of a list take the kind its sure members share: places of
	// one kind ("Lübeck and Dortmund"), or organisations ("Tesla, BMW
	// and Daimler", where the model took Daimler for a person).
	adopt := map[string]*span{}
	for _, s := range a.sents {
		for _, sp := range s.spans {
			if !sp.kind.proper() || !weakRule(sp.rule) {
				continue
			}
			var sure *span
			agree := true
			for _, o := range s.spans {
				sureKind := o.kind == kPlace && o.sub != "" || o.kind == kOrg && !weakRule(o.rule)
				if o == sp || !sureKind || !listed(s, sp, o) {
					continue
				}
				if sure != nil && (sure.kind != o.kind || sure.sub != o.sub) {
					agree = false
				}
				sure = o
			}
			// "Astoria, Oregon" is no list: a list has "and" or "or".
			if sure != nil && agree && hasConjunction(s, sp, sure) {
				adopt[sp.key] = sure
			}
		}
	}
	kinds := settleAdoptions(adopt)
	for _, k := range a.keys {
		if ad, ok := kinds[k]; ok {
			set(k, ad.kd, ad.sub, "list-kind")
		}
	}
	// "U.S. 90", "County 911 dispatch": a figure glued to a name is a
	// code, not an amount, wherever it appears.
	codes := map[string]bool{}
	for _, s := range a.sents {
		for _, sp := range s.spans {
			if sp.kind == kNumber {
				if p := prevTok(s, sp.start); p != nil && p.end == sp.start-1 && capWord(*p) && !months[strings.ToLower(p.text)] {
					codes[firstWord(sp.key)] = true
				}
			}
		}
	}
	for _, s := range a.sents {
		for _, sp := range s.spans {
			if sp.kind == kNumber && codes[firstWord(sp.key)] {
				sp.partial = true // "911 calls" where the article has "County 911 dispatch"
			}
		}
	}
	// Places inside places.
	a.within = map[string]map[string]bool{}
	in := func(x, p string) {
		if x == p {
			return
		}
		if a.within[x] == nil {
			a.within[x] = map[string]bool{}
		}
		a.within[x][p] = true
	}
	for _, s := range a.sents {
		for i, sp := range s.spans {
			if i+1 >= len(s.spans) {
				continue
			}
			o := s.spans[i+1]
			if o.blankStart() < sp.end || o.blankStart() > len(s.text) {
				continue // overlapping spans: nothing lies between them
			}
			// "Britain's Kelly Holmes": a person of two names or more
			// after a country is one of its people (surname_people.go).
			if b := s.text[sp.end:o.blankStart()]; (b == "’s " || b == "'s ") && sp.kind == kPlace && (sp.sub == subCountry || sp.sub == subState) && o.kind.proper() && weakRule(o.rule) && o.kind != kPlace && !countryPerson(o) {
				set(o.key, kPlace, subCity, "place-in") // "Sweden's Visby"
			}
			if o.kind != kPlace || !sp.kind.proper() || sp.kind == kPerson && !weakOrAlias(sp) {
				continue
			}
			between := s.text[sp.end:o.blankStart()]
			container := o.sub == subState || o.sub == subCountry || o.sub == subRegion || o.sub == subCounty || between == " ("
			switch {
			case (between == ", " || between == " (") && container && sp.sub != subCountry && sp.sub != subRegion:
				// "Pensacola, Florida", "Bruges (Flanders)"
				if sp.kind != kPlace || sp.sub == "" {
					set(sp.key, kPlace, subCity, "place-in")
				}
				in(sp.key, o.key)
				o.container = true
			case (between == "’s " || between == "'s ") && sp.kind == kPlace && (sp.sub == subState || sp.sub == subCountry || sp.sub == subRegion):
				// "Florida's Panhandle", "Sweden's Visby"
				if o.kind == kPlace {
					in(o.key, sp.key)
					sp.container = true
				}
			case sp.kind == kPlace && containerGap.MatchString(between) && container:
				// "Gotland island in Sweden"
				in(sp.key, o.key)
				o.container = true
			}
		}
	}
	for _, k := range a.keys {
		if first(k).kind != kPlace {
			continue
		}
		f := strings.Fields(k)
		for i, w := range f {
			// "Florida Panhandle", "Northwest Florida": in Florida.
			if (i == 0 || i == len(f)-1) && len(f) > 1 && len(a.byKey[w]) > 0 && first(w).kind == kPlace {
				in(k, w)
			}
		}
	}
}

// genericNameWords are words of many names that say nothing of which
// thing a name names.
var genericNameWords = set(`space|city|national|international|federal|state|north|south|east|west|northern|southern|
eastern|western|new|old|great|united|royal|central|upper|lower|saint|san|santa|fort|port|mount`)

// containerGap is what lies between a place and the larger place named
// after it: "Gotland island in Sweden", "Visby, in Sweden".
var containerGap = regexp.MustCompile(`^(?:,? (?:an? |the )?(?:island|city|town|village|port|county|region|province|state) )?,? ?in (?:the )?$`)

func weakOrAlias(sp *span) bool { return weakRule(sp.rule) || sp.rule == "person-alias" }

// hasConjunction reports whether the list holding x and y is joined by
// "and" or "or" somewhere, and so is a list rather than "Astoria,
// Oregon".
func hasConjunction(s *sentence, x, y *span) bool {
	lo, hi := min(x.start, y.start), max(x.end, y.end)
	var members []*span
	for _, o := range s.spans {
		if o.kind.proper() && listed(s, x, o) {
			members = append(members, o)
			lo, hi = min(lo, o.start), max(hi, o.end)
		}
	}
	between := " " + s.text[lo:hi] + " "
	return len(members) >= 2 && (strings.Contains(between, " and ") || strings.Contains(between, " or ") || strings.Contains(between, " & "))
}

// listed reports whether names x and y are in one list, directly or
// through other names, whatever their kinds: "Escambia, Santa Rosa,
// Okaloosa and Walton".
func listed(s *sentence, x, y *span) bool {
	in := map[*span]bool{x: true}
	for grown := true; grown; {
		grown = false
		for _, o := range s.spans {
			if in[o] || !o.kind.proper() {
				continue
			}
			for m := range in {
				if joined(s, m, o) {
					in[o], grown = true, true
					break
				}
			}
		}
	}
	return in[y]
}

// upward returns the places k lies in, directly or through others.
func (a *article) upward(k string) map[string]bool {
	out := map[string]bool{}
	var walk func(string)
	walk = func(x string) {
		for p := range a.within[x] {
			if !out[p] {
				out[p] = true
				walk(p)
			}
		}
	}
	walk(k)
	return out
}

// overlaps reports whether place d could be right where place k is the
// answer: one lies in the other, or both lie in the same larger place and
// are not of the same sure kind ("Pensacola", a city in Florida, for "the
// Florida Panhandle", a part of Florida).
func (a *article) overlaps(k, d string) bool {
	uk, ud := a.upward(k), a.upward(d)
	if uk[d] || ud[k] {
		return true
	}
	sk, sd := "", ""
	if m := a.byKey[k]; len(m) > 0 {
		sk = m[0].sub
	}
	if m := a.byKey[d]; len(m) > 0 {
		sd = m[0].sub
	}
	for p := range uk {
		if ud[p] && (sk != sd || sk == "") {
			return true
		}
	}
	return false
}

// nameWords returns the words that name what key k names, in any of the
// forms the article uses: "jwst" gives james, webb, space, telescope and
// jwst. A stem or statement holding one of them already names the thing.
func (a *article) nameWords(k string) map[string]bool {
	if a.names == nil {
		a.names = map[string]map[string]bool{}
	}
	if w, ok := a.names[k]; ok {
		return w
	}
	w := map[string]bool{}
	add := func(x string) {
		for _, f := range strings.Fields(x) {
			if len(f) > 2 && !stopwords[f] && !craftWords[f] && !orgWords[f] && !adminWords[f] && !featureWords[f] &&
				!facilityWords[f] && !eventWords[f] && !genericNameWords[f] {
				w[f] = true
			}
		}
	}
	add(k)
	add(a.identity(k))
	if info := a.info[k]; info != nil {
		for _, o := range a.keys {
			oi := a.info[o]
			if o != k && oi != nil && a.byKey[o][0].kind.proper() && info.equivalent(k, oi, o) {
				add(o)
			}
		}
	}
	a.names[k] = w
	return w
}

// sameNamed reports whether two keys name one thing in different forms:
// "JWST" and "Webb" (both words of "James Webb Space Telescope"), "the
// Hanse" and "the Hansa" (one name spelt two ways).
func (a *article) sameNamed(k, d string) bool {
	wk, wd := a.nameWords(k), a.nameWords(d)
	for w := range wk {
		if wd[w] {
			return true
		}
	}
	if !strings.Contains(k, " ") && !strings.Contains(d, " ") && len(k) >= 4 && len(d) >= 4 && k[:4] == d[:4] {
		return true
	}
	// "the Hanse" and "the Hanseatic Cities"
	for x := range wk {
		for y := range wd {
			if len(x) >= 5 && len(y) >= 5 && x[:5] == y[:5] {
				return true
			}
		}
	}
	return false
}

// subject reports whether a name is what the article is about, under any
// of its names ("Webb", "JWST", "the James Webb Space Telescope"): in half
// the paragraphs or more. A blank on it with no options to choose from is
// answered by the title ("_____ also outperforms Hubble").
func (a *article) subject(k string) bool {
	m := a.byKey[k]
	if len(m) == 0 || !m[0].kind.proper() || len(a.paras) < 4 {
		return false
	}
	if a.ubiquitous(k) {
		return true
	}
	paras := map[int]bool{}
	for _, o := range a.keys {
		if om := a.byKey[o]; om[0].kind.proper() && (o == k || a.sameNamed(k, o)) {
			for _, x := range om {
				paras[x.sent.para.n] = true
			}
		}
	}
	return len(paras)*2 >= len(a.paras)
}

// adopted is the kind a listed name takes from a sure member of its list.
type adopted struct {
	kd  kind
	sub string
}

// settleAdoptions gives each name of adopt (a name and the sure member
// of a list it is listed with) the kind that member ends with: a member
// that is itself adopted passes on the kind it adopts ("Pedego and
// startup Vetra" after "firms Corvo, Vetra or Pedego": Vetra takes
// Corvo's kind, and Pedego Vetra's). Settled whole before any is set,
// so that the kinds do not depend on the order a map is walked in.
func settleAdoptions(adopt map[string]*span) map[string]adopted {
	var settle func(k string, seen map[string]bool) adopted
	settle = func(k string, seen map[string]bool) adopted {
		o := adopt[k]
		seen[k] = true
		if _, ok := adopt[o.key]; ok && !seen[o.key] {
			return settle(o.key, seen)
		}
		return adopted{o.kind, o.sub}
	}
	kinds := make(map[string]adopted, len(adopt))
	for k := range adopt {
		kinds[k] = settle(k, map[string]bool{})
	}
	return kinds
}
