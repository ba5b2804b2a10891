package generate

import "testing"

// TestReportingAsideHeld: who was not available for comment, and who put
// whom in touch with whom, are the reporting around a story; both blind
// judges of a file-swapping report and a hunting-ban report rejected
// the true statements and blanks drawn from them.
func TestReportingAsideHeld(t *testing.T) {
	x := analyseText(t, "Movie studios have forced the closure of the file swapping sites behind the network.\n\n"+
		"The new network will have no central list of files, so it should be harder to shut down. "+
		"No one from the Motion Picture Association of America was immediately available for comment on the file sharing development.\n\n"+
		"North Devon landowner Giles Bradshaw was put in touch with the Middle Way Group, of which Mr Opik is a co chairman, after he had been in contact with the rural affairs ministry, Defra. "+
		"The studios declined to comment on the closures. "+
		"Ministers have been in talks with the studios about the law since the spring. "+
		"Water that is in contact with the rock for years dissolves the salt in it. "+
		"Two of the farm workers had been in contact with the infected birds before the outbreak.")
	for sub, want := range map[string]bool{
		"was immediately available for comment": true,
		"was put in touch with":                 true,
		"declined to comment":                   true,
		"no central list of files":              false,
		"have been in talks with":               false,
	} {
		s := sentenceWith(t, x, sub)
		if got := x.incidentalSentence(s); got != want {
			t.Errorf("incidentalSentence(%q) = %v, want %v", s.text, got, want)
		}
	}
}

// What the report's own correspondent saw is the colour of the scene:
// both blind judges of a hunting-ban report rejected "BBC correspondent
// Sarah Mukherjee said hunt supporters were in tears" as an incidental
// detail. A speaker who is part of the story is no reporter.
func TestReporterRemarkHeld(t *testing.T) {
	x := analyseText(t, "Hunts in England and Wales have begun on the last day that hunting with dogs is legal, with more due out later.\n\n"+
		"At the headquarters of Quorn hunt in Leicestershire, feelings were running high as hunt enthusiasts prepared for their final legal hunt. "+
		"BBC correspondent Sarah Mukherjee said hunt supporters were in tears. "+
		"Farmer Geoff Brooks, a senior member of the Quorn hunt, told BBC News people's lives \"revolved around hunting\". "+
		"The crowd at the meet was the largest in years, said the BBC's reporter at the kennels. "+
		"The hunt's secretary said the meet would go ahead on Saturday.")
	for sub, want := range map[string]bool{
		"BBC correspondent Sarah Mukherjee": true,
		"said the BBC's reporter":           true,
		"Farmer Geoff Brooks":               false,
		"The hunt's secretary said":         false,
	} {
		s := sentenceWith(t, x, sub)
		if got := x.incidentalSentence(s); got != want {
			t.Errorf("incidentalSentence(%q) = %v, want %v", s.text, got, want)
		}
	}
}

// Who would not comment, or could not be reached for comment, in other
// words than "declined to comment": blind judges rejected as trivia true
// statements that a ministry "would not comment on the advertising issue
// until officials had studied" a vote, that a senator "would not comment
// on" a newspaper's report, and a blank on whom a paper "was unable to
// reach … for comment". A sentence on what someone commented stays.
func TestNoCommentShapesHeld(t *testing.T) {
	x := analyseText(t, "The regional council has voted to close three rural bus routes from the spring.\n\n"+
		"Transport officials said the routes carried fewer than ten passengers a day. "+
		"The transport minister would not comment on the newspaper report about the subsidy. "+
		"The local newspaper was unable to reach Dana Kirsch for comment. "+
		"The bus operator had no comment on the driver numbers. "+
		"Campaigners have commented that the closures will cut off villages without a railway station. "+
		"Opposition councillors said they would comment on the plan at the next meeting.")
	for sub, want := range map[string]bool{
		"would not comment on the newspaper": true,
		"was unable to reach Dana Kirsch":    true,
		"had no comment on the driver":       true,
		"Campaigners have commented":         false,
		"they would comment on the plan":     false,
		"fewer than ten passengers a day":    false,
	} {
		s := sentenceWith(t, x, sub)
		if got := x.incidentalSentence(s); got != want {
			t.Errorf("incidentalSentence(%q) = %v, want %v", s.text, got, want)
		}
	}
}
