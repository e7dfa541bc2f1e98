import type { Server } from 'node:http';
import { AppError } from '../errors.js';

/**
 * Start listening, or fail with words an operator can act on: a port in use (another claimwatch, or another
 * program) or one the user may not bind, instead of an 'error' event that ends the process with a stack trace.
 * `key` is the setting that chose the port (PORT, METRICS_PORT).
 */
export function listen(server: Server, port: number, host: string, key = 'PORT'): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (err.code === 'EADDRINUSE') {
        reject(
          new AppError(
            'port-in-use',
            `port ${port} on ${host} is already in use (another claimwatch, or another program)`,
            {
              cause: err,
              remedy: `stop the other program (ss -ltnp 'sport = :${port}' shows it) or set ${key} to a free port`,
            },
          ),
        );
      } else if (err.code === 'EACCES') {
        reject(
          new AppError('port-denied', `not allowed to listen on port ${port} on ${host}`, {
            cause: err,
            remedy: `set ${key} to a port above 1023, or give node the right to bind low ports`,
          }),
        );
      } else if (err.code === 'EADDRNOTAVAIL') {
        reject(
          new AppError('bad-host', `${host} is not an address of this machine`, {
            cause: err,
            remedy: 'set HOST to 0.0.0.0, 127.0.0.1 or an address of this machine',
          }),
        );
      } else reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}
