import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace meshwork. */
export namespace meshwork {

    /** Namespace events. */
    namespace events {

        /** Namespace teams. */
        namespace teams {

            /** EventType enum. */
            enum EventType {

                /** EVENT_TYPE_UNKNOWN value */
                EVENT_TYPE_UNKNOWN = 0,

                /** TeamCreated value */
                TeamCreated = 1,

                /** TeamUpdated value */
                TeamUpdated = 2,

                /** TeamDeleted value */
                TeamDeleted = 3,

                /** MembershipCreated value */
                MembershipCreated = 4,

                /** MembershipUpdated value */
                MembershipUpdated = 5,

                /** MembershipDeleted value */
                MembershipDeleted = 6,

                /** InviteCreated value */
                InviteCreated = 7,

                /** InviteAccepted value */
                InviteAccepted = 8,

                /** InviteDeclined value */
                InviteDeclined = 9
            }

            /**
             * Properties of a Team.
             * @deprecated Use meshwork.events.teams.Team.$Properties instead.
             */
            interface ITeam extends meshwork.events.teams.Team.$Properties {
            }

            /** Represents a Team. */
            class Team {

                /**
                 * Constructs a new Team.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.teams.Team.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Team id. */
                id: string;

                /** Team name. */
                name: string;

                /** Team createdBy. */
                createdBy: string;

                /** Team createdAt. */
                createdAt: (number|Long);

                /** Team updatedAt. */
                updatedAt: (number|Long);

                /**
                 * Creates a new Team instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Team instance
                 */
                static create(properties: meshwork.events.teams.Team.$Shape): meshwork.events.teams.Team & meshwork.events.teams.Team.$Shape;
                static create(properties?: meshwork.events.teams.Team.$Properties): meshwork.events.teams.Team;

                /**
                 * Encodes the specified Team message. Does not implicitly {@link meshwork.events.teams.Team.verify|verify} messages.
                 * @param message Team message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.teams.Team.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Team message, length delimited. Does not implicitly {@link meshwork.events.teams.Team.verify|verify} messages.
                 * @param message Team message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.teams.Team.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Team message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.teams.Team & meshwork.events.teams.Team.$Shape} Team
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.teams.Team & meshwork.events.teams.Team.$Shape;

                /**
                 * Decodes a Team message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.teams.Team & meshwork.events.teams.Team.$Shape} Team
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.teams.Team & meshwork.events.teams.Team.$Shape;

                /**
                 * Verifies a Team message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Team message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Team
                 */
                static fromObject(object: { [k: string]: any }): meshwork.events.teams.Team;

                /**
                 * Creates a plain object from a Team message. Also converts values to other types if specified.
                 * @param message Team
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.teams.Team, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Team to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Team
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Team {

                /** Properties of a Team. */
                interface $Properties {

                    /** Team id */
                    id?: (string|null);

                    /** Team name */
                    name?: (string|null);

                    /** Team createdBy */
                    createdBy?: (string|null);

                    /** Team createdAt */
                    createdAt?: (number|Long|null);

                    /** Team updatedAt */
                    updatedAt?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Team. */
                type $Shape = meshwork.events.teams.Team.$Properties;
            }

            /**
             * Properties of a Membership.
             * @deprecated Use meshwork.events.teams.Membership.$Properties instead.
             */
            interface IMembership extends meshwork.events.teams.Membership.$Properties {
            }

            /** Represents a Membership. */
            class Membership {

                /**
                 * Constructs a new Membership.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.teams.Membership.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Membership id. */
                id: string;

                /** Membership teamId. */
                teamId: string;

                /** Membership userId. */
                userId: string;

                /** Membership role. */
                role: string;

                /** Membership createdAt. */
                createdAt: (number|Long);

                /** Membership updatedAt. */
                updatedAt: (number|Long);

                /**
                 * Creates a new Membership instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Membership instance
                 */
                static create(properties: meshwork.events.teams.Membership.$Shape): meshwork.events.teams.Membership & meshwork.events.teams.Membership.$Shape;
                static create(properties?: meshwork.events.teams.Membership.$Properties): meshwork.events.teams.Membership;

                /**
                 * Encodes the specified Membership message. Does not implicitly {@link meshwork.events.teams.Membership.verify|verify} messages.
                 * @param message Membership message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.teams.Membership.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Membership message, length delimited. Does not implicitly {@link meshwork.events.teams.Membership.verify|verify} messages.
                 * @param message Membership message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.teams.Membership.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Membership message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.teams.Membership & meshwork.events.teams.Membership.$Shape} Membership
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.teams.Membership & meshwork.events.teams.Membership.$Shape;

                /**
                 * Decodes a Membership message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.teams.Membership & meshwork.events.teams.Membership.$Shape} Membership
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.teams.Membership & meshwork.events.teams.Membership.$Shape;

                /**
                 * Verifies a Membership message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Membership message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Membership
                 */
                static fromObject(object: { [k: string]: any }): meshwork.events.teams.Membership;

                /**
                 * Creates a plain object from a Membership message. Also converts values to other types if specified.
                 * @param message Membership
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.teams.Membership, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Membership to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Membership
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Membership {

                /** Properties of a Membership. */
                interface $Properties {

                    /** Membership id */
                    id?: (string|null);

                    /** Membership teamId */
                    teamId?: (string|null);

                    /** Membership userId */
                    userId?: (string|null);

                    /** Membership role */
                    role?: (string|null);

                    /** Membership createdAt */
                    createdAt?: (number|Long|null);

                    /** Membership updatedAt */
                    updatedAt?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Membership. */
                type $Shape = meshwork.events.teams.Membership.$Properties;
            }

            /**
             * Properties of an Invite.
             * @deprecated Use meshwork.events.teams.Invite.$Properties instead.
             */
            interface IInvite extends meshwork.events.teams.Invite.$Properties {
            }

            /** Represents an Invite. */
            class Invite {

                /**
                 * Constructs a new Invite.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.teams.Invite.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Invite id. */
                id: string;

                /** Invite teamId. */
                teamId: string;

                /** Invite email. */
                email: string;

                /** Invite role. */
                role: string;

                /** Invite status. */
                status: string;

                /** Invite invitedBy. */
                invitedBy: string;

                /** Invite expiresAt. */
                expiresAt: (number|Long);

                /** Invite createdAt. */
                createdAt: (number|Long);

                /**
                 * Creates a new Invite instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Invite instance
                 */
                static create(properties: meshwork.events.teams.Invite.$Shape): meshwork.events.teams.Invite & meshwork.events.teams.Invite.$Shape;
                static create(properties?: meshwork.events.teams.Invite.$Properties): meshwork.events.teams.Invite;

                /**
                 * Encodes the specified Invite message. Does not implicitly {@link meshwork.events.teams.Invite.verify|verify} messages.
                 * @param message Invite message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.teams.Invite.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Invite message, length delimited. Does not implicitly {@link meshwork.events.teams.Invite.verify|verify} messages.
                 * @param message Invite message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.teams.Invite.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Invite message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.teams.Invite & meshwork.events.teams.Invite.$Shape} Invite
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.teams.Invite & meshwork.events.teams.Invite.$Shape;

                /**
                 * Decodes an Invite message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.teams.Invite & meshwork.events.teams.Invite.$Shape} Invite
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.teams.Invite & meshwork.events.teams.Invite.$Shape;

                /**
                 * Verifies an Invite message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Invite message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Invite
                 */
                static fromObject(object: { [k: string]: any }): meshwork.events.teams.Invite;

                /**
                 * Creates a plain object from an Invite message. Also converts values to other types if specified.
                 * @param message Invite
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.teams.Invite, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Invite to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Invite
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Invite {

                /** Properties of an Invite. */
                interface $Properties {

                    /** Invite id */
                    id?: (string|null);

                    /** Invite teamId */
                    teamId?: (string|null);

                    /** Invite email */
                    email?: (string|null);

                    /** Invite role */
                    role?: (string|null);

                    /** Invite status */
                    status?: (string|null);

                    /** Invite invitedBy */
                    invitedBy?: (string|null);

                    /** Invite expiresAt */
                    expiresAt?: (number|Long|null);

                    /** Invite createdAt */
                    createdAt?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Invite. */
                type $Shape = meshwork.events.teams.Invite.$Properties;
            }

            /**
             * Properties of an Event.
             * @deprecated Use meshwork.events.teams.Event.$Properties instead.
             */
            interface IEvent extends meshwork.events.teams.Event.$Properties {
            }

            /** Represents an Event. */
            class Event {

                /**
                 * Constructs a new Event.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.teams.Event.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Event type. */
                type: meshwork.events.teams.EventType;

                /** Event team. */
                team?: (meshwork.events.teams.Team.$Properties|null);

                /** Event membership. */
                membership?: (meshwork.events.teams.Membership.$Properties|null);

                /** Event invite. */
                invite?: (meshwork.events.teams.Invite.$Properties|null);

                /** Event changed. */
                changed: string[];

                /** Event previousRole. */
                previousRole: string;

                /**
                 * Creates a new Event instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Event instance
                 */
                static create(properties: meshwork.events.teams.Event.$Shape): meshwork.events.teams.Event & meshwork.events.teams.Event.$Shape;
                static create(properties?: meshwork.events.teams.Event.$Properties): meshwork.events.teams.Event;

                /**
                 * Encodes the specified Event message. Does not implicitly {@link meshwork.events.teams.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.teams.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Event message, length delimited. Does not implicitly {@link meshwork.events.teams.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.teams.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.teams.Event & meshwork.events.teams.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.teams.Event & meshwork.events.teams.Event.$Shape;

                /**
                 * Decodes an Event message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.teams.Event & meshwork.events.teams.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.teams.Event & meshwork.events.teams.Event.$Shape;

                /**
                 * Verifies an Event message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Event message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Event
                 */
                static fromObject(object: { [k: string]: any }): meshwork.events.teams.Event;

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @param message Event
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.teams.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Event to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Event
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Event {

                /** Properties of an Event. */
                interface $Properties {

                    /** Event type */
                    type?: (meshwork.events.teams.EventType|null);

                    /** Event team */
                    team?: (meshwork.events.teams.Team.$Properties|null);

                    /** Event membership */
                    membership?: (meshwork.events.teams.Membership.$Properties|null);

                    /** Event invite */
                    invite?: (meshwork.events.teams.Invite.$Properties|null);

                    /** Event changed */
                    changed?: (string[]|null);

                    /** Event previousRole */
                    previousRole?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Event. */
                type $Shape = meshwork.events.teams.Event.$Properties;
            }
        }
    }
}
