//go:build !linux

package main

import "errors"

// dropFromCache is only possible on Linux.
func dropFromCache(paths ...string) error {
	return errors.New("measure: -cold needs Linux")
}
