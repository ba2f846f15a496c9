package parser

// Covers and chronicles print numbers in Chinese as often as in digits:
// 二〇二三年第十一期（总第二一五期）. Two systems are in use and both are
// read here: digit by digit (二〇二三, 二一五), as years and long serial
// numbers are printed, and with units (十一, 二百一十五, 一百零五), as
// ordinals and small counts are.

// cnDigit is the value of a Chinese digit from 一 to 九, everyday or formal
// (壹 to 玖, as on receipts and some mastheads), simplified or traditional.
// 两 counts as 2: 两百 is how 200 is said, and covers print what is said.
// Zero is separate (cnZero): it means something else among units.
func cnDigit(r rune) (int, bool) {
	switch r {
	case '一', '壹':
		return 1, true
	case '二', '两', '兩', '贰', '貳':
		return 2, true
	case '三', '叁', '參':
		return 3, true
	case '四', '肆':
		return 4, true
	case '五', '伍':
		return 5, true
	case '六', '陆', '陸':
		return 6, true
	case '七', '柒':
		return 7, true
	case '八', '捌':
		return 8, true
	case '九', '玖':
		return 9, true
	}
	return 0, false
}

// cnZero reports whether r is a zero: 〇 (U+3007) as typeset, 零 as
// written, and the circles that fonts and OCR put in its place (○ U+25CB,
// ◯ U+25EF).
func cnZero(r rune) bool {
	return r == '〇' || r == '零' || r == '○' || r == '◯'
}

// ocrZero reports whether r is a Latin O or a digit zero that OCR read
// for 〇 (二O一O, 二00五). It counts only after a Chinese digit: anywhere
// else it is a letter, or a figure of a number in figures.
func ocrZero(r rune) bool {
	return r == 'O' || r == 'o' || r == 'Ｏ' || r == 'ｏ' || r == '0' || r == '０'
}

// cnUnit is the value of a unit character; formal 拾佰仟 included. 万 is
// not: no number on a cover or in a date reaches it, and 4 digits is the
// limit of number() too.
func cnUnit(r rune) (int, bool) {
	switch r {
	case '十', '拾':
		return 10, true
	case '百', '佰':
		return 100, true
	case '千', '仟':
		return 1000, true
	}
	return 0, false
}

// anyNumber reads a number at d.i (after optional spaces) in digits, ASCII
// or full-width (2023, ２０２３), or in Chinese numerals (二〇二三, 十一). It
// consumes only what it reads, and nothing when it fails.
func (d *dateScanner) anyNumber() (int, bool) {
	save := d.i
	if v, ok := d.number(); ok {
		return v, true
	}
	d.i = save
	if v, ok := d.cnNumber(); ok {
		return v, true
	}
	d.i = save
	return 0, false
}

// cnNumber reads a number in Chinese numerals at d.i (after optional
// spaces), in either system: digit by digit (二〇二三, 二一五, at most 4
// digits like number()) or with units (十, 一十, 十一, 二十三, 一百零五,
// 二百一十五, 两千零二十三; 廿 and 卅 for 20 and 30 at the start, as older
// dates print 廿三日). It stops before the first character that would not
// continue a well-formed number, so 二十三四 reads 23 and leaves 四, and
// 二百一 reads 200 and leaves 一 (the colloquial 210 is not printed).
func (d *dateScanner) cnNumber() (int, bool) {
	save := d.i
	d.spaces()
	r, n := decodeRune(d.s[d.i:])
	_, digit := cnDigit(r)
	if digit || cnZero(r) {
		// The system shows at the second character: a unit after the first
		// digit means units (二十, 一百), anything else digit by digit.
		r2, _ := decodeRune(d.s[d.i+n:])
		if _, unit := cnUnit(r2); !unit || !digit {
			return d.cnPositional(save)
		}
	}
	return d.cnUnits(save)
}

// cnPositional reads up to 4 Chinese digits as a number written digit by
// digit. save is where the scan started, restored on failure.
func (d *dateScanner) cnPositional(save int) (int, bool) {
	v, k := 0, 0
	for d.i < len(d.s) && k < 4 {
		r, n := decodeRune(d.s[d.i:])
		if x, ok := cnDigit(r); ok {
			v = v*10 + x
		} else if !cnZero(r) && !(k > 0 && ocrZero(r)) {
			break
		} else {
			v *= 10
		}
		d.i += n
		k++
	}
	if k == 0 {
		d.i = save
		return 0, false
	}
	return v, true
}

// cnUnits reads a number written with units. Units must come in falling
// order; 零 may stand after 百 or 千 for the missing places before a digit
// (一百零五); a bare 十 means 一十, at the start (十一) or after a higher
// unit (一百十, which typesetters also print). The scan keeps the last
// position where what it has read is a whole number and returns to it, so
// a trailing 零 or a digit that no unit follows is left unread.
func (d *dateScanner) cnUnits(save int) (int, bool) {
	v := 0
	last := 10000 // the last unit read; units must fall below it
	pending := -1 // a digit waiting for its unit
	zero := false // 零 read since the last unit
	end, endV := -1, 0
	for first := true; d.i < len(d.s); first = false {
		r, n := decodeRune(d.s[d.i:])
		if x, ok := cnDigit(r); ok {
			if pending >= 0 {
				break
			}
			pending = x
			d.i += n
			// A final digit is whole only in the ones place: after 十, after
			// 零, or alone.
			if last == 10 || last == 10000 || zero {
				end, endV = d.i, v+x
			}
			continue
		}
		if u, ok := cnUnit(r); ok {
			if u >= last || zero && u != 10 {
				break
			}
			m := pending
			if m < 0 {
				if u != 10 {
					break // 百 and 千 need their digit
				}
				m = 1
			}
			v += m * u
			last, pending, zero = u, -1, false
			d.i += n
			end, endV = d.i, v
			continue
		}
		if cnZero(r) {
			if last < 100 || last == 10000 || pending >= 0 || zero {
				break
			}
			zero = true
			d.i += n
			continue
		}
		if first && (r == '廿' || r == '卅') {
			v, last = 20, 10
			if r == '卅' {
				v = 30
			}
			d.i += n
			end, endV = d.i, v
			continue
		}
		break
	}
	if end < 0 {
		d.i = save
		return 0, false
	}
	d.i = end
	return endV, true
}
