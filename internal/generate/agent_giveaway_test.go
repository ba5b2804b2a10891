package generate

import "testing"

// A blank over what the sentence's doer already means is not drafted; a
// blank over anything else the doer does is.
func TestAgentGiveaway(t *testing.T) {
	x := analyseText(t, `Junk traffic floods the web

Hijacked home computers are sold in bulk to criminal gangs. Many spammers rent hijacked machines to help them send junk mail. Lobbyists were paid to press ministers for tighter laws. Young hackers sell stolen hacking tools on open forums. Spammers now pay criminal gangs for the use of the machines.`)
	for _, c := range []struct{ sub, key string }{
		{"Many spammers ", "junk mail"},
		{"Young hackers", "hacking tools"},
	} {
		s := r52Find(t, x, c.sub)
		if x.blankable(s, r52Span(t, s, c.key)) != nil {
			t.Errorf("a blank over %q is drafted in %q", c.key, s.text)
		}
	}
	if agentBase("lobbyists") != "lobby" || agentBase("spammers") != "spam" || agentBase("users") != "" {
		t.Errorf("agent bases: %q %q %q", agentBase("lobbyists"), agentBase("spammers"), agentBase("users"))
	}
	s := r52Find(t, x, "Spammers now pay")
	if sp := r52Span(t, s, "criminal gangs"); x.blankable(s, sp) == nil {
		t.Errorf("a blank over whom spammers pay is not drafted: %q", s.text)
	}
}
