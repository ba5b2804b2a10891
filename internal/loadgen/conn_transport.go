package loadgen

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/klauspost/compress/gzip"
)

// connTransport is one learner's HTTP/1.1 client connection, as a browser
// tab keeps one: each request is written and its response read on the
// calling goroutine, over one kept connection. net/http's Transport gives
// every connection a reading and a writing goroutine and hands each
// request and response between them and the caller: under a load run
// those hand-offs and the scheduling they cause cost about as much as the
// reading and writing themselves, CPU the load generator takes from the
// server it shares the cores with (docs/benchmarks.md, the eleventh
// round).
//
// Like a browser and net/http's Transport, it asks for gzip and
// decompresses what comes gzipped. A request on a kept connection that the
// server has closed meanwhile (nothing read back) is sent once more on a
// new connection. It is not safe for concurrent use: one learner, one
// connection.
type connTransport struct {
	host string // the host:port the connection is to
	conn net.Conn
	br   *bufio.Reader
	bw   *bufio.Writer
	gz   *gzip.Reader // reused across gzipped responses
}

func newConnTransport() *connTransport { return &connTransport{} }

// RoundTrip sends req and returns its response, whose body must be read
// or closed before the next request.
func (t *connTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Scheme != "http" {
		return nil, fmt.Errorf("loadgen: %s: only http is supported", req.URL.Scheme)
	}
	if req.Header.Get("Accept-Encoding") == "" && req.Method != "HEAD" {
		req.Header.Set("Accept-Encoding", "gzip")
	}
	host := req.URL.Host
	if !strings.Contains(host, ":") {
		host += ":80"
	}
	for attempt := 0; ; attempt++ {
		reused := t.conn != nil && t.host == host
		if !reused {
			if err := t.dial(req.Context(), host); err != nil {
				return nil, err
			}
		}
		resp, err := t.exchange(req)
		if err == nil {
			return resp, nil
		}
		t.close()
		var stale errStale
		if reused && attempt == 0 && errors.As(err, &stale) && (req.Body == nil || req.GetBody != nil) {
			if req.Body != nil {
				if req.Body, err = req.GetBody(); err != nil {
					return nil, err
				}
			}
			continue
		}
		return nil, err
	}
}

// errStale is a kept connection the server closed before any of the
// response came back.
type errStale struct{ err error }

func (e errStale) Error() string { return "loadgen: kept connection closed: " + e.err.Error() }
func (e errStale) Unwrap() error { return e.err }

func (t *connTransport) dial(ctx context.Context, host string) error {
	t.close()
	var d net.Dialer
	c, err := d.DialContext(ctx, "tcp", host)
	if err != nil {
		return err
	}
	t.host, t.conn = host, c
	if t.br == nil {
		t.br = bufio.NewReaderSize(c, readBuffer)
		t.bw = bufio.NewWriterSize(c, 4<<10)
	} else {
		t.br.Reset(c)
		t.bw.Reset(c)
	}
	return nil
}

func (t *connTransport) close() {
	if t.conn != nil {
		t.conn.Close()
		t.conn = nil
	}
}

// exchange writes req and reads its response's head; the body is read by
// the caller through the response.
func (t *connTransport) exchange(req *http.Request) (*http.Response, error) {
	// A request's context ending stops a read or write in progress. The
	// function runs on a goroutine of its own, maybe after the connection
	// is closed and another dialled: it touches only this request's.
	c := t.conn
	stop := context.AfterFunc(req.Context(), func() { c.SetDeadline(time.Unix(1, 0)) })
	if err := req.Write(t.bw); err != nil {
		stop()
		return nil, err
	}
	if err := t.bw.Flush(); err != nil {
		stop()
		return nil, err
	}
	if _, err := t.br.Peek(1); err != nil {
		stop()
		if ctxErr := req.Context().Err(); ctxErr != nil {
			return nil, ctxErr
		}
		return nil, errStale{err}
	}
	resp, err := http.ReadResponse(t.br, req)
	if err != nil {
		stop()
		return nil, err
	}
	body := &connBody{t: t, r: resp.Body, stop: stop, last: resp.Close}
	resp.Body = body
	if resp.Header.Get("Content-Encoding") == "gzip" {
		if t.gz == nil {
			t.gz, err = gzip.NewReader(body)
		} else {
			err = t.gz.Reset(body)
		}
		if err != nil && err != io.EOF {
			body.Close()
			return nil, err
		}
		resp.Header.Del("Content-Encoding")
		resp.Header.Del("Content-Length")
		resp.ContentLength = -1
		resp.Uncompressed = true
		resp.Body = &gzBody{gz: t.gz, body: body, empty: err == io.EOF}
	}
	return resp, nil
}

// connBody is a response's body on the kept connection: closing it reads
// what is left, so that the next response starts where it should, or
// closes the connection when the server said it would.
type connBody struct {
	t    *connTransport
	r    io.ReadCloser
	stop func() bool
	last bool // the server closes the connection after this response
	done bool
}

func (b *connBody) Read(p []byte) (int, error) { return b.r.Read(p) }

func (b *connBody) Close() error {
	if b.done {
		return nil
	}
	b.done = true
	_, err := io.Copy(io.Discard, b.r)
	b.r.Close()
	stopped := b.stop()
	if err != nil || b.last || !stopped {
		// A body not read whole, a last response or a deadline already
		// set by the context: the connection is not reused.
		b.t.close()
	}
	return err
}

// gzBody is a gzipped body, read decompressed.
type gzBody struct {
	gz    *gzip.Reader
	body  *connBody
	empty bool // an empty body: nothing to decompress
}

func (g *gzBody) Read(p []byte) (int, error) {
	if g.empty {
		return 0, io.EOF
	}
	return g.gz.Read(p)
}

func (g *gzBody) Close() error { return g.body.Close() }
