import type { Role } from "../../src/accounts/roles.ts";
import { createUser } from "../../src/accounts/user.service.ts";
import type { TestServer } from "./test-server.ts";

export const API = "/api/admin/v1";
export const TEST_PASSWORD = "correct horse battery staple";

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

/** A logged-in newsroom user talking JSON to the admin API, with its cookie and CSRF token. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    readonly cookie: string | null,
    readonly csrfToken: string | null,
  ) {}

  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    options: { csrf?: boolean; raw?: string | FormData; contentType?: string } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && options.csrf !== false && method !== "GET")
      headers["x-csrf-token"] = this.csrfToken;
    let payload: string | FormData | undefined = options.raw;
    if (body !== undefined) {
      payload = JSON.stringify(body);
      headers["content-type"] = "application/json";
    }
    if (options.contentType) headers["content-type"] = options.contentType;
    const response = await fetch(new URL(path.startsWith("/api") ? path : API + path, this.baseUrl), {
      method,
      headers,
      body: payload,
    });
    const text = await response.text();
    const parsed = text && /json/.test(response.headers.get("content-type") ?? "") ? JSON.parse(text) : text;
    return { status: response.status, headers: response.headers, body: parsed as T };
  }

  get<T = Record<string, unknown>>(path: string) {
    return this.request<T>("GET", path);
  }
}

export const anonymous = (baseUrl: string) => new ApiClient(baseUrl, null, null);

/** Logs in and returns a client carrying the session cookie and CSRF token. */
export async function login(baseUrl: string, email: string, password = TEST_PASSWORD): Promise<ApiClient> {
  const response = await fetch(new URL(`${API}/session`, baseUrl), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200)
    throw new Error(`login of ${email} answered ${response.status}: ${await response.text()}`);
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return new ApiClient(baseUrl, cookie, csrfToken);
}

/** A newsroom account created directly, then logged in over HTTP. */
export async function createAccount(
  server: TestServer,
  account: { email: string; name: string; role: Role },
): Promise<ApiClient> {
  await createUser(
    server.server.db.kysely,
    { ...account, password: TEST_PASSWORD },
    { userId: null },
    server.clock(),
  );
  return login(server.url, account.email);
}

/** One account per role, created directly and logged in over HTTP. */
export async function loginAsEveryRole(server: TestServer): Promise<Record<Role, ApiClient>> {
  const clients = {} as Record<Role, ApiClient>;
  for (const role of ["contributor", "author", "editor", "admin"] as const) {
    clients[role] = await createAccount(server, {
      email: `${role}@newsroom.test`,
      name: `The ${role}`,
      role,
    });
  }
  return clients;
}
