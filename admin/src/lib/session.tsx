// Who is signed in. The session itself is an HttpOnly cookie; this context only holds the
// user and hands the CSRF token to the API client.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { ApiError, onUnauthorized, setCsrfToken } from "../api/client.ts";
import { sessionApi } from "../api/endpoints.ts";
import type { Role, User } from "../api/types.ts";

export type SessionState =
  | { kind: "loading" }
  | { kind: "anonymous"; expired: boolean }
  | { kind: "signedIn"; user: User }
  | { kind: "error"; error: unknown };

interface SessionContextValue {
  state: SessionState;
  login: (email: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  retry: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    let cancelled = false;
    sessionApi.get().then(
      (info) => {
        if (cancelled) return;
        setCsrfToken(info.csrfToken);
        setState({ kind: "signedIn", user: info.user });
      },
      (error: unknown) => {
        if (cancelled) return;
        if (error instanceof ApiError && error.status === 401)
          setState({ kind: "anonymous", expired: false });
        else setState({ kind: "error", error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  useEffect(() => {
    // A 401 on any later call means the session expired or was revoked elsewhere.
    onUnauthorized(() => {
      setCsrfToken(null);
      setState((prev) => (prev.kind === "signedIn" ? { kind: "anonymous", expired: true } : prev));
    });
    return () => onUnauthorized(null);
  }, []);

  const login = useCallback(async (email: string, password: string) => {
    const info = await sessionApi.login(email, password);
    setCsrfToken(info.csrfToken);
    setState({ kind: "signedIn", user: info.user });
  }, []);

  const logout = useCallback(async () => {
    try {
      await sessionApi.logout();
    } finally {
      setCsrfToken(null);
      setState({ kind: "anonymous", expired: false });
    }
  }, []);

  const retry = useCallback(() => {
    setState({ kind: "loading" });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo(() => ({ state, login, logout, retry }), [state, login, logout, retry]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}

/** The signed-in user; only call inside the authenticated shell. */
export function useUser(): User {
  const { state } = useSession();
  if (state.kind !== "signedIn") throw new Error("useUser without a signed-in user");
  return state.user;
}

const rank: Record<Role, number> = { contributor: 0, author: 1, editor: 2, admin: 3 };

/** True when `role` has at least the powers of `min` (roles are cumulative). */
export function atLeast(role: Role, min: Role): boolean {
  return rank[role] >= rank[min];
}
