package loadgen

import (
	"io"
	"strings"

	"golang.org/x/net/html"
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

func readAttrs(z *html.Tokenizer) tagAttrs {
	var a tagAttrs
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "name":
			a.name = string(v)
		case "type":
			a.typ = strings.ToLower(string(v))
		case "value":
			a.value, a.hasValue = string(v), true
		case "id":
			a.id, a.hasID = string(v), true
		case "href":
			a.href = string(v)
		case "action":
			a.action = string(v)
		case "class":
			a.class = string(v)
		case "checked":
			a.checked = true
		case "disabled":
			a.disabled = true
		}
		if !more {
			return a
		}
	}
}

// parsePage reads the forms and the links with an id from an HTML page.
// It reads the tokens as they come, building no tree: the load generator
// shares the cores with the server it measures, and a parse tree of every
// page had been most of its work.
func parsePage(r io.Reader) (*page, error) {
	z := html.NewTokenizer(r)
	p := &page{links: map[string]string{}}
	var f *form
	var sel *control
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); err != io.EOF {
				return nil, err
			}
			return p, nil
		case html.EndTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "form":
				f, sel = nil, nil
			case "select":
				sel = nil
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			switch tag {
			case "form", "a", "input", "button", "select", "option":
			default:
				continue
			}
			var a tagAttrs
			if hasAttr {
				a = readAttrs(z)
			}
			switch tag {
			case "form":
				f, sel = &form{action: a.action, class: a.class}, nil
				p.forms = append(p.forms, f)
			case "a":
				if a.hasID {
					p.links[a.id] = a.href
				}
			case "input":
				if f != nil && a.name != "" {
					f.inputs = append(f.inputs, control{name: a.name, typ: a.typ, value: a.value, checked: a.checked, disabled: a.disabled})
				}
			case "button":
				if f != nil && a.name != "" {
					f.buttons = append(f.buttons, control{name: a.name, value: a.value, disabled: a.disabled})
				}
			case "select":
				sel = nil
				if f != nil && a.name != "" {
					f.selects = append(f.selects, control{name: a.name, disabled: a.disabled})
					sel = &f.selects[len(f.selects)-1]
				}
			case "option":
				if sel != nil && a.hasValue && a.value != "" {
					sel.opts = append(sel.opts, a.value)
				}
			}
		}
	}
}

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
