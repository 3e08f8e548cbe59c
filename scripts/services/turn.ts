import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** Debian's coturn (`apt-get install coturn`), if installed. */
export function findTurnserver(): string | null {
  const candidates = [
    '/usr/bin/turnserver',
    '/usr/local/bin/turnserver',
    ...(process.env.PATH ?? '').split(':').map((dir) => path.join(dir, 'turnserver')),
  ];
  return candidates.find((c) => c && fs.existsSync(c)) ?? null;
}

export interface TurnOptions {
  /** Where the configuration (with the secret, mode 0600) and coturn's small user database go. */
  dir: string;
  /** UDP and TCP listening port (3478 by default for `npm start`). */
  port: number;
  /** coturn's `static-auth-secret`, shared with the api (TURN_SECRET), which signs the credentials. */
  secret: string;
  /** Relay ports (UDP) coturn allocates from. */
  minPort?: number;
  maxPort?: number;
}

/**
 * A loopback-only coturn for `npm start` and the end-to-end suite: TURN REST API credentials
 * (`use-auth-secret`), UDP and TCP on `port`, no TLS, and relaying allowed to loopback peers, because that is
 * where the local sfu listens. Production uses deploy/coturn/turnserver.conf instead (TLS on 443, public
 * relay address, relaying to the sfu only). Returns the config file to pass as `turnserver -c <file>`; the
 * secret lives only in that file (never on a command line, where `ps` would show it).
 */
export function writeTurnConfig(opts: TurnOptions): string {
  fs.mkdirSync(opts.dir, { recursive: true, mode: 0o700 });
  const file = path.join(opts.dir, 'turnserver.conf');
  const lines = [
    'listening-ip=127.0.0.1',
    'relay-ip=127.0.0.1',
    `listening-port=${opts.port}`,
    `min-port=${opts.minPort ?? 49152}`,
    `max-port=${opts.maxPort ?? 65535}`,
    'realm=telemed',
    'use-auth-secret',
    `static-auth-secret=${opts.secret}`,
    'fingerprint',
    'no-tls',
    'no-dtls',
    'no-cli',
    'no-rfc5780',
    'no-stun-backward-compatibility',
    'response-origin-only-with-rfc5780',
    'no-software-attribute',
    'no-multicast-peers',
    // The local sfu is on 127.0.0.1; a production TURN server must never relay to loopback or private ranges.
    'allow-loopback-peers',
    'log-file=stdout',
    'simple-log',
    `userdb=${path.join(opts.dir, 'turndb')}`,
    `pidfile=${path.join(opts.dir, 'turnserver.pid')}`,
  ];
  fs.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return file;
}

/** The URLs browsers are given for the local TURN server: UDP, and TCP for networks that block UDP. */
export function localTurnUrls(port: number): string[] {
  return [`turn:127.0.0.1:${port}?transport=udp`, `turn:127.0.0.1:${port}?transport=tcp`];
}

/** True when nothing listens on the loopback TCP port (a system coturn may already hold 3478). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
