// A fake of what @actions/artifact 6 talks to when it uploads: the Twirp JSON endpoints
// CreateArtifact / FinalizeArtifact under ACTIONS_RESULTS_URL, and the signed Azure blob URL the
// client then uploads to (block uploads: Put Block + Put Block List, or a single Put Blob).
// A real HTTP server on 127.0.0.1; the uploaded bytes are kept so tests can open the zip.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inflateRawSync } from 'node:zlib';

const twirpPrefix = '/twirp/github.actions.results.api.v1.ArtifactService/';
const blobPrefix = '/devstoreaccount1/actions-results/';

export interface StoredArtifact {
  id: number;
  name: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  expiresAt: string | null;
  mimeType: string | null;
  /** The uploaded bytes (a zip unless skipArchive), after the block list is committed. */
  bytes: Buffer | null;
  finalized: boolean;
  size: string | null;
  hash: string | null;
}

export interface ArtifactRequest {
  method: string;
  path: string;
  status: number;
}

export class FakeArtifactService {
  readonly artifacts: StoredArtifact[] = [];
  readonly requests: ArtifactRequest[] = [];
  private readonly blocks = new Map<string, Map<string, Buffer>>();
  private nextId = 7001;
  private server: Server | null = null;
  url = '';

  /** Only this bearer token is accepted (the runtime token the environment helper builds). */
  constructor(private readonly runtimeToken: string) {}

  static async start(runtimeToken: string): Promise<FakeArtifactService> {
    const fake = new FakeArtifactService(runtimeToken);
    fake.server = createServer((request, response) => {
      fake.handle(request, response).catch((error: unknown) => {
        fake.reply(request, response, 500, { msg: `fake artifact service crashed: ${String(error)}` });
      });
    });
    await new Promise<void>((resolve) => fake.server!.listen(0, '127.0.0.1', resolve));
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  private reply(
    request: IncomingMessage,
    response: ServerResponse,
    status: number,
    body?: unknown,
    headers: Record<string, string> = {},
  ): void {
    this.requests.push({
      method: request.method ?? '',
      path: new URL(request.url ?? '/', 'http://fake').pathname,
      status,
    });
    if (body === undefined) {
      response.writeHead(status, headers);
      response.end();
      return;
    }
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(request.url ?? '/', 'http://fake');

    if (request.method === 'POST' && url.pathname.startsWith(twirpPrefix)) {
      if (request.headers.authorization !== `Bearer ${this.runtimeToken}`) {
        this.reply(request, response, 401, { code: 'unauthenticated', msg: 'bad runtime token' });
        return;
      }
      const method = url.pathname.slice(twirpPrefix.length);
      const body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
      if (method === 'CreateArtifact') return this.createArtifact(request, response, body);
      if (method === 'FinalizeArtifact') return this.finalizeArtifact(request, response, body);
      this.reply(request, response, 404, { code: 'bad_route', msg: `no such method ${method}` });
      return;
    }

    if (request.method === 'PUT' && url.pathname.startsWith(blobPrefix)) {
      if (url.searchParams.get('sig') !== 'fake-signature') {
        this.reply(request, response, 403, undefined);
        return;
      }
      const blobPath = url.pathname.slice(blobPrefix.length);
      const artifact = this.artifacts.find(
        (candidate) =>
          `${candidate.id}/${candidate.name}.zip` === blobPath ||
          `${candidate.id}/${candidate.name}` === blobPath,
      );
      if (!artifact) {
        this.reply(request, response, 404, undefined);
        return;
      }
      const blobHeaders = {
        etag: '"0x8D0000000000000"',
        'last-modified': new Date().toUTCString(),
        'x-ms-request-id': '00000000-0000-0000-0000-000000000000',
        'x-ms-version': '2025-01-05',
        'x-ms-request-server-encrypted': 'true',
      };
      const comp = url.searchParams.get('comp');
      if (comp === 'block') {
        const blockId = url.searchParams.get('blockid') ?? '';
        const staged = this.blocks.get(blobPath) ?? new Map<string, Buffer>();
        staged.set(blockId, raw);
        this.blocks.set(blobPath, staged);
        this.reply(request, response, 201, undefined, blobHeaders);
        return;
      }
      if (comp === 'blocklist') {
        const staged = this.blocks.get(blobPath) ?? new Map<string, Buffer>();
        const ids = [...raw.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(
          (m) => m[1]!,
        );
        artifact.bytes = Buffer.concat(ids.map((id) => staged.get(id) ?? Buffer.alloc(0)));
        this.reply(request, response, 201, undefined, blobHeaders);
        return;
      }
      // A single Put Blob.
      artifact.bytes = raw;
      this.reply(request, response, 201, undefined, blobHeaders);
      return;
    }

    this.reply(request, response, 404, {
      code: 'not_found',
      msg: `the fake artifact service does not implement ${request.method} ${url.pathname}`,
    });
  }

  private createArtifact(
    request: IncomingMessage,
    response: ServerResponse,
    body: Record<string, unknown>,
  ): void {
    const name = String(body.name ?? '');
    const runId = String(body.workflow_run_backend_id ?? '');
    if (
      this.artifacts.some((artifact) => artifact.name === name && artifact.workflowRunBackendId === runId)
    ) {
      this.reply(request, response, 409, {
        code: 'already_exists',
        msg: 'an artifact with this name already exists on the workflow run',
      });
      return;
    }
    const artifact: StoredArtifact = {
      id: this.nextId++,
      name,
      workflowRunBackendId: runId,
      workflowJobRunBackendId: String(body.workflow_job_run_backend_id ?? ''),
      expiresAt: typeof body.expires_at === 'string' ? body.expires_at : null,
      mimeType: typeof body.mime_type === 'string' ? body.mime_type : null,
      bytes: null,
      finalized: false,
      size: null,
      hash: null,
    };
    this.artifacts.push(artifact);
    const blobName = name.endsWith('.zip') || body.mime_type !== 'application/zip' ? name : `${name}.zip`;
    this.reply(request, response, 200, {
      ok: true,
      signed_upload_url: `${this.url}${blobPrefix}${artifact.id}/${blobName}?sig=fake-signature&se=2099-01-01T00%3A00%3A00Z&sp=cw&sv=2025-01-05&sr=b`,
    });
  }

  private finalizeArtifact(
    request: IncomingMessage,
    response: ServerResponse,
    body: Record<string, unknown>,
  ): void {
    const artifact = this.artifacts.find(
      (candidate) =>
        candidate.name === body.name && candidate.workflowRunBackendId === body.workflow_run_backend_id,
    );
    if (!artifact || artifact.bytes === null) {
      this.reply(request, response, 404, { code: 'not_found', msg: 'no uploaded artifact of that name' });
      return;
    }
    artifact.finalized = true;
    artifact.size = typeof body.size === 'string' ? body.size : String(body.size ?? '');
    artifact.hash = typeof body.hash === 'string' ? body.hash : null;
    this.reply(request, response, 200, { ok: true, artifact_id: String(artifact.id) });
  }
}

/** The files of a zip, by name, read through its central directory (archiver writes data descriptors). */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
    const localNameLength = zip.readUInt16LE(localOffset + 26);
    const localExtraLength = zip.readUInt16LE(localOffset + 28);
    const dataStart = localOffset + 30 + localNameLength + localExtraLength;
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (!name.endsWith('/')) files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}
