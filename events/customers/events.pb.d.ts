import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace meshwork. */
export namespace meshwork {

    /** Namespace events. */
    namespace events {

        /** Namespace customers. */
        namespace customers {

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

                /** Activated value */
                Activated = 4,

                /** Deactivated value */
                Deactivated = 5
            }

            /**
             * Properties of a Customer.
             * @deprecated Use meshwork.events.customers.Customer.$Properties instead.
             */
            interface ICustomer extends meshwork.events.customers.Customer.$Properties {
            }

            /** Represents a Customer. */
            class Customer {

                /**
                 * Constructs a new Customer.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.customers.Customer.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Customer id. */
                id: string;

                /** Customer teamId. */
                teamId: string;

                /** Customer name. */
                name: string;

                /** Customer email. */
                email: string;

                /** Customer status. */
                status: string;

                /** Customer validFrom. */
                validFrom: (number|Long);

                /** Customer validThru. */
                validThru: (number|Long);

                /** Customer extraJson. */
                extraJson: string;

                /** Customer createdAt. */
                createdAt: (number|Long);

                /** Customer updatedAt. */
                updatedAt: (number|Long);

                /**
                 * Creates a new Customer instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Customer instance
                 */
                static create(properties: meshwork.events.customers.Customer.$Shape): meshwork.events.customers.Customer & meshwork.events.customers.Customer.$Shape;
                static create(properties?: meshwork.events.customers.Customer.$Properties): meshwork.events.customers.Customer;

                /**
                 * Encodes the specified Customer message. Does not implicitly {@link meshwork.events.customers.Customer.verify|verify} messages.
                 * @param message Customer message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.customers.Customer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Customer message, length delimited. Does not implicitly {@link meshwork.events.customers.Customer.verify|verify} messages.
                 * @param message Customer message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.customers.Customer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Customer message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.customers.Customer & meshwork.events.customers.Customer.$Shape} Customer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.customers.Customer & meshwork.events.customers.Customer.$Shape;

                /**
                 * Decodes a Customer message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.customers.Customer & meshwork.events.customers.Customer.$Shape} Customer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.customers.Customer & meshwork.events.customers.Customer.$Shape;

                /**
                 * Verifies a Customer message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Customer message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Customer
                 */
                static fromObject(object: { [k: string]: any }): meshwork.events.customers.Customer;

                /**
                 * Creates a plain object from a Customer message. Also converts values to other types if specified.
                 * @param message Customer
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.customers.Customer, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Customer to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Customer
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Customer {

                /** Properties of a Customer. */
                interface $Properties {

                    /** Customer id */
                    id?: (string|null);

                    /** Customer teamId */
                    teamId?: (string|null);

                    /** Customer name */
                    name?: (string|null);

                    /** Customer email */
                    email?: (string|null);

                    /** Customer status */
                    status?: (string|null);

                    /** Customer validFrom */
                    validFrom?: (number|Long|null);

                    /** Customer validThru */
                    validThru?: (number|Long|null);

                    /** Customer extraJson */
                    extraJson?: (string|null);

                    /** Customer createdAt */
                    createdAt?: (number|Long|null);

                    /** Customer updatedAt */
                    updatedAt?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Customer. */
                type $Shape = meshwork.events.customers.Customer.$Properties;
            }

            /**
             * Properties of an Event.
             * @deprecated Use meshwork.events.customers.Event.$Properties instead.
             */
            interface IEvent extends meshwork.events.customers.Event.$Properties {
            }

            /** Represents an Event. */
            class Event {

                /**
                 * Constructs a new Event.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: meshwork.events.customers.Event.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Event type. */
                type: meshwork.events.customers.EventType;

                /** Event customer. */
                customer?: (meshwork.events.customers.Customer.$Properties|null);

                /** Event changed. */
                changed: string[];

                /**
                 * Creates a new Event instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Event instance
                 */
                static create(properties: meshwork.events.customers.Event.$Shape): meshwork.events.customers.Event & meshwork.events.customers.Event.$Shape;
                static create(properties?: meshwork.events.customers.Event.$Properties): meshwork.events.customers.Event;

                /**
                 * Encodes the specified Event message. Does not implicitly {@link meshwork.events.customers.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: meshwork.events.customers.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Event message, length delimited. Does not implicitly {@link meshwork.events.customers.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: meshwork.events.customers.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {meshwork.events.customers.Event & meshwork.events.customers.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): meshwork.events.customers.Event & meshwork.events.customers.Event.$Shape;

                /**
                 * Decodes an Event message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {meshwork.events.customers.Event & meshwork.events.customers.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshwork.events.customers.Event & meshwork.events.customers.Event.$Shape;

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
                static fromObject(object: { [k: string]: any }): meshwork.events.customers.Event;

                /**
                 * Creates a plain object from an Event message. Also converts values to other types if specified.
                 * @param message Event
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: meshwork.events.customers.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                    type?: (meshwork.events.customers.EventType|null);

                    /** Event customer */
                    customer?: (meshwork.events.customers.Customer.$Properties|null);

                    /** Event changed */
                    changed?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Event. */
                type $Shape = meshwork.events.customers.Event.$Properties;
            }
        }
    }
}
