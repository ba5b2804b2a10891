package generate

import (
	"regexp"
	"strings"
)

// Incidental details of a life. Blind judges rejected items drawn from a
// biography's early years that tell what is on the way rather than who
// the subject became: the position played in a college team, the name of
// a student club, the names of the subject's brothers or sisters. A
// sentence that gives one of these is incidental (incidental_sentence.go),
// in a biography only: an article about a sport or a society is about
// them.
var (
	// sportRE: a team sport, or a college team.
	sportRE = regexp.MustCompile(`(?i)\b(?:football|baseball|basketball|rugby|hockey|soccer|cricket|lacrosse|volleyball|varsity)\b`)
	// positionRE: the place played in a team ("playing left end", "as
	// quarterback").
	positionRE = regexp.MustCompile(`(?i)\b(?:playing|played|as(?:\s+an?|\s+the)?)\s+(?:(?:left|right|centre|center|inside|outside|first|second|third|wide|tight|defensive|offensive|starting)\s+)?(?:end|tackle|guard|quarterback|halfback|fullback|wing|winger|forward|goalkeeper|goalie|pitcher|catcher|shortstop|baseman|striker|midfielder|defender|receiver|linebacker|fly-half|scrum-half|wicket-keeper|wicketkeeper)\b`)
	// studentClubRE: a club or society of students.
	studentClubRE = regexp.MustCompile(`(?i)\b(?:eating|dining|glee|drama|debating|rowing|chess)\s+(?:club|society)\b|\b(?:fraternity|sorority|secret society)\b`)
	// siblingNamesRE: the names of brothers or sisters, two or more
	// ("all four boys, James, Paul and George"; "her brothers Boris and
	// Frank").
	siblingNamesRE = regexp.MustCompile(`\b(?:brothers|sisters|siblings|boys|girls)\b,?\s+(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*(?:\s+\([^)]*\))?,?\s+)+(?:and\s+)?[A-Z][a-z]+`)
)

// bioTriviaSentence reports whether s, in a biography, gives a sport
// position, a student club, the subject's place among the children of a
// family or the names of the subject's siblings.
func (a *article) bioTriviaSentence(text string) bool {
	if _, short := a.biographySubject(); short == "" {
		return false
	}
	switch {
	case sportRE.MatchString(text) && positionRE.MatchString(text):
		return true
	case studentClubRE.MatchString(text):
		return true
	case birthOrderRE.MatchString(text):
		return true
	}
	// The siblings' names are the clause's subject ("her brothers Boris
	// and Frank were four and nine years younger"), not whom the subject
	// dealt with ("clashed with his brothers, Harry and Albert").
	if m := siblingNamesRE.FindStringIndex(text); m != nil {
		before := text[:m[0]]
		if i := strings.LastIndexAny(before, ";:"); i >= 0 {
			before = before[i+1:]
		}
		return len(strings.Fields(before)) <= 3
	}
	return false
}

// birthOrderRE: where the subject came among the children of a family
// ("was the second of their three sons", "the youngest of four
// children"). Blind judges rejected it as incidental, all the more where
// "their" leans on the parents named the sentence before.
var birthOrderRE = regexp.MustCompile(`(?i)\b(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|eldest|oldest|youngest|middle|elder|younger|older)\s+(?:(?:child|son|daughter|boy|girl)\s+)?of\s+(?:(?:their|his|her|the\s+couple's|the\s+family's)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:surviving\s+)?(?:children|sons|daughters|boys|girls|siblings)\b`)
