package handlers

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// ParseTrustedProxies reads a comma- or space-separated list of CIDRs
// (10.0.0.0/8, fd00::/8) or single addresses (192.0.2.1), the proxies
// whose X-Forwarded-For header Lectern believes.
func ParseTrustedProxies(list string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' }) {
		if p, err := netip.ParsePrefix(f); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(f)
		if err != nil {
			return nil, fmt.Errorf("trusted proxies: %q is neither a CIDR nor an IP address", f)
		}
		a = a.Unmap()
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}

func (h *Handler) trusted(a netip.Addr) bool {
	for _, p := range h.trustedProxies {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// clientAddr is the address of the client that sent r: the peer of the
// connection, unless the peer is a trusted proxy, in which case it is the
// nearest address in X-Forwarded-For (read from the right) that is not a
// trusted proxy itself. Addresses a client wrote into the header before
// it reached the first trusted proxy are never believed. Every limit per
// client and every log line use this one function.
func (h *Handler) clientAddr(r *http.Request) netip.Addr {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	peer, err := netip.ParseAddr(host)
	if err != nil {
		return netip.IPv6Unspecified()
	}
	peer = peer.Unmap().WithZone("")
	if !h.trusted(peer) {
		return peer
	}
	var hops []string
	for _, v := range r.Header.Values("X-Forwarded-For") {
		hops = append(hops, strings.Split(v, ",")...)
	}
	client := peer
	for i := len(hops) - 1; i >= 0; i-- {
		a, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			break // a garbled hop: believe nothing further left
		}
		client = a.Unmap().WithZone("")
		if !h.trusted(client) {
			break
		}
	}
	return client
}

// clientKey is the client's address as limits count it: an IPv6 client
// is counted by its /64, the block a single subscriber usually gets, so
// that changing address within it does not escape a limit.
func (h *Handler) clientKey(r *http.Request) string {
	a := h.clientAddr(r)
	if a.Is6() {
		p, _ := a.Prefix(64)
		return p.String()
	}
	return a.String()
}
