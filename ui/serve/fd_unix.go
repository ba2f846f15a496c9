//go:build unix

package serve

import "syscall"

// DescriptorLimit is the soft limit on the files the process may have
// open, which the Go runtime raises to the hard limit at start; ok is
// false when there is none to speak of.
func DescriptorLimit() (n int, ok bool) {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil || lim.Cur > 1<<30 {
		return 0, false
	}
	return int(lim.Cur), true
}
