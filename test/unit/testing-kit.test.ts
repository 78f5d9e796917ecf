/** meshwork/testing, imported by its package name exactly as a service author outside this repository would. */
import type { Context, ServiceSchema } from "moleculer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceUnderTest, type ServiceUnderTest } from "meshwork/testing";
import { Db, type DbMethods } from "../../mixins/db.mixin.js";
import { Events, type EventsMethods } from "../../mixins/events.mixin.js";

/** A small outside-style service: a team-scoped note, with an event and a neighbour lookup. */
interface Note {
  id: string;
  teamId: string;
  text: string;
}
type NotesMethods = DbMethods & EventsMethods<"projects">;

const NotesService: ServiceSchema<object, NotesMethods> = {
  name: "notes",
  mixins: [Db({ model: { table: "outbox", attributes: {} } }), Events("projects")],
  actions: {
    add: {
      access: "user",
      team: { role: "editor", param: "teamId" },
      params: { teamId: "uuid", text: "string|min:1" },
      async handler(ctx: Context<{ teamId: string; text: string }>): Promise<Note> {
        const note = { id: crypto.randomUUID(), ...ctx.params };
        await this.inTransaction((tx) =>
          this.publish(
            "CommentCreated",
            { comment: { id: note.id, content: note.text } },
            { tx, ctx, entity: "comment", entityId: note.id, teamId: note.teamId },
          ),
        );
        return note;
      },
    },
    wipe: { access: "admin", handler: () => "wiped" },
  },
};

let kit: ServiceUnderTest;
const teamId = crypto.randomUUID();

beforeAll(async () => {
  kit = await serviceUnderTest(NotesService, {
    fakes: { teams: { membership: (p: { userId: string }) => (p.userId === editor.id ? { role: "editor" } : null) } },
  });
});
afterAll(() => kit.stop());

const editor = { id: crypto.randomUUID() };

describe("serviceUnderTest", () => {
  it("runs the service with access rules, recording the calls its team rule makes to the fake", async () => {
    const note = await kit.call<Note>("notes.add", { teamId, text: "hello" }, { user: editor });
    expect(note).toMatchObject({ teamId, text: "hello" });
    expect(kit.fakes.teams.callsTo("membership").at(-1)?.params).toEqual({ teamId, userId: editor.id });
  });

  it("answers 404 to a caller outside the team and 403 to a non-admin on an admin action", async () => {
    await expect(kit.call("notes.add", { teamId, text: "x" }, { user: kit.user() })).rejects.toMatchObject({
      code: 404,
    });
    await expect(kit.call("notes.wipe", {}, { user: editor })).rejects.toMatchObject({ code: 403 });
    expect(await kit.call("notes.wipe", {}, { user: kit.user({ roles: ["user", "admin"] }) })).toBe("wiped");
  });

  it("lists the events the service published, decoded", async () => {
    const events = await kit.published("projects");
    expect(events.at(-1)).toMatchObject({
      topic: "projects",
      type: "CommentCreated",
      teamId,
      actorId: editor.id,
      entity: "comment",
      event: { type: "CommentCreated", comment: { content: "hello" } },
    });
  });

  // A second embedded Postgres boots in a few seconds, longer on a loaded machine.
  it("gives each kit its own database", { timeout: 60_000 }, async () => {
    const other = await serviceUnderTest(NotesService);
    try {
      expect(await other.published()).toEqual([]);
    } finally {
      await other.stop();
    }
  });
});
