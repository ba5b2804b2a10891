package generate

import "strings"

// Caches that keep a long article's passes linear. Each holds what a
// rule would otherwise rebuild from the whole article on every call:
// knownTopic keyed every paragraph again for each phrase it was asked
// about (once for each cloze card, through topicTermBlank), and
// pairSlipEdit keyed every sentence of the article again for each "A of
// B" it met, and aliasEdit ran its pattern over every sentence before
// each sentence it was asked about. What they hold depends only on the article's text, so the
// drafts are the same with them as without.

// longInputCache is filled on first use; an article grown since (tests
// build some by hand) has it rebuilt.
type longInputCache struct {
	// paraKeys holds, for each paragraph, " "+key(text)+" " with every
	// space doubled, as knownTopic counts phrases in it; nParas is the
	// number of paragraphs it was made for.
	paraKeys []string
	nParas   int
	// topic holds knownTopic's verdict on each phrase asked about.
	topic map[string]bool
	// sentKeys holds " "+key(text)+" " of each sentence of a.sents, for
	// nSents sentences.
	sentKeys []string
	nSents   int
	// aliases holds aliasIntros for aliasN sentences.
	aliases   []aliasIntro
	aliasN    int
	aliasDone bool
}

func (a *article) longCache() *longInputCache {
	if a.long == nil {
		a.long = &longInputCache{}
	}
	c := a.long
	if c.nParas != len(a.paras) || c.paraKeys == nil && len(a.paras) > 0 {
		c.paraKeys = make([]string, len(a.paras))
		for i, p := range a.paras {
			c.paraKeys[i] = " " + strings.ReplaceAll(key(p.text), " ", "  ") + " "
		}
		c.nParas = len(a.paras)
		c.topic = nil
	}
	if c.nSents != len(a.sents) || c.sentKeys == nil && len(a.sents) > 0 {
		c.sentKeys = make([]string, len(a.sents))
		for i, s := range a.sents {
			c.sentKeys[i] = " " + key(s.text) + " "
		}
		c.nSents = len(a.sents)
	}
	return c
}

// knownTopicCached is knownTopic's verdict on a phrase (its key with
// every space doubled), found by count over the paragraphs' keys once
// for each phrase.
func (a *article) knownTopicCached(phrase string, count func(paraKeys []string) bool) bool {
	c := a.longCache()
	if v, ok := c.topic[phrase]; ok {
		return v
	}
	v := count(c.paraKeys)
	if c.topic == nil {
		c.topic = map[string]bool{}
	}
	c.topic[phrase] = v
	return v
}

// articleSentKeys is " "+key(text)+" " of each sentence of a.sents, in
// order, made once.
func (a *article) articleSentKeys() []string {
	return a.longCache().sentKeys
}

// aliasIntro is an alias an article's sentence gives (aliasIntroRE's
// first group), with the sentence.
type aliasIntro struct {
	sent  *sentence
	name  string
	full  string   // the name without an opening article (aliasForms)
	forms []string // what a later sentence may call the person by
	known bool     // a sentence before sent uses a form already (aliasNamedBefore)
}

// aliasIntros is every alias the article's sentences give, in order
// (aliasEdit), found once rather than again for each sentence asked.
func (a *article) aliasIntros() []aliasIntro {
	c := a.longCache()
	if c.aliasDone && c.aliasN == len(a.sents) {
		return c.aliases
	}
	c.aliases = nil
	for _, p := range a.sents {
		for _, m := range aliasIntroRE.FindAllStringSubmatch(p.text, -1) {
			al := aliasIntro{sent: p, name: m[1]}
			al.full, al.forms = aliasForms(al.name)
			al.known = a.aliasNamedBefore(p, al.forms)
			c.aliases = append(c.aliases, al)
		}
	}
	c.aliasDone, c.aliasN = true, len(a.sents)
	return c.aliases
}
