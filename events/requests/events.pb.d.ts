import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace meshwork. */
export namespace meshwork {

    /** Namespace events. */
    namespace events {

        /** Namespace requests. */
        namespace requests {

            /** EventType enum. */
            enum EventType {

                /** EVENT_TYPE_UNKNOWN value */
                EVENT_TYPE_UNKNOWN = 0,

                /** Request value */
                Request = 1
            }

            /**
             * Properties of an Event.
             * @deprecated Use meshwork.events.requests.Event.$Properties instead.
             */
            interface IEvent extends meshwork.events.requests.Event.$Properties {
            }

            /** Represents an Event. */
            class Event {

                /**
                 * Constructs a new Event.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.requests.Event.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Event type. */
                type: meshwork.events.requests.EventType;

                /** Event method. */
                method: string;

                /** Event route. */
                route: string;

                /** Event status. */
                status: number;

                /** Event durationMs. */
                durationMs: number;

                /** Event apiKeyId. */
                apiKeyId: string;

                /** Event userId. */
                userId: string;

                /**
                 * Creates a new Event instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Event instance
                 */
                static create(properties: meshwork.events.requests.Event.$Shape): meshwork.events.requests.Event & meshwork.events.requests.Event.$Shape;
                static create(properties?: meshwork.events.requests.Event.$Properties): meshwork.events.requests.Event;

                /**
                 * Encodes the specified Event message. Does not implicitly {@link meshwork.events.requests.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.requests.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Event message, length delimited. Does not implicitly {@link meshwork.events.requests.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.requests.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.requests.Event & meshwork.events.requests.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.requests.Event & meshwork.events.requests.Event.$Shape;

                /**
                 * Decodes an Event message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.requests.Event & meshwork.events.requests.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.requests.Event & meshwork.events.requests.Event.$Shape;

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
                static fromObject(object: { [k: string]: any }): meshwork.events.requests.Event;

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @param message Event
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.requests.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                    type?: (meshwork.events.requests.EventType|null);

                    /** Event method */
                    method?: (string|null);

                    /** Event route */
                    route?: (string|null);

                    /** Event status */
                    status?: (number|null);

                    /** Event durationMs */
                    durationMs?: (number|null);

                    /** Event apiKeyId */
                    apiKeyId?: (string|null);

                    /** Event userId */
                    userId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Event. */
                type $Shape = meshwork.events.requests.Event.$Properties;
            }
        }
    }
}
