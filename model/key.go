package model

import (
	"crypto/sha256"
	"encoding/hex"
)

// SourceKey names an issue by the bytes it was parsed from, the same
// for a file however it is opened (alone or in a library): a store of
// reading places keys on it, so an edited file is a new issue.
func SourceKey(src []byte) string {
	sum := sha256.Sum256(src)
	return hex.EncodeToString(sum[:16])
}
