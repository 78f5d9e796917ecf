/** The generated client (client/, `meshwork/client`) is what `npm run client:gen` writes now: CI fails when it is stale. */
import { describe, expect, it } from "vitest";
import { staleClientFiles } from "../../scripts/gen-client.js";

describe("the generated TypeScript client", () => {
  it("is fresh: client/schema.ts and client/openapi.json match the actions' declarations", async () => {
    expect(await staleClientFiles(), "client/ is stale: run npm run client:gen and commit").toEqual([]);
  }, 60_000);
});
