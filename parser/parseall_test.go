//go:build !yuebao_noparseall

package parser

// parseAll is ParseAll, through a variable so that the tests can be run
// (with -tags yuebao_noparseall) against a parser that does not have it
// yet: the tests that need it then fail, the others run.
var parseAll = ParseAll
