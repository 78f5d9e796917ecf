/** Domain errors with stable `type` codes; the gateway alone turns them into problem+json. */
import { Errors } from "moleculer";

const { MoleculerClientError } = Errors;

export interface FieldError {
  field: string;
  message: string;
}

export class BadRequestError extends MoleculerClientError {
  constructor(message: string, type = "BAD_REQUEST") {
    super(message, 400, type);
  }
}

export class UnauthorizedError extends MoleculerClientError {
  constructor(message = "A valid credential is required", type = "UNAUTHORIZED") {
    super(message, 401, type);
  }
}

export class ForbiddenError extends MoleculerClientError {
  constructor(message = "You are not allowed to do this", type = "FORBIDDEN") {
    super(message, 403, type);
  }
}

export class NotFoundError extends MoleculerClientError {
  constructor(entity: string) {
    super(`${entity} not found`, 404, "NOT_FOUND");
  }
}

export class ConflictError extends MoleculerClientError {
  constructor(message: string, type = "CONFLICT") {
    super(message, 409, type);
  }
}

export class UnprocessableError extends MoleculerClientError {
  constructor(message: string, errors: FieldError[] = [], type = "VALIDATION_ERROR") {
    super(message, 422, type, errors);
  }
}

export class TooManyRequestsError extends MoleculerClientError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    type = "RATE_LIMITED",
  ) {
    super(message, 429, type, { retryAfter: retryAfterSeconds });
  }
}
