package formats

import (
	"bytes"
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// htmlTagRE matches a tag of a common HTML element, or a character
// reference; text containing one is taken to be HTML.
var htmlTagRE = regexp.MustCompile(`(?i)</?(a|abbr|b|big|blockquote|br|center|code|div|em|font|h[1-6]|hr|i|img|li|ol|p|pre|s|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr|tt|u|ul)(\s[^<>]*)?/?>|&(nbsp|amp|lt|gt|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});`)

// looksLikeHTML reports whether s contains common HTML tags or entities.
func looksLikeHTML(s string) bool { return htmlTagRE.MatchString(s) }

// blockTags end a line of text.
var blockTags = map[string]bool{
	"address": true, "article": true, "blockquote": true, "br": true, "dd": true, "div": true,
	"dl": true, "dt": true, "figcaption": true, "figure": true, "footer": true, "h1": true,
	"h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "header": true, "hr": true,
	"li": true, "ol": true, "p": true, "pre": true, "section": true, "table": true, "tr": true,
	"ul": true,
}

// htmlToText turns an HTML fragment into plain text: tags and comments are
// dropped (with the content of script and style elements), block elements
// and <br> end lines, runs of white space outside <pre> become one space,
// and character references are decoded. golang.org/x/net/html tokenizes
// it as a browser would. The result is text to be escaped on display,
// never markup.
func htmlToText(s string) string {
	var b strings.Builder
	pre, hidden := 0, 0 // depth of <pre>, and of <script> or <style>
	space := false      // a white-space run is pending
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			// The end of the fragment (the tokenizer reads a string). A tag
			// left unfinished there is dropped by a browser but kept here as
			// text: a card's "x <y" is what its author wrote.
			if raw := z.Raw(); len(raw) > 0 && raw[0] == '<' && !bytes.HasPrefix(raw, []byte("<!--")) {
				if space {
					b.WriteByte(' ')
				}
				b.Write(raw)
			}
			break
		}
		switch tt {
		case html.TextToken:
			if hidden > 0 {
				continue
			}
			for _, r := range string(z.Text()) {
				if pre == 0 && (r == ' ' || r == '\t' || r == '\n' || r == '\f') {
					space = true
					continue
				}
				if space {
					b.WriteByte(' ')
					space = false
				}
				b.WriteRune(r)
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			delta := 1
			if tt == html.EndTagToken {
				delta = -1
			} else if tt == html.SelfClosingTagToken {
				delta = 0
			}
			switch tag {
			case "pre":
				pre = max(0, pre+delta)
			case "script", "style":
				hidden = max(0, hidden+delta)
			}
			if blockTags[tag] {
				space = false
				b.WriteByte('\n')
			}
		}
	}
	text := strings.ReplaceAll(b.String(), "\u00a0", " ")
	// Tidy the lines: no spaces at either end, at most one empty line.
	lines := strings.Split(text, "\n")
	out := lines[:0]
	blank := 0
	for _, l := range lines {
		l = strings.TrimRight(l, " ")
		// Collapsed white space leaves one space; <pre> indentation stays.
		if strings.HasPrefix(l, " ") && !strings.HasPrefix(l, "  ") {
			l = l[1:]
		}
		if strings.TrimSpace(l) == "" {
			blank++
			if blank > 1 || len(out) == 0 {
				continue
			}
			l = ""
		} else {
			blank = 0
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}
