package generate

import "strings"

// An article pasted without its headline is named after what it keeps
// coming back to (mainSubjectKey). That count weights the first two
// sentences three times and needs a name in full twice; in a news report
// it lands on the report's source or setting ("BBC Scotland", "Downing
// Street"), on a role named in the lead ("Prime Minister"), on a word of
// the whole field ("TV", "US"), or finds nothing and leaves the course to
// a phrase of the text ("Specialist Event") where the athlete is named
// once in full and by surname in every paragraph after. In those cases
// the course is named after the person the article keeps coming back to
// (headlessSubjectKey): counted in paragraphs, not mentions, by the full
// name or its surname, with the first paragraph worth three and the
// second two, and named in the first paragraph, where a report says whom
// it is about.

// sourceNames are where a report comes from or is made, not what it is
// about.
var sourceNames = set(`bbc|bbc news|bbc scotland|bbc wales|bbc radio|bbc news online|bbc sport|reuters|associated press|
press association|afp|downing street|whitehall|westminster|number 10|no 10|commons|house of commons|today programme|
radio 4|bbc radio 4|newsnight|channel 4 news|itv news|sky news|gartner|idc|forrester|jupiter research|ovum|
mori|icm|yougov|populus|nielsen|comscore`)

// fieldWords are proper or capitalised words that name a whole field
// ("TV", "PCs", "MPs"), too broad to be what one article is about.
var fieldWords = set(`tv|pc|pcs|mp|mps|web|net|internet|uk|us|usa|eu|olympic|olympics|government|parliament|labour|
tory|tories|conservative|conservatives|lib dem|lib dems|liberal democrats`)

// paraWeight is what a paragraph counts for in headlessSubjectKey: the
// opening paragraphs say what the article is about.
func paraWeight(n int) float64 {
	switch n {
	case 1:
		return 3
	case 2:
		return 2
	}
	return 1
}

// headlessSubjectKey returns the title and key of the person named in the
// first paragraph and found in the most paragraphs (weighted toward the
// opening), counting the surname; "" when no such person is in two
// paragraphs or more. Sources, roles and field words are never it.
func (a *article) headlessSubjectKey() (string, string) {
	best, bestKey, bestScore := "", "", 0.0
	for _, k := range a.keys {
		sps := a.byKey[k]
		kd := sps[0].kind
		if kd.numeric() || eraMarkers[k] || sourceNames[k] || fieldWords[k] || sps[0].writer {
			continue
		}
		if kd != kPerson {
			continue // an organisation, a phrase or the setting: left to mainSubjectKey
		}
		if roleNouns[lastWord(k)] || leadRoles[lastWord(k)] {
			continue // "Prime Minister", "Attorney General": a role
		}
		if a.relativeOnly(sps) || quotedExpert(sps) {
			continue
		}
		info := a.info[k]
		paras := map[int]bool{}
		for _, o := range a.keys {
			if o != k && !containsWords(k, o) && (info == nil || info.initials != o || len(o) < 3) {
				continue
			}
			osps := a.byKey[o]
			if o != k && (info == nil || info.initials != o) && (osps[0].kind != kd || fieldWords[o] || placeSub(o) != "" ||
				(!strings.HasPrefix(k, o+" ") && !strings.HasSuffix(k, " "+o))) {
				continue // "Respond" in "Herbert Hansen of Respond" is not a mention of him
			}
			for _, sp := range osps {
				paras[sp.sent.para.n] = true
			}
		}
		if len(paras) < 2 || !paras[1] {
			continue // a source quoted further down, not the subject
		}
		v := 0.0
		for p := range paras {
			v += paraWeight(p)
		}
		if t := titleCase(withoutThe(surface(sps))); t != "" && (v > bestScore || (v == bestScore && a.fullerForm(k, bestKey))) {
			best, bestKey, bestScore = t, k, v
		}
	}
	return best, bestKey
}

// fullerForm reports whether key k names a subject found in as many
// paragraphs as key b by a better form: a person's full name over the
// surname ("Sonia O'Sullivan", not "O'Sullivan"), otherwise the form the
// article uses more ("Call of Duty", not "Call of Duty on PC").
func (a *article) fullerForm(k, b string) bool {
	ks, bs := a.byKey[k], a.byKey[b]
	if len(bs) == 0 {
		return true
	}
	if ks[0].kind == kPerson && bs[0].kind == kPerson {
		if containsWords(k, b) {
			return true
		}
		if containsWords(b, k) {
			return false
		}
	}
	return len(ks) > len(bs)
}

// weakSubject reports whether mainSubjectKey's choice, with key k, cannot
// name a headline-less article: nothing recurs, or what recurs is the
// report's source or setting ("BBC Scotland", "Downing Street"), a role
// ("Prime Minister") or a word of the whole field ("TV", "US").
func (a *article) weakSubject(k string) bool {
	return k == "" || sourceNames[k] || fieldWords[k] || roleNouns[lastWord(k)] || leadRoles[lastWord(k)]
}

// weakLead reports whether the subject the first sentence opens with
// (leadTitle) is the report's source, a role or a quoted expert
// ("Downing Street said …", "The Lord Chancellor …", "BBC pundit Jonathan
// Edwards believes …") while a person recurs from the first
// paragraph on; that person is the subject then.
func (a *article) weakLead(t string) bool {
	k := key(t)
	source := sourceNames[k] || roleNouns[lastWord(k)]
	for _, w := range strings.Fields(k) {
		source = source || writerRoles[w] || sourceTrades[w]
	}
	if !source {
		return false
	}
	p, _ := a.headlessSubjectKey()
	return p != ""
}

// sourceTrades, said just before a name, make the person a source the
// report quotes ("technology analyst Bill Thompson", "BBC pundit Jonathan
// Edwards"), not what it is about.
var sourceTrades = set(`pundit|expert|spokesman|spokeswoman|spokesperson|consultant`)

// quotedExpert reports whether a mention of the person follows the trade
// of a source or a writer.
func quotedExpert(sps []*span) bool {
	for _, sp := range sps {
		before := strings.Fields(sp.sent.text[:sp.blankStart()])
		if len(before) == 0 {
			continue
		}
		w := strings.ToLower(strings.Trim(before[len(before)-1], ",;:"))
		if writerRoles[w] || sourceTrades[w] {
			return true
		}
	}
	return false
}
