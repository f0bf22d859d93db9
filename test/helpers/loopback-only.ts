/**
 * Preloaded (`node -r`) into a bot process under test: every outbound TCP connection to anything but
 * loopback fails at once, inside the process, so libraries that probe cloud endpoints (the Azure VM
 * metadata service, for one) send nothing off this machine. Connections refused here are counted on
 * stderr as `loopback-only: refused <host>`.
 */
import net from 'node:net';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1']);
const connect = net.Socket.prototype.connect as (...args: unknown[]) => net.Socket;

net.Socket.prototype.connect = function loopbackOnly(this: net.Socket, ...args: unknown[]): net.Socket {
  const first = args[0];
  const options = (Array.isArray(first) ? first[0] : first) as { host?: string; path?: string } | number | string;
  const host = typeof options === 'object' && options !== null ? options.host : typeof args[1] === 'string' ? args[1] : undefined;
  const isPath = typeof options === 'string' || (typeof options === 'object' && options !== null && Boolean(options.path));
  if (!isPath && host && !LOOPBACK.has(host)) {
    process.stderr.write(`loopback-only: refused ${host}\n`);
    const error = Object.assign(new Error(`connect ECONNREFUSED ${host} (loopback-only test process)`), { code: 'ECONNREFUSED' });
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return connect.apply(this, args);
} as typeof net.Socket.prototype.connect;
