package generate

import "strings"

// A blank over a place or a body named by a distinctive word and a
// generic head ("Guantanamo Bay", "Wormwood Scrubs Prison", "Balliol
// College", "Joseon Dynasty") is answered by the distinctive part alone as often as by the
// whole: blind judges asked that "Guantanamo" be accepted for
// "Guantanamo Bay". It is, where the article names nothing else by that
// part ("Balliol" is no answer where the article also has "Balliol
// Hall"), and where the part is no word of description ("Supreme Court",
// "North Sea", "Royal Albert Hall").

// genericHeads are the last words of place and body names that say what
// kind of place or body it is, not which.
var genericHeads = set(`bay|island|islands|river|lake|valley|peninsula|coast|gulf|strait|straits|park|forest|hills|
mountain|mountains|desert|canyon|reef|glacier|falls|hall|prison|jail|gaol|court|college|castle|abbey|priory|palace|
cathedral|church|chapel|museum|gallery|airport|station|stadium|bridge|square|street|tower|manor|barracks|harbour|
harbor|camp|base|academy|school|dynasty`)

// describingWords are words of a name that describe rather than name: a
// name's part made of them alone is no answer.
var describingWords = set(`north|south|east|west|northern|southern|eastern|western|new|old|great|little|upper|lower|
high|supreme|crown|federal|international|royal|national|state|city|county|district|central|general|grand|
red|black|white|green|blue|dead|long|big|main|first|second|third|united|holy|free|public|private`)

// headForm is the distinctive part of a place or body name sp ends on a
// generic head ("Guantanamo" of "Guantanamo Bay"), or "" where a word of
// that part describes (or is one the article writes in lowercase), is also part of another name the article gives, or sp is no
// such name.
func (a *article) headForm(sp *span) string {
	if sp.kind != kPlace && sp.kind != kOrg && sp.kind != kName {
		return ""
	}
	words := strings.Fields(sp.text)
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	if len(words) < 2 || len(words) > 4 || !genericHeads[strings.ToLower(words[len(words)-1])] {
		return ""
	}
	part := words[:len(words)-1]
	for _, w := range part {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if !startsUpper(w) || describingWords[lw] || a.lowerWords[lw] {
			return ""
		}
	}
	short := strings.Join(part, " ")
	pk := key(short)
	for _, k := range a.keys {
		if k == sp.key || k == pk {
			continue
		}
		if hasWord(" "+k+" ", pk) || strings.Contains(" "+k+" ", " "+pk+" ") {
			return ""
		}
	}
	return short
}
