import { createHash, randomBytes } from "node:crypto";
import type { Database } from "../db/database";
import { sql } from "../db/sql";
import { ApiKey } from "./api-key.entity";
import type { Role } from "./role";

/** Who is making a request: the key's ID, the name it was issued to, and its role. */
export interface Viewer {
  keyId: string;
  name: string;
  role: Role;
}

/** Keys are `dsk_` and 43 base64url characters: 256 random bits. */
const KEY_PREFIX = "dsk_";

/** SHA-256 of a key: random 256-bit keys need no slow hash, and a lookup by hash stays one indexed read. */
function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** How many checked keys are remembered at most. */
const CACHED_KEYS = 10_000;

/**
 * API keys: issued, listed, revoked, and checked on every request that sends one. A valid key is
 * remembered for `cacheSeconds` (by its hash), so a client's requests do not each cost a lookup;
 * unknown and revoked keys are always looked up.
 */
export class ApiKeyService {
  /** How long a valid key is trusted without asking the database again (`API_KEY_CACHE_SECONDS`). */
  cacheSeconds = 5;
  private readonly checked = new Map<string, { viewer: Viewer; until: number }>();

  constructor(private readonly db: Database) {}

  /** Issues a key. The key is returned here, once; only its hash is stored. */
  async create(name: string, role: Role): Promise<{ key: string; record: ApiKey }> {
    const key = `${KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
    const record = Object.assign(new ApiKey(), {
      id: `key:${randomBytes(6).toString("hex")}`,
      name,
      role,
      keyHash: hashKey(key),
      keyPrefix: key.slice(0, 8),
      createdAt: new Date(),
      revokedAt: null,
      lastUsedAt: null,
    });
    await this.db.dataSource.getRepository(ApiKey).insert(record);
    return { key, record };
  }

  /** Every key ever issued, revoked ones included, oldest first. */
  list(): Promise<ApiKey[]> {
    return this.db.dataSource.getRepository(ApiKey).find({ order: { createdAt: "ASC", id: "ASC" } });
  }

  /** Revokes the keys with this ID or name; returns how many were revoked. */
  async revoke(idOrName: string): Promise<number> {
    const mapper = this.db.mapper(ApiKey);
    const rows = await this.db.query(
      sql`SELECT * FROM api_keys WHERE (id = ${idOrName} OR name = ${idOrName}) AND revoked_at IS NULL`,
    );
    for (const row of rows) {
      const { revoked_at } = mapper.toRow({ revokedAt: new Date() });
      await this.db.query(sql`UPDATE api_keys SET revoked_at = ${revoked_at as string} WHERE id = ${String(row.id)}`);
    }
    // Revoked here: refused from the next request on.
    this.checked.clear();
    return rows.length;
  }

  /** The viewer a key belongs to, or null when it is unknown or revoked. */
  async authenticate(key: string): Promise<Viewer | null> {
    const hash = hashKey(key);
    const now = Date.now();
    const cached = this.checked.get(hash);
    if (cached && cached.until > now) return cached.viewer;
    const [row] = await this.db.query(sql`SELECT id, name, role FROM api_keys WHERE key_hash = ${hash} AND revoked_at IS NULL`);
    if (!row) {
      this.checked.delete(hash);
      return null;
    }
    const viewer = { keyId: String(row.id), name: String(row.name), role: row.role as Role };
    if (this.cacheSeconds > 0) {
      if (this.checked.size >= CACHED_KEYS) this.checked.clear();
      this.checked.set(hash, { viewer, until: now + this.cacheSeconds * 1000 });
    }
    return viewer;
  }
}
