/** The gateway's route table: the frontend contract (DESIGN §6). Only these are reachable over HTTP. */

export type Access = "public" | "user" | "admin";

export interface RouteSpec {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** Path under /api/v1, path-to-regexp 8 syntax. */
  path: string;
  action: string;
  access: Access;
  summary: string;
  /** Success status the action answers with (documentation; the action sets it). */
  status?: number;
  tag: string;
}

export const ROUTES: RouteSpec[] = [
  // Identity: public entry points are an explicit allow-list.
  { method: "POST", path: "/auth/signup", action: "users.signup", access: "public", status: 201, tag: "auth", summary: "Create an account and sign in" },
  { method: "POST", path: "/auth/login", action: "users.login", access: "public", tag: "auth", summary: "Sign in with email and password" },
  { method: "POST", path: "/auth/refresh", action: "users.refresh", access: "public", tag: "auth", summary: "Exchange a refresh token for a new pair (rotation)" },
  { method: "POST", path: "/auth/logout", action: "users.logout", access: "user", status: 204, tag: "auth", summary: "Revoke a refresh token family" },
  { method: "POST", path: "/auth/verify", action: "users.verify", access: "public", tag: "auth", summary: "Verify an email address with a single-use token" },
  { method: "POST", path: "/auth/recover", action: "users.recover", access: "public", status: 202, tag: "auth", summary: "Request a password reset (always 202)" },
  { method: "POST", path: "/auth/reset", action: "users.resetPassword", access: "public", tag: "auth", summary: "Set a new password with a reset token" },

  { method: "GET", path: "/users/me", action: "users.me", access: "user", tag: "users", summary: "Own profile" },
  { method: "PATCH", path: "/users/me", action: "users.updateMe", access: "user", tag: "users", summary: "Update own profile" },
  { method: "GET", path: "/users", action: "users.list", access: "admin", tag: "users", summary: "List users" },
  { method: "GET", path: "/users/:id", action: "users.get", access: "admin", tag: "users", summary: "One user" },
  { method: "POST", path: "/users/:id/ban", action: "users.ban", access: "admin", tag: "users", summary: "Ban a user" },
  { method: "POST", path: "/users/:id/unban", action: "users.unban", access: "admin", tag: "users", summary: "Lift a ban" },
  { method: "DELETE", path: "/users/:id", action: "users.remove", access: "admin", status: 204, tag: "users", summary: "Delete a user" },

  { method: "POST", path: "/keys", action: "users.createKey", access: "user", status: 201, tag: "keys", summary: "Create an API key (shown once)" },
  { method: "GET", path: "/keys", action: "users.listKeys", access: "user", tag: "keys", summary: "Own API keys" },
  { method: "DELETE", path: "/keys/:id", action: "users.revokeKey", access: "user", status: 204, tag: "keys", summary: "Revoke an API key" },

  { method: "POST", path: "/teams", action: "teams.create", access: "user", status: 201, tag: "teams", summary: "Create a team (you become its administrator)" },
  { method: "GET", path: "/teams", action: "teams.mine", access: "user", tag: "teams", summary: "Teams you belong to" },
  { method: "GET", path: "/teams/:id", action: "teams.get", access: "user", tag: "teams", summary: "One team, with your role in it (members)" },
  { method: "PATCH", path: "/teams/:id", action: "teams.rename", access: "user", tag: "teams", summary: "Rename a team (administrators)" },
  { method: "DELETE", path: "/teams/:id", action: "teams.remove", access: "user", status: 204, tag: "teams", summary: "Delete a team (administrators)" },
  { method: "GET", path: "/teams/:id/members", action: "teams.members", access: "user", tag: "teams", summary: "Members and roles" },
  { method: "PATCH", path: "/teams/:id/members/:userId", action: "teams.setRole", access: "user", tag: "teams", summary: "Change a member's role (administrators)" },
  { method: "DELETE", path: "/teams/:id/members/:userId", action: "teams.removeMember", access: "user", status: 204, tag: "teams", summary: "Remove a member (administrators)" },
  { method: "POST", path: "/teams/:id/leave", action: "teams.leave", access: "user", status: 204, tag: "teams", summary: "Leave a team" },
  { method: "POST", path: "/teams/:id/invites", action: "teams.invite", access: "user", status: 201, tag: "teams", summary: "Invite by email (administrators)" },
  { method: "GET", path: "/teams/:id/invites", action: "teams.invites", access: "user", tag: "teams", summary: "Pending invites (administrators)" },
  { method: "GET", path: "/invites", action: "teams.myInvites", access: "user", tag: "teams", summary: "Your pending invites" },
  { method: "POST", path: "/invites/:id/accept", action: "teams.accept", access: "user", tag: "teams", summary: "Accept an invite" },
  { method: "POST", path: "/invites/:id/decline", action: "teams.decline", access: "user", tag: "teams", summary: "Decline an invite" },

  { method: "POST", path: "/projects", action: "projects.create", access: "user", status: 201, tag: "projects", summary: "Create a project in a team (editors)" },
  { method: "GET", path: "/projects", action: "projects.list", access: "user", tag: "projects", summary: "Projects of a team (?teamId=) or of all your teams" },
  { method: "GET", path: "/projects/:id", action: "projects.get", access: "user", tag: "projects", summary: "One project (members; anyone signed in if public)" },
  { method: "PATCH", path: "/projects/:id", action: "projects.update", access: "user", tag: "projects", summary: "Edit a project (editors)" },
  { method: "DELETE", path: "/projects/:id", action: "projects.remove", access: "user", status: 204, tag: "projects", summary: "Delete a project (administrators)" },
  { method: "GET", path: "/projects/:id/columns", action: "projects.columns", access: "user", tag: "projects", summary: "Columns in board order, each with its task order" },
  { method: "POST", path: "/projects/:id/columns", action: "projects.createColumn", access: "user", status: 201, tag: "projects", summary: "Add a column (editors)" },
  { method: "GET", path: "/projects/:id/tasks", action: "projects.tasks", access: "user", tag: "projects", summary: "Tasks of a project (?columnId=)" },
  { method: "POST", path: "/projects/:id/tasks", action: "projects.createTask", access: "user", status: 201, tag: "projects", summary: "Create a task (editors)" },
  { method: "GET", path: "/tasks/:id", action: "projects.getTask", access: "user", tag: "projects", summary: "One task" },
  { method: "PATCH", path: "/tasks/:id", action: "projects.updateTask", access: "user", tag: "projects", summary: "Edit a task (editors)" },
  { method: "DELETE", path: "/tasks/:id", action: "projects.removeTask", access: "user", status: 204, tag: "projects", summary: "Delete a task (editors)" },
  { method: "POST", path: "/tasks/:id/move", action: "projects.moveTask", access: "user", tag: "projects", summary: "Move a task to a column and position (editors)" },
  { method: "GET", path: "/tasks/:id/comments", action: "projects.comments", access: "user", tag: "projects", summary: "Comments on a task" },
  { method: "POST", path: "/tasks/:id/comments", action: "projects.comment", access: "user", status: 201, tag: "projects", summary: "Comment on a task (commenters)" },

  { method: "GET", path: "/audit/events", action: "audit.search", access: "user", tag: "audit", summary: "Search stored events (admins: all; members: their teams')" },
  { method: "GET", path: "/audit/events/:id", action: "audit.get", access: "user", tag: "audit", summary: "One stored event" },
  { method: "GET", path: "/audit/entities/:entity/:id", action: "audit.entityHistory", access: "user", tag: "audit", summary: "An entity's history, oldest first" },
  { method: "POST", path: "/audit/replay", action: "audit.replay", access: "admin", tag: "audit", summary: "Replay a stored range to one consumer group" },
];

export const API_PREFIX = "/api/v1";
