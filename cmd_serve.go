package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/charmbracelet/log"
	"github.com/spf13/cobra"
	gossh "golang.org/x/crypto/ssh"

	"github.com/yuebao/yuebao/internal/archive"
	"github.com/yuebao/yuebao/parser"
	"github.com/yuebao/yuebao/parser/library"
	"github.com/yuebao/yuebao/ui"
	"github.com/yuebao/yuebao/ui/serve"
)

// serveFlags are the server's options.
type serveFlags struct {
	listen, hostKey, authorized             string
	maxSessions, maxPerAddress, maxStartups int
	idle, maxSession                        time.Duration
}

func (c *cli) serveCmd() *cobra.Command {
	var f serveFlags
	cmd := &cobra.Command{
		Use:   "serve [PATH...]",
		Short: "Serve the reader over SSH (default 127.0.0.1:23234)",
		Long: `Serve the reader over SSH: each session is its own reader, in the
client's terminal, at its size. Without a PATH the built-in sample issue
is served; files and directories are a library, followed while serving
(a file added or changed is picked up without a restart).

Without --authorized-keys anyone who can reach the address may read;
SIGHUP rereads that file. SIGINT or SIGTERM shuts the server down.
README.md says what a session may do and what the limits guard against.`,
		Example: `  yuebao serve                            # the sample on 127.0.0.1:23234
  yuebao serve --listen :23234 issues/    # beyond this host: an explicit choice
  ssh -t -p 23234 localhost               # read`,
		Args: cobra.ArbitraryArgs,
	}
	cmd.RunE = does(func(args []string) error { return c.serve(args, f) })
	fl := cmd.Flags()
	fl.StringVar(&f.listen, "listen", "127.0.0.1:23234", "address to listen on; :23234 serves beyond this host")
	fl.StringVar(&f.hostKey, "host-key", "", "host key file (created on first start; default $XDG_DATA_HOME/yuebao/ssh_host_ed25519_key)")
	fl.StringVar(&f.authorized, "authorized-keys", "", "only the public keys in this file get in")
	fl.IntVar(&f.maxSessions, "max-sessions", 100, "sessions open at once")
	fl.IntVar(&f.maxPerAddress, "max-per-address", 10, "sessions open at once from one address (0: no limit)")
	fl.DurationVar(&f.idle, "idle-timeout", 30*time.Minute, "close a session after this long without a key")
	fl.DurationVar(&f.maxSession, "max-session", 12*time.Hour, "longest a session may last")
	fl.IntVar(&f.maxStartups, "max-startups", 100, "connections held before their first session (as sshd's MaxStartups)")
	return cmd
}

// serve runs the SSH server until SIGINT or SIGTERM.
func (c *cli) serve(paths []string, f serveFlags) error {
	logger := log.NewWithOptions(c.stderr, log.Options{ReportTimestamp: true, Prefix: "yuebao"})

	var issues []*ui.Doc
	var lib *library.Library
	var cat *catalogueSource
	if anyDir(paths) {
		// A directory is an archive: served from its index, which is
		// brought up to date first and followed while serving.
		var err error
		if cat, err = c.openCatalogueSource(paths, logger); err != nil {
			return err
		}
		defer cat.db.Close()
	} else if len(paths) == 0 {
		iss, err := parser.Parse(sample)
		if err != nil {
			return fmt.Errorf("the built-in sample: %w", err)
		}
		issues = append(issues, ui.NewDoc("pingdingshan-2023-11", "", iss, nil))
	} else {
		// Files and directories are a library, followed while serving: a
		// file added or changed is picked up without a restart.
		var err error
		if lib, err = library.Load(paths); err != nil {
			return err
		}
		for _, it := range lib.Snapshot() {
			if it.Err != nil {
				logger.Warn("not served", "file", it.Path, "err", it.Err)
			}
		}
	}

	keyPath := f.hostKey
	if keyPath == "" {
		p, err := serve.DefaultHostKeyPath()
		if err != nil {
			return err
		}
		keyPath = p
	}
	signer, created, err := serve.LoadOrCreateHostKey(keyPath)
	if err != nil {
		return err
	}
	var keys []serve.AuthorizedKey
	if f.authorized != "" {
		if keys, err = readAuthorizedKeys(f.authorized); err != nil {
			return err
		}
	}
	var catalogue func() ([]*ui.Doc, ui.Archive)
	if cat != nil {
		catalogue = cat.get
	}
	srv, err := serve.New(serve.Config{
		Catalogue:      catalogue,
		Issues:         issues,
		Library:        lib,
		HostKey:        signer,
		AuthorizedKeys: keys,
		MaxSessions:    f.maxSessions,
		MaxPerAddress:  f.maxPerAddress,
		IdleTimeout:    f.idle,
		MaxSession:     f.maxSession,
		MaxStartups:    fitDescriptors(f.maxStartups, f.maxSessions, logger),
		Logger:         logger,
	})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", f.listen)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	verb := "using"
	if created {
		verb = "created"
	}
	logger.Info("host key "+verb, "path", keyPath, "fingerprint", gossh.FingerprintSHA256(signer.PublicKey()))
	if srv.Anonymous() {
		logger.Warn("access is anonymous: anyone who can reach the address may read (use --authorized-keys to restrict)")
	} else {
		logger.Info("access restricted", "authorized_keys", len(keys))
	}
	var names []string
	for _, is := range issues {
		names = append(names, is.Name)
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	if cat != nil {
		docs, _ := cat.get()
		names = append(names, fmt.Sprintf("%d in the archive %s", len(docs), cat.db.Path()))
		go func() {
			err := cat.db.Watch(ctx, paths, func(st archive.Stats, err error) {
				if err != nil {
					logger.Error("archive", "err", err)
					return
				}
				if err := cat.refresh(); err != nil {
					logger.Error("archive", "err", err)
					return
				}
				logger.Info("archive", "parsed", st.Parsed, "removed", st.Removed, "failed", st.Failed, "issues", st.Issues)
			})
			if err != nil {
				logger.Error("archive watch", "err", err)
			}
		}()
	}
	if lib != nil {
		for _, it := range lib.Snapshot() {
			names = append(names, it.Name)
		}
		go func() {
			if err := lib.Watch(ctx, func(change string) { logger.Info("library", "change", change) }); err != nil {
				logger.Error("library watch", "err", err)
			}
		}()
	}
	logger.Info("serving", "addr", ln.Addr().String(), "issues", strings.Join(names, ","), "max_sessions", f.maxSessions)
	// SIGHUP rereads the authorized keys, as sshd rereads its
	// configuration; a file that does not read keeps the keys in force.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	for {
		select {
		case err := <-errc:
			return fmt.Errorf("serve: %w", err)
		case <-hup:
			reloadKeys(srv, f.authorized, logger)
			continue
		case <-ctx.Done():
		}
		break
	}
	logger.Info("shutting down", "sessions", srv.Sessions())
	if err := srv.Shutdown(context.Background()); err != nil {
		logger.Error("shutdown", "err", err)
	}
	logger.Info("stopped")
	return nil
}

// fitDescriptors bounds the connections held before a session so that,
// with every session open, the server keeps descriptors to spare for its
// files and for accepting (and refusing) more. The Go runtime has already
// raised the soft limit on open files to the hard one.
func fitDescriptors(startups, sessions int, logger *log.Logger) int {
	lim, ok := serve.DescriptorLimit()
	if !ok {
		return startups
	}
	spare := lim - sessions - 64
	if startups > spare {
		logger.Warn("few file descriptors: fewer connections held before their first session", "descriptors", lim, "max_startups", max(spare, 1))
		return max(spare, 1)
	}
	return startups
}

// reloadKeys rereads the authorized keys at path for srv, and logs what
// came of it.
func reloadKeys(srv *serve.Server, path string, logger *log.Logger) {
	if path == "" {
		logger.Warn("SIGHUP: no --authorized-keys to reload; access stays anonymous")
		return
	}
	keys, err := readAuthorizedKeys(path)
	if err == nil {
		err = srv.SetAuthorizedKeys(keys)
	}
	if err != nil {
		logger.Error("SIGHUP: authorized keys not reloaded; the old ones stay", "err", err)
		return
	}
	logger.Info("SIGHUP: authorized keys reloaded", "authorized_keys", len(keys))
}

// readAuthorizedKeys parses an authorized_keys file.
func readAuthorizedKeys(path string) ([]serve.AuthorizedKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("authorized keys: %w", err)
	}
	keys, err := serve.ParseAuthorizedKeys(data)
	if err != nil {
		return nil, fmt.Errorf("authorized keys %s: %w", parser.DisplayName(path), err)
	}
	return keys, nil
}
