package generate

import (
	"regexp"
	"strings"
)

// Two shapes of figure that are never the point of a report, read by the
// judges as trivia each time they were asked (floods reports: "responded
// to 281 cases", "dispatched to more than 1,000 calls", "sent responders
// to 625 calls", "100 people … were evacuated by five boats"):
//   - a tally of the calls or cases a service answered: the workload of
//     the day, not what happened;
//   - a figure of means, the count of what an act was done by after a
//     passive verb ("evacuated by five boats"): how, not what came of it.
// What came of it stays: the dead, the evacuated, a vote won "by 20
// votes", a result. Past the lead, a sentence that states such a figure
// is incidental (incidental_sentence.go): quoted whole as a statement it
// asks the learner to recall the tally along with the rest, and a blank
// or choice over it asks for the tally itself.

// tallyRE matches a service's tally: the verb, the figure and what it
// counts ("responded to 281 cases", "dispatched to more than 1,000
// calls").
var tallyRE = regexp.MustCompile(`(?i)\b(?:responded to|respond to|responding to|dispatched to|sent responders to|answered|fielded|attended)(?: more than| over| about| around| nearly| almost| some| at least)? (?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of) (?:calls|call-outs|callouts|cases|incidents|requests)\b`)

// meansRE matches a passive verb, "by" and a count of what the act was
// done by ("were evacuated by five boats"); the noun is checked apart.
var meansRE = regexp.MustCompile(`(?i)\b(?:was|were|been|being|is|are) (?:\w+ )?\w+ed by (?:about |around |some |nearly |at least )?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|hundreds of) (\w+s)\b`)

// resultNouns after "by" say what came of an act, not its means: "won by
// 20 votes", "rose by 3 points".
var resultNouns = set(`votes|points|seats|goals|runs|percent|times|metres|meters|feet|inches|miles|kilometres|kilometers|degrees|years|months|weeks|days|hours|minutes|pounds|dollars|euros|tons|tonnes`)

// tallySpans returns the byte ranges of s's text that are tallies or
// figures of means (above).
func tallySpans(s *sentence) [][]int {
	out := tallyRE.FindAllStringIndex(s.text, -1)
	for _, m := range meansRE.FindAllStringSubmatchIndex(s.text, -1) {
		if !resultNouns[strings.ToLower(s.text[m[2]:m[3]])] {
			out = append(out, m[:2])
		}
	}
	return out
}

// carriesTally reports whether s states a tally or a figure of means.
func carriesTally(s *sentence) bool {
	return len(tallySpans(s)) > 0
}
