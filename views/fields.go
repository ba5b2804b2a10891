package views

import (
	"bytes"
	"context"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/a-h/templ"
)

// A form that comes back with a message must lead a keyboard or screen-reader
// user to it: the first field in error takes autofocus, every field in error
// is marked invalid and described by its message, and a form with more than
// one message, or one not beside a control, opens with a summary linking to
// each. The pieces below do that once for every form built from field.

type pageFocusKey struct{}
type fieldKey struct{}
type summaryKey struct{}

// pageFocus is shared by one page's render: only one control takes autofocus.
type pageFocus struct{ taken bool }

// withPageFocus starts a page's render; Layout calls it.
func withPageFocus(ctx context.Context) context.Context {
	return context.WithValue(ctx, pageFocusKey{}, &pageFocus{})
}

// fieldState is what a field tells the control inside it.
type fieldState struct {
	name, err string
	autofocus bool
}

// claimFocus says whether the control asking is the page's first in error.
func claimFocus(ctx context.Context) bool {
	f, ok := ctx.Value(pageFocusKey{}).(*pageFocus)
	if !ok || f.taken {
		return false
	}
	f.taken = true
	return true
}

// enterField is called by field before it renders its control: it claims the
// page's autofocus for the first field in error and lists the message in the
// form's summary.
func enterField(ctx context.Context, name string, errs map[string]string) context.Context {
	st := fieldState{name: name, err: errs[name]}
	if st.err != "" {
		st.autofocus = claimFocus(ctx)
		noteError(ctx, name, name, st.err, true)
	}
	return context.WithValue(ctx, fieldKey{}, st)
}

// fieldAttrs are the attributes of a field's control: the ids of its hints,
// then of its message when there is one, in aria-describedby; aria-invalid
// and, on the first field in error, autofocus.
func fieldAttrs(ctx context.Context, hints ...string) templ.Attributes {
	st, _ := ctx.Value(fieldKey{}).(fieldState)
	return invalidAttrs(st.err != "", st.autofocus, st.name+"-error", hints)
}

// controlAttrs are fieldAttrs for a control outside field, whose message msg
// (the form's message key) has the id msgID.
func controlAttrs(ctx context.Context, key, id, msg, msgID string, hints ...string) templ.Attributes {
	focus := false
	if msg != "" {
		focus = claimFocus(ctx)
		noteError(ctx, key, id, msg, true)
	}
	return invalidAttrs(msg != "", focus, msgID, hints)
}

func invalidAttrs(bad, focus bool, msgID string, hints []string) templ.Attributes {
	ids := append([]string(nil), hints...)
	a := templ.Attributes{}
	if bad {
		ids = append(ids, msgID)
		a["aria-invalid"] = "true"
		if focus {
			a["autofocus"] = true
		}
	}
	if len(ids) > 0 {
		a["aria-describedby"] = strings.Join(ids, " ")
	}
	return a
}

// groupAttrs describe a fieldset by the messages beside it, named by their
// keys in errs.
func groupAttrs(errs map[string]string, keys ...string) templ.Attributes {
	var ids []string
	for _, k := range keys {
		if errs[k] != "" {
			ids = append(ids, k+"-error")
		}
	}
	if len(ids) == 0 {
		return templ.Attributes{}
	}
	return templ.Attributes{"aria-describedby": strings.Join(ids, " ")}
}

// summaryItem is one message in a form's error summary; Target is the id of
// the control or group it is about, empty when it is about no field.
type summaryItem struct {
	Target, Message string
}

// summaryList collects a form's messages in the order its fields render.
type summaryList struct {
	items   []summaryItem
	seen    map[string]bool
	grouped bool // a message is beside a group of controls, not one control
}

// noteError lists the message under key in the summary of the form being
// rendered, if any, as a link to the element whose id is target.
func noteError(ctx context.Context, key, target, msg string, control bool) {
	s, ok := ctx.Value(summaryKey{}).(*summaryList)
	if !ok || s.seen[key] {
		return
	}
	s.seen[key] = true
	s.items = append(s.items, summaryItem{Target: target, Message: msg})
	if !control {
		s.grouped = true
	}
}

// formErrors wraps a form's fields: it renders them, then puts before them an
// error summary when there is more than one message, a message beside a
// group of controls (noted by groupError), or a message beside nothing. The
// "form" message is about the whole form and shown by the page itself. On a
// page of several forms sharing errs, keys names the messages of this one.
func formErrors(errs map[string]string, keys ...string) templ.Component {
	return templ.ComponentFunc(func(ctx context.Context, w io.Writer) error {
		children := templ.GetChildren(ctx)
		ctx = templ.ClearChildren(ctx)
		list := &summaryList{seen: map[string]bool{}}
		var body bytes.Buffer
		if err := children.Render(context.WithValue(ctx, summaryKey{}, list), &body); err != nil {
			return err
		}
		var loose []string
		mine := func(k string) bool { return len(keys) == 0 || slices.Contains(keys, k) }
		for k, msg := range errs {
			if msg != "" && k != "form" && !list.seen[k] && mine(k) {
				loose = append(loose, k)
			}
		}
		sort.Strings(loose)
		items := list.items
		for _, k := range loose {
			items = append(items, summaryItem{Message: errs[k]})
		}
		if len(items) > 1 || list.grouped || len(loose) > 0 {
			if err := errorSummary(items).Render(ctx, w); err != nil {
				return err
			}
		}
		_, err := w.Write(body.Bytes())
		return err
	})
}

// summaryHeading counts a form's problems.
func summaryHeading(n int) string {
	if n == 1 {
		return "A problem with this form"
	}
	return itoa(n) + " problems with this form"
}
