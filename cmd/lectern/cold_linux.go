package main

import (
	"os"

	"golang.org/x/sys/unix"
)

// dropFromCache asks the kernel to drop the cached pages of the files
// (those that exist), so that the next reads come from the disk.
func dropFromCache(paths ...string) error {
	for _, p := range paths {
		f, err := os.Open(p)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return err
		}
		err = unix.Fadvise(int(f.Fd()), 0, 0, unix.FADV_DONTNEED)
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
}
