/**
 * A minimal Language Server Protocol client over stdio (JSON-RPC with Content-Length framing),
 * enough to open documents in a real yaml-language-server and collect its diagnostics.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
  source?: string;
}

interface Message {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
}

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (message: Message) => void>();
  readonly diagnostics = new Map<string, LspDiagnostic[]>();
  private readonly waiters: (() => void)[] = [];
  stderr = '';

  constructor(
    command: string,
    args: readonly string[],
    cwd: string,
    private readonly settings: Record<string, unknown>,
  ) {
    this.child = spawn(command, [...args], {
      cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '' },
    });
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.receive(chunk);
    });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin.write(`Content-Length: ${String(body.length)}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request(method: string, params: unknown): Promise<Message> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = Number(
        /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1],
      );
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(JSON.parse(body) as Message);
    }
  }

  private handle(message: Message): void {
    if (message.method === undefined && typeof message.id === 'number') {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
      return;
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      const params = message.params as { uri: string; diagnostics: LspDiagnostic[] };
      this.diagnostics.set(params.uri, params.diagnostics);
      for (const wake of this.waiters.splice(0)) wake();
      return;
    }
    if (message.id !== undefined) {
      // A request from the server: configuration gets the settings, anything else a null result.
      let result: unknown = null;
      if (message.method === 'workspace/configuration') {
        const items = (message.params as { items: { section?: string }[] }).items;
        result = items.map((item) =>
          item.section === undefined ? this.settings : (this.settings[item.section] ?? null),
        );
      }
      this.send({ id: message.id, result });
    }
  }

  /** Resolves once every uri has had a diagnostics notification (rejects after `ms`). */
  async diagnosticsFor(uris: readonly string[], ms: number): Promise<Map<string, LspDiagnostic[]>> {
    const deadline = Date.now() + ms;
    while (!uris.every((uri) => this.diagnostics.has(uri))) {
      if (Date.now() > deadline)
        throw new Error(
          `no diagnostics for ${uris.filter((u) => !this.diagnostics.has(u)).join(', ')}; stderr: ${this.stderr}`,
        );
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
    return this.diagnostics;
  }

  async stop(): Promise<void> {
    await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
    this.notify('exit', null);
    this.child.kill();
  }
}
