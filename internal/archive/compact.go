package archive

import (
	"context"
	"database/sql"
	"fmt"
)

// compact makes each token's rows of table one list, without the ids
// taken out of it. The lists are written into tables of the connection's
// temporary file as they are read, so that compacting holds one token's
// list at a time, and then back into the table, emptied. Written into a
// new table of the file, which then took the old one's place, they left
// the old one's pages free in the middle of the file, and giving them
// back (incremental_vacuum) moved every page after them: 50 s of the 210
// that 10,000 issues took to index. Written back, they take the pages
// the old rows left, and only what compacting saved is given back.
func compact(ctx context.Context, tx *sql.Tx, table string) error {
	fail := func(err error) error { return fmt.Errorf("compacting %s: %w", table, err) }
	dead, err := readDead(ctx, tx, "", table)
	if err != nil {
		return fail(err)
	}
	tmp, tails := "temp."+table+"_new", "temp."+table+"_tails"
	for _, t := range []string{tmp, tails} {
		if _, err := tx.ExecContext(ctx, `DROP TABLE IF EXISTS `+t+`; `+listTable(t)); err != nil {
			return fail(err)
		}
	}
	st, err := tx.PrepareContext(ctx, `INSERT INTO `+tmp+`(tok, hi, ids) VALUES (?, ?, ?)`)
	if err != nil {
		return fail(err)
	}
	defer st.Close()
	stTail, err := tx.PrepareContext(ctx, `INSERT INTO `+tails+`(tok, hi, ids) VALUES (?, ?, ?)`)
	if err != nil {
		return fail(err)
	}
	defer stTail.Close()
	rows, err := tx.QueryContext(ctx, `SELECT tok, rowid, ids FROM `+table+` ORDER BY tok`)
	if err != nil {
		return fail(err)
	}
	defer rows.Close()
	var cur sortedRuns
	var buf []byte
	var lrows []listRow
	curTok, parts := int64(0), 0
	end := func() error {
		if parts == 0 {
			return nil
		}
		kept := cur.merged()
		cur.reset()
		parts = 0
		if len(kept) == 0 {
			return nil
		}
		var full int
		buf, lrows, full = listRows(buf[:0], kept, lrows[:0])
		start := 0
		for k, r := range lrows {
			to := st
			if k >= full {
				to = stTail
			}
			if _, err := to.ExecContext(ctx, curTok, r.hi, buf[start:r.end]); err != nil {
				return err
			}
			start = r.end
		}
		return nil
	}
	for rows.Next() {
		var tok, rowid int64
		var b []byte
		if err := rows.Scan(&tok, &rowid, &b); err != nil {
			return fail(err)
		}
		if parts > 0 && tok != curTok {
			if err := end(); err != nil {
				return fail(err)
			}
		}
		curTok = tok
		if err := cur.addRow(b, rowid, dead); err != nil {
			return fail(err)
		}
		parts++
	}
	if err := rows.Err(); err != nil {
		return fail(err)
	}
	if err := end(); err != nil {
		return fail(err)
	}
	rows.Close()
	if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+`;
		INSERT INTO `+table+`(tok, hi, ids) SELECT tok, hi, ids FROM `+tmp+` ORDER BY rowid;
		INSERT INTO `+table+`(tok, hi, ids) SELECT tok, hi, ids FROM `+tails+` ORDER BY rowid;
		DROP TABLE `+tmp+`; DROP TABLE `+tails+``); err != nil {
		return fail(err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM dead WHERE tab = ?`, table); err != nil {
		return fail(err)
	}
	return nil
}
