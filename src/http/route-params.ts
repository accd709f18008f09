/** Route parameters in NFC: Bangla slugs may arrive in either Unicode normal form and are stored in NFC. */
export function nfcParams(params: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v.normalize("NFC")]));
}
