package serve

import "sync"

// startups bounds the connections that have not started a session yet,
// as sshd's MaxStartups does: each holds a descriptor and a handshake,
// and a client that opens many and says nothing could take every
// descriptor the server has. At the bound, a newcomer takes the place of
// the oldest such connection of the address holding the most of them,
// provided that address holds more than the newcomer's does: whoever
// floods from a few addresses loses its own connections first, and a
// reader arriving from an address of its own always gets a handshake.
// (sshd drops newcomers at random instead, which refuses that reader as
// often as the flood.)
type startups struct {
	max int

	mu     sync.Mutex
	n      int
	byHost map[string][]*guardedConn // oldest first
}

func newStartups(max int) *startups {
	return &startups{max: max, byHost: map[string][]*guardedConn{}}
}

// admit counts c in. It returns the connection c displaces, to be
// closed, or ok false when c is refused.
func (st *startups) admit(c *guardedConn) (victim *guardedConn, ok bool) {
	if st == nil {
		return nil, true
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.n >= st.max {
		heavy := ""
		for h, cs := range st.byHost {
			if len(cs) > len(st.byHost[heavy]) || len(cs) == len(st.byHost[heavy]) && heavy != "" && cs[0].born.Before(st.byHost[heavy][0].born) {
				heavy = h
			}
		}
		if len(st.byHost[heavy]) <= len(st.byHost[c.host]) {
			return nil, false
		}
		victim = st.byHost[heavy][0]
		st.removeLocked(victim)
	}
	c.pending = true
	st.byHost[c.host] = append(st.byHost[c.host], c)
	st.n++
	return victim, true
}

// done counts c out: it started a session, or closed. It may be called
// more than once.
func (st *startups) done(c *guardedConn) {
	if st == nil {
		return
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	st.removeLocked(c)
}

func (st *startups) removeLocked(c *guardedConn) {
	if !c.pending {
		return
	}
	c.pending = false
	cs := st.byHost[c.host]
	for i, o := range cs {
		if o == c {
			cs = append(cs[:i], cs[i+1:]...)
			break
		}
	}
	if len(cs) == 0 {
		delete(st.byHost, c.host)
	} else {
		st.byHost[c.host] = cs
	}
	st.n--
}

// count is the number of connections without a session now.
func (st *startups) count() int {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.n
}
