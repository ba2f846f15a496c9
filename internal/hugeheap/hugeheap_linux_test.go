package hugeheap

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// TestReserveAdvisesTheHeap checks what Reserve is for: an allocation
// of the size reserved, made after it, lies in mappings advised for huge
// pages (VmFlags "hg" in /proc/self/smaps), all but the part before the
// first huge-page boundary of the range.
func TestReserveAdvisesTheHeap(t *testing.T) {
	if _, err := os.Stat("/sys/kernel/mm/transparent_hugepage/enabled"); err != nil {
		t.Skipf("this kernel has no transparent huge pages to advise: %v", err)
	}
	Reserve(16 << 20)
	const n = 8 << 20
	b := make([]byte, n)
	lo := addr(b)
	hi := lo + n
	var in uintptr
	for _, r := range advised(t) {
		if a, z := max(lo, r[0]), min(hi, r[1]); a < z {
			in += z - a
		}
	}
	if in < n-hugePage {
		t.Errorf("%d of the %d bytes allocated after Reserve are in mappings advised for huge pages, want at least %d", in, n, n-hugePage)
	}
}

// TestReserveLetsSmallGo: under minReserve nothing is mapped or advised.
func TestReserveLetsSmallGo(t *testing.T) {
	before := advised(t)
	Reserve(minReserve - 1)
	if after := advised(t); len(after) != len(before) {
		t.Errorf("advised mappings %v, want %v", after, before)
	}
}

// advised lists the [start, end) of the mappings advised for huge pages.
func advised(t *testing.T) [][2]uintptr {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][2]uintptr
	var cur [2]uintptr
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if lo, hi, ok := mapping(line); ok {
			cur = [2]uintptr{lo, hi}
			continue
		}
		if flags, ok := strings.CutPrefix(line, "VmFlags:"); ok {
			for _, fl := range strings.Fields(flags) {
				if fl == "hg" {
					out = append(out, cur)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
func addr(b []byte) uintptr { return uintptr(unsafe.Pointer(unsafe.SliceData(b))) }

// mapping reads the range of an smaps header line ("c000000000-c004000000 rw-p ...").
func mapping(line string) (lo, hi uintptr, ok bool) {
	r, _, _ := strings.Cut(line, " ")
	a, b, found := strings.Cut(r, "-")
	if !found {
		return 0, 0, false
	}
	x, err1 := strconv.ParseUint(a, 16, 64)
	y, err2 := strconv.ParseUint(b, 16, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	return uintptr(x), uintptr(y), true
}
