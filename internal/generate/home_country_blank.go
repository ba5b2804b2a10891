package generate

import "regexp"

// "Anyone planning to move to _____ will have to pass a test, Home
// Secretary Charles Clarke has said": the Home Secretary is Britain's, so
// the blank over "the UK" is answered by the sentence itself, and in a
// report on Westminster Britain is where everything happens. The judges
// rejected such blanks as giveaways. A blank over the United States with
// an office of Washington in the sentence is the same.

// britishOfficeRE names an office or body of the British state.
var britishOfficeRE = regexp.MustCompile(`\b(?:(?:Home|Foreign|Culture|Health|Education|Defence|Transport|Environment|Trade|Welsh|Scottish|Northern Ireland|Work and Pensions) Secretary|Chancellor of the Exchequer|Home Office|Foreign Office)\b`)

// usOfficeRE names an office or body of the United States.
var usOfficeRE = regexp.MustCompile(`\b(?:Congress|White House|Capitol Hill|Pentagon|Secretary of State|US President|President (?:Bush|Clinton|Obama))\b`)

var usNames = set(`us|u.s.|usa|united states|the us|the united states|america`)

// homeCountryBlank reports whether a blank over sp asks for the country
// an office in the sentence, or the whole report, already names.
func (a *article) homeCountryBlank(s *sentence, sp *span) bool {
	if sp.kind != kPlace {
		return false
	}
	switch {
	case ukNames[sp.key]:
		return britishOfficeRE.MatchString(s.text) || westminsterRE.MatchString(s.text) || a.westminsterReport()
	case usNames[sp.key]:
		return usOfficeRE.MatchString(s.text)
	}
	return false
}
