package handlers

import (
	"net/http"

	"github.com/lectern/lectern/internal/admit"
)

// admitClasses orders the learners' pages when the server is busy (see
// package admit): the steps of a quiz or a review go before the pages
// around them. Routes not listed are not held at the gate: the instructor
// area, signing in (its hashes have their own gate), uploads, downloads,
// static files and images, where a slot would be held while the network
// or a long computation, not a short burst of work, sets the pace.
var admitClasses = map[string]admit.Class{
	"GET /attempts/{id}/q/{n}":           admit.Short,
	"POST /attempts/{id}/q/{n}":          admit.Short,
	"GET /courses/{slug}/review/{card}":  admit.Short,
	"POST /courses/{slug}/review/{card}": admit.Short,

	"GET /{$}":                                  admit.Long,
	"GET /courses/{slug}":                       admit.Long,
	"GET /courses/{slug}/read":                  admit.Long,
	"GET /courses/{slug}/progress":              admit.Long,
	"GET /courses/{slug}/map":                   admit.Long,
	"GET /progress":                             admit.Long,
	"GET /courses/{slug}/themes/{theme}":        admit.Long,
	"POST /courses/{slug}/quiz":                 admit.Long,
	"GET /attempts/{id}":                        admit.Long,
	"GET /attempts/{id}/results":                admit.Long,
	"POST /attempts/{id}/retry":                 admit.Long,
	"GET /courses/{slug}/review":                admit.Long,
	"POST /courses/{slug}/review/undo":          admit.Long,
	"GET /courses/{slug}/leeches":               admit.Long,
	"POST /courses/{slug}/cards/{card}/suspend": admit.Long,
}

// admitted serves next once the gate lets the request in, and gives the
// slot back when it is done. A client gone while waiting gets nothing.
func (h *Handler) admitted(c admit.Class, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, done, err := h.gate.Enter(r.Context(), c)
		if err != nil {
			return
		}
		defer done()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
