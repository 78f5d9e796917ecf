import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace meshwork. */
export namespace meshwork {

    /** Namespace events. */
    namespace events {

        /** Namespace notifications. */
        namespace notifications {

            /** EventType enum. */
            enum EventType {

                /** EVENT_TYPE_UNKNOWN value */
                EVENT_TYPE_UNKNOWN = 0,

                /** EmailQueued value */
                EmailQueued = 1,

                /** EmailSent value */
                EmailSent = 2,

                /** EmailFailed value */
                EmailFailed = 3,

                /** NotificationCreated value */
                NotificationCreated = 4
            }

            /**
             * Properties of an Email.
             * @deprecated Use meshwork.events.notifications.Email.$Properties instead.
             */
            interface IEmail extends meshwork.events.notifications.Email.$Properties {
            }

            /** Represents an Email. */
            class Email {

                /**
                 * Constructs a new Email.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.notifications.Email.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Email id. */
                id: string;

                /** Email to. */
                to: string;

                /** Email template. */
                template: string;

                /** Email subject. */
                subject: string;

                /** Email attempts. */
                attempts: number;

                /** Email error. */
                error: string;

                /** Email createdAt. */
                createdAt: (number|Long);

                /**
                 * Creates a new Email instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Email instance
                 */
                static create(properties: meshwork.events.notifications.Email.$Shape): meshwork.events.notifications.Email & meshwork.events.notifications.Email.$Shape;
                static create(properties?: meshwork.events.notifications.Email.$Properties): meshwork.events.notifications.Email;

                /**
                 * Encodes the specified Email message. Does not implicitly {@link meshwork.events.notifications.Email.verify|verify} messages.
                 * @param message Email message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.notifications.Email.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Email message, length delimited. Does not implicitly {@link meshwork.events.notifications.Email.verify|verify} messages.
                 * @param message Email message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.notifications.Email.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Email message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.notifications.Email & meshwork.events.notifications.Email.$Shape} Email
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.notifications.Email & meshwork.events.notifications.Email.$Shape;

                /**
                 * Decodes an Email message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.notifications.Email & meshwork.events.notifications.Email.$Shape} Email
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.notifications.Email & meshwork.events.notifications.Email.$Shape;

                /**
                 * Verifies an Email message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Email message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Email
                 */
                static fromObject(object: { [k: string]: any }): meshwork.events.notifications.Email;

                /**
                 * Creates a plain object from an Email message. Also converts values to other types if specified.
                 * @param message Email
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.notifications.Email, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Email to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Email
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Email {

                /** Properties of an Email. */
                interface $Properties {

                    /** Email id */
                    id?: (string|null);

                    /** Email to */
                    to?: (string|null);

                    /** Email template */
                    template?: (string|null);

                    /** Email subject */
                    subject?: (string|null);

                    /** Email attempts */
                    attempts?: (number|null);

                    /** Email error */
                    error?: (string|null);

                    /** Email createdAt */
                    createdAt?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Email. */
                type $Shape = meshwork.events.notifications.Email.$Properties;
            }

            /**
             * Properties of a Notification.
             * @deprecated Use meshwork.events.notifications.Notification.$Properties instead.
             */
            interface INotification extends meshwork.events.notifications.Notification.$Properties {
            }

            /** Represents a Notification. */
            class Notification {

                /**
                 * Constructs a new Notification.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.notifications.Notification.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Notification id. */
                id: string;

                /** Notification userId. */
                userId: string;

                /** Notification kind. */
                kind: string;

                /** Notification title. */
                title: string;

                /** Notification body. */
                body: string;

                /** Notification read. */
                read: boolean;

                /** Notification createdAt. */
                createdAt: (number|Long);

                /**
                 * Creates a new Notification instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Notification instance
                 */
                static create(properties: meshwork.events.notifications.Notification.$Shape): meshwork.events.notifications.Notification & meshwork.events.notifications.Notification.$Shape;
                static create(properties?: meshwork.events.notifications.Notification.$Properties): meshwork.events.notifications.Notification;

                /**
                 * Encodes the specified Notification message. Does not implicitly {@link meshwork.events.notifications.Notification.verify|verify} messages.
                 * @param message Notification message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.notifications.Notification.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Notification message, length delimited. Does not implicitly {@link meshwork.events.notifications.Notification.verify|verify} messages.
                 * @param message Notification message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.notifications.Notification.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Notification message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.notifications.Notification & meshwork.events.notifications.Notification.$Shape} Notification
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.notifications.Notification & meshwork.events.notifications.Notification.$Shape;

                /**
                 * Decodes a Notification message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.notifications.Notification & meshwork.events.notifications.Notification.$Shape} Notification
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.notifications.Notification & meshwork.events.notifications.Notification.$Shape;

                /**
                 * Verifies a Notification message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Notification message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Notification
                 */
                static fromObject(object: { [k: string]: any }): meshwork.events.notifications.Notification;

                /**
                 * Creates a plain object from a Notification message. Also converts values to other types if specified.
                 * @param message Notification
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.notifications.Notification, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Notification to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Notification
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Notification {

                /** Properties of a Notification. */
                interface $Properties {

                    /** Notification id */
                    id?: (string|null);

                    /** Notification userId */
                    userId?: (string|null);

                    /** Notification kind */
                    kind?: (string|null);

                    /** Notification title */
                    title?: (string|null);

                    /** Notification body */
                    body?: (string|null);

                    /** Notification read */
                    read?: (boolean|null);

                    /** Notification createdAt */
                    createdAt?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Notification. */
                type $Shape = meshwork.events.notifications.Notification.$Properties;
            }

            /**
             * Properties of an Event.
             * @deprecated Use meshwork.events.notifications.Event.$Properties instead.
             */
            interface IEvent extends meshwork.events.notifications.Event.$Properties {
            }

            /** Represents an Event. */
            class Event {

                /**
                 * Constructs a new Event.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.notifications.Event.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Event type. */
                type: meshwork.events.notifications.EventType;

                /** Event email. */
                email?: (meshwork.events.notifications.Email.$Properties|null);

                /** Event notification. */
                notification?: (meshwork.events.notifications.Notification.$Properties|null);

                /**
                 * Creates a new Event instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Event instance
                 */
                static create(properties: meshwork.events.notifications.Event.$Shape): meshwork.events.notifications.Event & meshwork.events.notifications.Event.$Shape;
                static create(properties?: meshwork.events.notifications.Event.$Properties): meshwork.events.notifications.Event;

                /**
                 * Encodes the specified Event message. Does not implicitly {@link meshwork.events.notifications.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.notifications.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Event message, length delimited. Does not implicitly {@link meshwork.events.notifications.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.notifications.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.notifications.Event & meshwork.events.notifications.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.notifications.Event & meshwork.events.notifications.Event.$Shape;

                /**
                 * Decodes an Event message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.notifications.Event & meshwork.events.notifications.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.notifications.Event & meshwork.events.notifications.Event.$Shape;

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
                static fromObject(object: { [k: string]: any }): meshwork.events.notifications.Event;

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @param message Event
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.notifications.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                    type?: (meshwork.events.notifications.EventType|null);

                    /** Event email */
                    email?: (meshwork.events.notifications.Email.$Properties|null);

                    /** Event notification */
                    notification?: (meshwork.events.notifications.Notification.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Event. */
                type $Shape = meshwork.events.notifications.Event.$Properties;
            }
        }
    }
}
