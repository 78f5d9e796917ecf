/** teams: the shapes its routes answer (JSON Schema, lib/schemas.ts). */
import { TEAM_ROLES } from "../../lib/access.js";
import { arrayOf, instant, object, oneOf, page, text, uuid } from "../../lib/schemas.js";

const role = oneOf(TEAM_ROLES);

export const team = object(
  { id: uuid, name: text, createdBy: uuid, createdAt: instant, updatedAt: instant, role },
  { title: "Team", description: "A team; `role` is the caller's in it, where known", optional: ["role"] },
);

export const membership = object(
  { id: uuid, teamId: uuid, userId: uuid, role, createdAt: instant, updatedAt: instant },
  { title: "Membership" },
);

const inviteFields = {
  id: uuid,
  teamId: uuid,
  email: text,
  role,
  status: oneOf(["pending", "accepted", "declined", "revoked", "expired"]),
  invitedBy: uuid,
  expiresAt: instant,
  createdAt: instant,
};

export const invite = object(inviteFields, { title: "Invite" });
export const myInvite = object(
  { ...inviteFields, teamName: text },
  { title: "ReceivedInvite", description: "An invite to the caller, with the team's name" },
);

export const inviteResult = object(
  {
    rows: arrayOf(invite),
    skipped: arrayOf(object({ email: text, reason: text })),
  },
  { title: "InviteResult", description: "The invites sent, and the emails skipped with why" },
);

export const teamPage = page(team);
export const membershipPage = page(membership);
export const invitePage = page(invite);
export const myInvitePage = page(myInvite);
