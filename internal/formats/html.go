package formats

import (
	"html"
	"regexp"
	"strings"
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
// and character references are decoded. The result is text to be escaped
// on display, never markup.
func htmlToText(s string) string {
	var b strings.Builder
	pre := 0
	space := false // a white-space run is pending
	flushSpace := func() {
		if space {
			b.WriteByte(' ')
			space = false
		}
	}
	i := 0
	for i < len(s) {
		c := s[i]
		if c == '<' {
			if strings.HasPrefix(s[i:], "<!--") {
				end := strings.Index(s[i+4:], "-->")
				if end < 0 {
					break
				}
				i += 4 + end + 3
				continue
			}
			if end, name, closing, ok := scanTag(s, i); ok {
				switch {
				case (name == "script" || name == "style") && !closing:
					if k := strings.Index(strings.ToLower(s[end:]), "</"+name); k >= 0 {
						end += k
						if gt := strings.IndexByte(s[end:], '>'); gt >= 0 {
							end += gt + 1
						} else {
							end = len(s)
						}
					} else {
						end = len(s)
					}
				case blockTags[name]:
					space = false
					b.WriteByte('\n')
				}
				if name == "pre" {
					if closing {
						pre = max(0, pre-1)
					} else {
						pre++
					}
				}
				i = end
				continue
			}
		}
		if pre == 0 && (c == ' ' || c == '\t' || c == '\n' || c == '\f') {
			space = true
			i++
			continue
		}
		flushSpace()
		b.WriteByte(c)
		i++
	}
	text := html.UnescapeString(b.String())
	text = strings.ReplaceAll(text, "\u00a0", " ")
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

// scanTag reads a tag starting at s[i] == '<'. It returns the index after
// the closing '>', the lowercased element name, whether it is an end tag,
// and false when s[i] does not start a tag (as in "a < b").
func scanTag(s string, i int) (end int, name string, closing, ok bool) {
	j := i + 1
	if j < len(s) && (s[j] == '!' || s[j] == '?') {
		// <!DOCTYPE …>, <?xml …?>
		k := strings.IndexByte(s[j:], '>')
		if k < 0 {
			return 0, "", false, false
		}
		return j + k + 1, "", false, true
	}
	if j < len(s) && s[j] == '/' {
		closing = true
		j++
	}
	start := j
	for j < len(s) && (isASCIILetter(s[j]) || (j > start && s[j] >= '0' && s[j] <= '9')) {
		j++
	}
	if j == start {
		return 0, "", false, false
	}
	name = strings.ToLower(s[start:j])
	if j < len(s) && !(s[j] == '>' || s[j] == '/' || s[j] == ' ' || s[j] == '\t' || s[j] == '\n') {
		return 0, "", false, false
	}
	var quote byte
	for ; j < len(s); j++ {
		c := s[j]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return j + 1, name, closing, true
		}
	}
	return 0, "", false, false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
