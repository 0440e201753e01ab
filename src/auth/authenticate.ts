import { InvalidCredentialsError } from "../errors";
import type { ApiKeyService, Viewer } from "./api-key.service";

/**
 * The viewer an `Authorization` header names: null without a key (anonymous) — no header, an empty
 * one, or `Bearer ` with nothing after it, which is what a client sends whose key variable is unset
 * (`Bearer ${process.env.DOSSIER_KEY ?? ""}`) — and the key's holder for a valid `Bearer <key>`. A
 * malformed header, or a key that is unknown or revoked, is UNAUTHENTICATED (HTTP 401): never
 * silently anonymous. Whether anonymous clients may read is the auth plugin's to say.
 */
export async function authenticate(header: string | undefined, apiKeys: ApiKeyService): Promise<Viewer | null> {
  if (header === undefined || /^\s*(Bearer\s*)?$/i.test(header)) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new InvalidCredentialsError("Send the API key as `Authorization: Bearer <key>`.");
  const viewer = await apiKeys.authenticate(match[1]);
  if (!viewer) throw new InvalidCredentialsError("The API key is not valid: it is unknown or has been revoked.");
  return viewer;
}
