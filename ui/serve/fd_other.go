//go:build !unix

package serve

// DescriptorLimit reports no limit where the system has no RLIMIT_NOFILE.
func DescriptorLimit() (n int, ok bool) { return 0, false }
