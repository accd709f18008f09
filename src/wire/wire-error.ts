/** Why a wire file could not be read: said plainly, with where in the file when that is known. */
export class WireFormatError extends Error {
  override name = "WireFormatError";
  constructor(
    message: string,
    /** A line and column, a JSON pointer, or a schema path: where the reason lies. */
    readonly where?: string,
  ) {
    super(where ? `${message} (at ${where})` : message);
  }
}
