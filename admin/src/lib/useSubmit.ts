// Busy/error state for a form that sends one request, plus lookup of the server's per-field
// messages (problem+json `errors[].path`, e.g. "body.localizations.0.slug").
import { useCallback, useState } from "react";
import { ApiError } from "../api/client.ts";

export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }, []);

  const at = (path: string) => (error instanceof ApiError ? error.errorAt(path) : undefined);
  return { busy, error, setError, run, at };
}
