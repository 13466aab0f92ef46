/** Why a file could not be imported, in words for the person who chose it. */
export class ImportReadError extends Error {
  constructor(
    readonly reason:
      "empty" | "notSupported" | "damaged" | "encrypted" | "tooManyPages" | "noText" | "tooLarge",
    message: string,
  ) {
    super(message);
    this.name = "ImportReadError";
  }
}
