// Typed fetch wrapper for the admin API. It sends the session cookie, adds the CSRF header to
// every state-changing request and turns application/problem+json bodies into ApiError, so
// pages can branch on `status`/`code` instead of parsing responses themselves.

export const API_BASE = "/api/admin/v1";

export interface FieldError {
  path: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: FieldError[];
  currentVersion?: number;
  current?: unknown;
  /** Which rule a refusal broke (RELATED_PIN_REFUSED), and the stories that broke it. */
  reason?: string;
  ids?: number[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Seconds from a Retry-After header (429), if the server sent one. */
  readonly retryAfter: number | null;

  constructor(problem: Problem, retryAfter: number | null) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.name = "ApiError";
    this.status = problem.status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /** The message for one field, matched on the problem's JSON-pointer-ish `path`. */
  fieldError(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.path.replace(/^(body)?[/.]?/, "").split(/[/.]/)[0] === field)
      ?.message;
  }

  /** The message for a nested field such as "localizations.0.slug" (server paths start "body."). */
  errorAt(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.path.replace(/^body[/.]/, "").replaceAll("/", ".") === field)
      ?.message;
  }
}

/** A network failure (server down, offline) rather than an HTTP error response. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super("Network error", { cause });
    this.name = "NetworkError";
  }
}

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any request answers 401 so the shell can drop back to the login page. */
export function onUnauthorized(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    // Empty filters are omitted so "all editions" means no edition parameter at all.
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ""}`;
}

interface RequestOptions {
  query?: Query;
  json?: unknown;
  form?: FormData;
  signal?: AbortSignal;
  /** The login call itself must not trigger the "session expired" handler. */
  skipUnauthorizedHandler?: boolean;
  /** The body is returned as text (an HTML page), not parsed as JSON. */
  text?: boolean;
  /** The request carries on while the page unloads (leaving a story when the tab closes). */
  keepalive?: boolean;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    accept: `${options.text ? "text/html" : "application/json"}, application/problem+json`,
  };
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(options.json);
  } else if (options.form) {
    // The browser sets the multipart boundary itself; setting content-type here would break it.
    body = options.form;
  }
  if (method !== "GET" && method !== "HEAD" && csrfToken) headers["x-csrf-token"] = csrfToken;

  let res: Response;
  try {
    res = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: "same-origin",
      signal: options.signal,
      keepalive: options.keepalive,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === "AbortError") throw err;
    throw new NetworkError(err);
  }

  if (res.ok) {
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    // The generic is the caller's promise about the contract; responses are not validated at runtime.
    if (options.text) return text as T;
    return (text ? JSON.parse(text) : undefined) as T;
  }

  const problem = await readProblem(res);
  const retry = res.headers.get("retry-after");
  const error = new ApiError(problem, retry && /^\d+$/.test(retry) ? Number(retry) : null);
  if (res.status === 401 && !options.skipUnauthorizedHandler) unauthorizedHandler?.();
  throw error;
}

async function readProblem(res: Response): Promise<Problem> {
  const fallback: Problem = { type: "about:blank", title: res.statusText || "Error", status: res.status };
  try {
    const data: unknown = await res.json();
    if (data && typeof data === "object") {
      return { ...fallback, ...(data as Partial<Problem>), status: res.status };
    }
  } catch {
    // Not JSON (a proxy error page, for example): keep the status line.
  }
  return fallback;
}

/**
 * Sends a multipart form and reports how much of it has gone: fetch cannot tell upload progress,
 * so this one request goes through XMLHttpRequest, answering and failing as `request` does.
 */
export function sendFormWithProgress<T>(
  path: string,
  form: FormData,
  onProgress: (fraction: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", buildUrl(path));
    xhr.setRequestHeader("accept", "application/json, application/problem+json");
    if (csrfToken) xhr.setRequestHeader("x-csrf-token", csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new NetworkError(new Error("upload failed")));
    xhr.onload = () => {
      // A Response lets the answer go through the same problem reading as every other request.
      const headers = new Headers({ "content-type": xhr.getResponseHeader("content-type") ?? "" });
      const res = new Response(xhr.status === 204 ? null : xhr.responseText, {
        status: xhr.status,
        statusText: xhr.statusText,
        headers,
      });
      if (res.ok) {
        resolve(JSON.parse(xhr.responseText) as T);
        return;
      }
      void readProblem(res).then((problem) => {
        if (res.status === 401) unauthorizedHandler?.();
        reject(new ApiError(problem, null));
      });
    };
    xhr.send(form);
  });
}
