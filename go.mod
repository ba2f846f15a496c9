module github.com/yuebao/yuebao

go 1.26.8

require (
	github.com/mattn/go-runewidth v0.0.31
	github.com/rivo/uniseg v0.4.7
	golang.org/x/text v0.44.0
)

require github.com/clipperhouse/uax29/v2 v2.2.0 // indirect
