import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace meshwork. */
export namespace meshwork {

    /** Namespace events. */
    namespace events {

        /** Namespace users. */
        namespace users {

            /** EventType enum. */
            enum EventType {

                /** EVENT_TYPE_UNKNOWN value */
                EVENT_TYPE_UNKNOWN = 0,

                /** Created value */
                Created = 1,

                /** Updated value */
                Updated = 2,

                /** Deleted value */
                Deleted = 3,

                /** Verified value */
                Verified = 4,

                /** Banned value */
                Banned = 5,

                /** Unbanned value */
                Unbanned = 6,

                /** Signup value */
                Signup = 7,

                /** Login value */
                Login = 8,

                /** Logout value */
                Logout = 9,

                /** TokenRefreshed value */
                TokenRefreshed = 10,

                /** PasswordResetRequested value */
                PasswordResetRequested = 11,

                /** PasswordReset value */
                PasswordReset = 12,

                /** ApiKeyCreated value */
                ApiKeyCreated = 13,

                /** ApiKeyRevoked value */
                ApiKeyRevoked = 14
            }

            /**
             * Properties of a User.
             * @deprecated Use meshwork.events.users.User.$Properties instead.
             */
            interface IUser extends meshwork.events.users.User.$Properties {
            }

            /** Represents a User. */
            class User {

                /**
                 * Constructs a new User.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.users.User.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** User id. */
                id: string;

                /** User email. */
                email: string;

                /** User firstName. */
                firstName: string;

                /** User lastName. */
                lastName: string;

                /** User status. */
                status: string;

                /** User roles. */
                roles: string[];

                /** User createdAt. */
                createdAt: (number|Long);

                /** User updatedAt. */
                updatedAt: (number|Long);

                /** User verifiedAt. */
                verifiedAt: (number|Long);

                /**
                 * Creates a new User instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns User instance
                 */
                static create(properties: meshwork.events.users.User.$Shape): meshwork.events.users.User & meshwork.events.users.User.$Shape;
                static create(properties?: meshwork.events.users.User.$Properties): meshwork.events.users.User;

                /**
                 * Encodes the specified User message. Does not implicitly {@link meshwork.events.users.User.verify|verify} messages.
                 * @param message User message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.users.User.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified User message, length delimited. Does not implicitly {@link meshwork.events.users.User.verify|verify} messages.
                 * @param message User message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.users.User.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a User message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.users.User & meshwork.events.users.User.$Shape} User
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.users.User & meshwork.events.users.User.$Shape;

                /**
                 * Decodes a User message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.users.User & meshwork.events.users.User.$Shape} User
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.users.User & meshwork.events.users.User.$Shape;

                /**
                 * Verifies a User message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a User message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns User
                 */
                static fromObject(object: { [k: string]: any }): meshwork.events.users.User;

                /**
                 * Creates a plain object from a User message. Also converts values to other types if specified.
                 * @param message User
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.users.User, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this User to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for User
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace User {

                /** Properties of a User. */
                interface $Properties {

                    /** User id */
                    id?: (string|null);

                    /** User email */
                    email?: (string|null);

                    /** User firstName */
                    firstName?: (string|null);

                    /** User lastName */
                    lastName?: (string|null);

                    /** User status */
                    status?: (string|null);

                    /** User roles */
                    roles?: (string[]|null);

                    /** User createdAt */
                    createdAt?: (number|Long|null);

                    /** User updatedAt */
                    updatedAt?: (number|Long|null);

                    /** User verifiedAt */
                    verifiedAt?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a User. */
                type $Shape = meshwork.events.users.User.$Properties;
            }

            /**
             * Properties of an ApiKey.
             * @deprecated Use meshwork.events.users.ApiKey.$Properties instead.
             */
            interface IApiKey extends meshwork.events.users.ApiKey.$Properties {
            }

            /** Represents an ApiKey. */
            class ApiKey {

                /**
                 * Constructs a new ApiKey.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.users.ApiKey.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ApiKey id. */
                id: string;

                /** ApiKey userId. */
                userId: string;

                /** ApiKey description. */
                description: string;

                /** ApiKey scopes. */
                scopes: string[];

                /** ApiKey prefix. */
                prefix: string;

                /** ApiKey createdAt. */
                createdAt: (number|Long);

                /**
                 * Creates a new ApiKey instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ApiKey instance
                 */
                static create(properties: meshwork.events.users.ApiKey.$Shape): meshwork.events.users.ApiKey & meshwork.events.users.ApiKey.$Shape;
                static create(properties?: meshwork.events.users.ApiKey.$Properties): meshwork.events.users.ApiKey;

                /**
                 * Encodes the specified ApiKey message. Does not implicitly {@link meshwork.events.users.ApiKey.verify|verify} messages.
                 * @param message ApiKey message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.users.ApiKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ApiKey message, length delimited. Does not implicitly {@link meshwork.events.users.ApiKey.verify|verify} messages.
                 * @param message ApiKey message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.users.ApiKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ApiKey message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.users.ApiKey & meshwork.events.users.ApiKey.$Shape} ApiKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.users.ApiKey & meshwork.events.users.ApiKey.$Shape;

                /**
                 * Decodes an ApiKey message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.users.ApiKey & meshwork.events.users.ApiKey.$Shape} ApiKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.users.ApiKey & meshwork.events.users.ApiKey.$Shape;

                /**
                 * Verifies an ApiKey message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ApiKey message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ApiKey
                 */
                static fromObject(object: { [k: string]: any }): meshwork.events.users.ApiKey;

                /**
                 * Creates a plain object from an ApiKey message. Also converts values to other types if specified.
                 * @param message ApiKey
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.users.ApiKey, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ApiKey to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ApiKey
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ApiKey {

                /** Properties of an ApiKey. */
                interface $Properties {

                    /** ApiKey id */
                    id?: (string|null);

                    /** ApiKey userId */
                    userId?: (string|null);

                    /** ApiKey description */
                    description?: (string|null);

                    /** ApiKey scopes */
                    scopes?: (string[]|null);

                    /** ApiKey prefix */
                    prefix?: (string|null);

                    /** ApiKey createdAt */
                    createdAt?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ApiKey. */
                type $Shape = meshwork.events.users.ApiKey.$Properties;
            }

            /**
             * Properties of an Event.
             * @deprecated Use meshwork.events.users.Event.$Properties instead.
             */
            interface IEvent extends meshwork.events.users.Event.$Properties {
            }

            /** Represents an Event. */
            class Event {

                /**
                 * Constructs a new Event.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.users.Event.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Event type. */
                type: meshwork.events.users.EventType;

                /** Event user. */
                user?: (meshwork.events.users.User.$Properties|null);

                /** Event apiKey. */
                apiKey?: (meshwork.events.users.ApiKey.$Properties|null);

                /** Event changed. */
                changed: string[];

                /** Event sessionFamily. */
                sessionFamily: string;

                /**
                 * Creates a new Event instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Event instance
                 */
                static create(properties: meshwork.events.users.Event.$Shape): meshwork.events.users.Event & meshwork.events.users.Event.$Shape;
                static create(properties?: meshwork.events.users.Event.$Properties): meshwork.events.users.Event;

                /**
                 * Encodes the specified Event message. Does not implicitly {@link meshwork.events.users.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.users.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Event message, length delimited. Does not implicitly {@link meshwork.events.users.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.users.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.users.Event & meshwork.events.users.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.users.Event & meshwork.events.users.Event.$Shape;

                /**
                 * Decodes an Event message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.users.Event & meshwork.events.users.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.users.Event & meshwork.events.users.Event.$Shape;

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
                static fromObject(object: { [k: string]: any }): meshwork.events.users.Event;

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @param message Event
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.users.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                    type?: (meshwork.events.users.EventType|null);

                    /** Event user */
                    user?: (meshwork.events.users.User.$Properties|null);

                    /** Event apiKey */
                    apiKey?: (meshwork.events.users.ApiKey.$Properties|null);

                    /** Event changed */
                    changed?: (string[]|null);

                    /** Event sessionFamily */
                    sessionFamily?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Event. */
                type $Shape = meshwork.events.users.Event.$Properties;
            }
        }
    }
}
