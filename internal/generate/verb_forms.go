package generate

import "strings"

// The forms of a verb that a statement without its "not" needs: "did not
// invent" is "invented", "does not have" is "has". Only forms that are
// sure are given: a verb whose past doubles its last letter or not by
// stress ("admitted" but "visited") is given where it is listed, and
// otherwise has no form here.

// pastForms are the past of irregular verbs, and of regular ones whose
// spelling the rules below cannot tell.
var pastForms = map[string]string{
	"arise": "arose", "bear": "bore", "beat": "beat", "become": "became", "begin": "began",
	"bend": "bent", "bet": "bet", "bind": "bound", "bite": "bit", "blow": "blew",
	"break": "broke", "bring": "brought", "build": "built", "buy": "bought", "catch": "caught",
	"choose": "chose", "come": "came", "cost": "cost", "cut": "cut", "deal": "dealt",
	"dig": "dug", "do": "did", "draw": "drew", "drink": "drank", "drive": "drove",
	"eat": "ate", "fall": "fell", "feed": "fed", "feel": "felt", "fight": "fought",
	"find": "found", "flee": "fled", "fly": "flew", "forbid": "forbade", "foresee": "foresaw",
	"forget": "forgot", "forgive": "forgave", "freeze": "froze", "get": "got", "give": "gave",
	"go": "went", "grow": "grew", "hang": "hung", "have": "had", "hear": "heard",
	"hide": "hid", "hit": "hit", "hold": "held", "hurt": "hurt", "keep": "kept",
	"know": "knew", "lay": "laid", "lead": "led", "leave": "left", "lend": "lent",
	"let": "let", "light": "lit", "lose": "lost", "make": "made", "mean": "meant",
	"meet": "met", "mislead": "misled", "overcome": "overcame", "pay": "paid", "put": "put",
	"quit": "quit", "read": "read", "ride": "rode", "ring": "rang", "rise": "rose",
	"run": "ran", "see": "saw", "seek": "sought", "sell": "sold", "send": "sent",
	"set": "set", "shake": "shook", "shoot": "shot", "shut": "shut", "sing": "sang",
	"sink": "sank", "sit": "sat", "sleep": "slept", "speak": "spoke", "spend": "spent",
	"split": "split", "spread": "spread", "stand": "stood", "steal": "stole", "stick": "stuck",
	"strike": "struck", "swim": "swam", "take": "took", "teach": "taught", "tear": "tore",
	"think": "thought", "throw": "threw", "understand": "understood", "undertake": "undertook",
	"upset": "upset", "wake": "woke", "wear": "wore", "win": "won", "withdraw": "withdrew",
	"write": "wrote",
	// Regular verbs ending in a consonant, a vowel and a consonant.
	"admit": "admitted", "ban": "banned", "commit": "committed", "occur": "occurred",
	"permit": "permitted", "plan": "planned", "prefer": "preferred", "stop": "stopped",
	"submit": "submitted", "benefit": "benefited", "consider": "considered",
	"deliver": "delivered", "develop": "developed", "differ": "differed", "enter": "entered",
	"happen": "happened", "limit": "limited", "offer": "offered", "open": "opened",
	"suffer": "suffered", "target": "targeted", "visit": "visited", "cover": "covered",
	"answer": "answered", "gather": "gathered", "listen": "listened", "matter": "mattered",
	"recover": "recovered", "remember": "remembered", "threaten": "threatened",
	"worsen": "worsened", "weaken": "weakened", "widen": "widened", "strengthen": "strengthened",
}

// vowel reports whether b is one of a, e, i, o, u.
func vowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// pastForm is the past of the plain verb base, or "" where it is not
// sure.
func pastForm(base string) string {
	if p, ok := pastForms[base]; ok {
		return p
	}
	// "was" or "were": the subject decides.
	if base == "be" {
		return ""
	}
	n := len(base)
	if n < 2 || !isLetters(base) || base != strings.ToLower(base) {
		return ""
	}
	last, before := base[n-1], base[n-2]
	switch {
	case last == 'e':
		return base + "d"
	case last == 'y' && !vowel(before):
		return base[:n-1] + "ied"
	case !vowel(last) && vowel(before) && last != 'w' && last != 'x' && last != 'y' && (n < 3 || !vowel(base[n-3])):
		// "stop", "visit": whether the last letter doubles is not sure.
		return ""
	}
	return base + "ed"
}

// thirdPerson is the form of the plain verb base after "it" or "she"
// ("has", "goes", "relies", "focuses"), or "" where it is not sure.
func thirdPerson(base string) string {
	switch base {
	case "have":
		return "has"
	case "be":
		return ""
	case "do", "go":
		return base + "es"
	}
	n := len(base)
	if n < 2 || !isLetters(base) || base != strings.ToLower(base) {
		return ""
	}
	switch {
	case strings.HasSuffix(base, "s"), strings.HasSuffix(base, "sh"), strings.HasSuffix(base, "ch"),
		strings.HasSuffix(base, "x"), strings.HasSuffix(base, "z"), strings.HasSuffix(base, "o"):
		return base + "es"
	case base[n-1] == 'y' && !vowel(base[n-2]):
		return base[:n-1] + "ies"
	}
	return base + "s"
}
