package loadgen

import (
	"bytes"
	"html"
	"strings"
)

// form is an HTML form as a browser would submit it: its action and the
// controls that carry a value.
type form struct {
	action  string
	class   string
	inputs  []control // input elements
	selects []control // select elements, with their option values in opts
	buttons []control // submit buttons with a name
}

type control struct {
	name, typ, value string
	checked          bool
	disabled         bool
	opts             []string
}

// page is what a learner reads from a response: its forms and links by id.
type page struct {
	forms []*form
	links map[string]string // element id → href
}

// tagAttrs are the attributes parsePage reads.
type tagAttrs struct {
	name, typ, value, id, href, action, class string
	hasID, hasValue, checked, disabled        bool
}

// Tags whose content is text, not markup, as an HTML tokenizer reads them.
var rawText = []string{"script", "style", "textarea", "title"}

// parsePage reads the forms and the links with an id from an HTML page.
// It looks only at the few elements it needs (form, a, input, button,
// select, option), jumping from one '<' to the next and reading the
// attributes of those alone: the load generator shares the cores with the
// server it measures, and reading every token of every page (text,
// entities, tags it never uses) had been a quarter of its work. It reads
// a page as an HTML tokenizer would on the markup Lectern writes (quoted,
// unquoted and valueless attributes, any case, character references in
// values, comments, text elements skipped whole).
func parsePage(b []byte) *page {
	p := &page{links: map[string]string{}}
	var f *form
	var sel *control
	i := 0
	for {
		j := bytes.IndexByte(b[i:], '<')
		if j < 0 {
			return p
		}
		i += j + 1
		if bytes.HasPrefix(b[i:], []byte("!--")) {
			k := bytes.Index(b[i+3:], []byte("-->"))
			if k < 0 {
				return p
			}
			i += 3 + k + 3
			continue
		}
		end := i < len(b) && b[i] == '/'
		if end {
			i++
		}
		if i >= len(b) || !isLetter(b[i]) {
			continue
		}
		n := i
		for n < len(b) && !isSpace(b[n]) && b[n] != '/' && b[n] != '>' {
			n++
		}
		tag := b[i:n]
		i = n
		if end {
			switch {
			case equalFold(tag, "form"):
				f, sel = nil, nil
			case equalFold(tag, "select"):
				sel = nil
			}
			continue
		}
		var a tagAttrs
		switch {
		case equalFold(tag, "form"):
			a, i = readAttrs(b, i)
			f, sel = &form{action: a.action, class: a.class}, nil
			p.forms = append(p.forms, f)
		case equalFold(tag, "a"):
			a, i = readAttrs(b, i)
			if a.hasID {
				p.links[a.id] = a.href
			}
		case equalFold(tag, "input"):
			a, i = readAttrs(b, i)
			if f != nil && a.name != "" {
				f.inputs = append(f.inputs, control{name: a.name, typ: a.typ, value: a.value, checked: a.checked, disabled: a.disabled})
			}
		case equalFold(tag, "button"):
			a, i = readAttrs(b, i)
			if f != nil && a.name != "" {
				f.buttons = append(f.buttons, control{name: a.name, value: a.value, disabled: a.disabled})
			}
		case equalFold(tag, "select"):
			a, i = readAttrs(b, i)
			sel = nil
			if f != nil && a.name != "" {
				f.selects = append(f.selects, control{name: a.name, disabled: a.disabled})
				sel = &f.selects[len(f.selects)-1]
			}
		case equalFold(tag, "option"):
			a, i = readAttrs(b, i)
			if sel != nil && a.hasValue && a.value != "" {
				sel.opts = append(sel.opts, a.value)
			}
		default:
			for _, raw := range rawText {
				if equalFold(tag, raw) {
					_, i = readAttrs(b, i)
					i = skipRawText(b, i, raw)
					break
				}
			}
		}
	}
}

// readAttrs reads a start tag's attributes from b[i:], up to and past its
// '>', returning the ones parsePage uses and where the tag ends.
func readAttrs(b []byte, i int) (tagAttrs, int) {
	var a tagAttrs
	for {
		for i < len(b) && (isSpace(b[i]) || b[i] == '/') {
			i++
		}
		if i >= len(b) {
			return a, i
		}
		if b[i] == '>' {
			return a, i + 1
		}
		k := i
		for i < len(b) && !isSpace(b[i]) && b[i] != '/' && b[i] != '>' && (b[i] != '=' || i == k) {
			i++
		}
		key := b[k:i]
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		var val []byte
		if i < len(b) && b[i] == '=' {
			i++
			for i < len(b) && isSpace(b[i]) {
				i++
			}
			if i < len(b) && (b[i] == '"' || b[i] == '\'') {
				q := b[i]
				e := bytes.IndexByte(b[i+1:], q)
				if e < 0 {
					return a, len(b)
				}
				val = b[i+1 : i+1+e]
				i += e + 2
			} else {
				v := i
				for i < len(b) && !isSpace(b[i]) && b[i] != '>' {
					i++
				}
				val = b[v:i]
			}
		}
		switch {
		case equalFold(key, "name"):
			a.name = attrValue(val)
		case equalFold(key, "type"):
			a.typ = strings.ToLower(attrValue(val))
		case equalFold(key, "value"):
			a.value, a.hasValue = attrValue(val), true
		case equalFold(key, "id"):
			a.id, a.hasID = attrValue(val), true
		case equalFold(key, "href"):
			a.href = attrValue(val)
		case equalFold(key, "action"):
			a.action = attrValue(val)
		case equalFold(key, "class"):
			a.class = attrValue(val)
		case equalFold(key, "checked"):
			a.checked = true
		case equalFold(key, "disabled"):
			a.disabled = true
		}
	}
}

// attrValue is an attribute's value with its character references read.
func attrValue(v []byte) string {
	if bytes.IndexByte(v, '&') < 0 {
		return string(v)
	}
	return html.UnescapeString(string(v))
}

// skipRawText returns where the text element tag, whose content begins at
// b[i:], ends: past its end tag, or at the end of b.
func skipRawText(b []byte, i int, tag string) int {
	for {
		j := bytes.Index(b[i:], []byte("</"))
		if j < 0 {
			return len(b)
		}
		i += j + 2
		if i+len(tag) <= len(b) && equalFold(b[i:i+len(tag)], tag) &&
			(i+len(tag) == len(b) || isSpace(b[i+len(tag)]) || b[i+len(tag)] == '>' || b[i+len(tag)] == '/') {
			return i
		}
	}
}

// equalFold reports whether b is s (lower case ASCII) in any case.
func equalFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range len(b) {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' }

// formWith returns the first form whose class contains class, or nil.
func (p *page) formWith(class string) *form {
	for _, f := range p.forms {
		for _, c := range strings.Fields(f.class) {
			if c == class {
				return f
			}
		}
	}
	return nil
}
